//! What each template sees. Views hold plain strings and numbers so templates stay simple;
//! all text from sources reaches them unescaped and Tera's autoescape escapes it.

use super::highlight::{escape_html, Highlighter};
use super::markdown::markdown_to_html;
use crate::briefing::{BriefedSource, Briefing};
use serde::Serialize;

/// What every page needs: the briefing's name and the way back to the site's root.
#[derive(Serialize, Clone)]
pub struct Common {
    pub title: String,
    pub description: String,
    pub language: String,
    pub authors: Vec<String>,
    pub generator: &'static str,
}

impl Common {
    pub fn new(briefing: &Briefing) -> Self {
        let book = &briefing.config.book;
        Common {
            title: book.title.clone(),
            description: book.description.clone(),
            language: book.language.clone(),
            authors: book.authors.clone(),
            generator: concat!("sourcebook ", env!("CARGO_PKG_VERSION")),
        }
    }
}

/// A page's place in the site: its path and the relative way back to the root.
#[derive(Serialize)]
pub struct Place {
    /// "" at the top level, "../" one folder down: links never depend on where the site lives.
    pub root: String,
    pub path: String,
}

impl Place {
    fn at(path: &str) -> Self {
        Place {
            root: "../".repeat(path.matches('/').count()),
            path: path.to_string(),
        }
    }
}

/// A source as listed and as shown in page headers.
#[derive(Serialize)]
pub struct SourceSummary {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub byline: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub published_human: Option<String>,
    pub retrieved: Option<String>,
    pub sha256: String,
    pub encoding: String,
    pub language: String,
    pub format: &'static str,
    pub original_name: String,
    /// Paths relative to the site root.
    pub page: String,
    pub original_page: String,
    pub original_raw: String,
    pub claims: usize,
    pub dropped: usize,
}

impl SourceSummary {
    fn of(briefed: &BriefedSource) -> Self {
        let meta = &briefed.source.meta;
        let is_html = meta.original.ends_with(".html");
        let raw = if meta.original.ends_with(".txt") {
            meta.original.clone()
        } else {
            format!("{}.txt", meta.original)
        };
        SourceSummary {
            id: meta.id.clone(),
            title: meta.title.clone(),
            outlet: meta.outlet.clone(),
            byline: meta.byline.clone(),
            url: meta
                .url
                .clone()
                .filter(|u| u.starts_with("https://") || u.starts_with("http://")),
            published: meta.published.map(|d| d.to_string()),
            published_human: meta.published.map(|d| d.human()),
            retrieved: meta.retrieved.map(|d| d.to_string()),
            sha256: meta.sha256.clone(),
            encoding: meta.encoding.clone(),
            language: meta.language.clone(),
            format: if is_html { "HTML" } else { "plain text" },
            original_name: meta.original.clone(),
            page: format!("sources/{}.html", meta.id),
            original_page: format!("sources/{}.original.html", meta.id),
            original_raw: format!("sources/{raw}"),
            claims: briefed.analysis.claims.len(),
            dropped: briefed.source.dropped.len().max(meta.dropped),
        }
    }
}

/// Sources in the order a reader follows a story: by publication date (undated last), then title.
fn summaries(briefing: &Briefing) -> Vec<SourceSummary> {
    let mut sources: Vec<&BriefedSource> = briefing.sources.iter().collect();
    sources.sort_by(|a, b| {
        let (a, b) = (&a.source.meta, &b.source.meta);
        (a.published.is_none(), a.published, &a.title, &a.id).cmp(&(
            b.published.is_none(),
            b.published,
            &b.title,
            &b.id,
        ))
    });
    sources.into_iter().map(SourceSummary::of).collect()
}

#[derive(Serialize)]
pub struct FrontPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub content_html: Option<String>,
    pub sources: Vec<SourceSummary>,
    pub claim_count: usize,
}

pub fn front_page<'a>(
    briefing: &Briefing,
    common: &'a Common,
    highlighter: &Highlighter,
) -> FrontPage<'a> {
    FrontPage {
        site: common,
        place: Place::at("index.html"),
        content_html: briefing
            .front_page
            .as_ref()
            .map(|doc| markdown_to_html(&doc.text, highlighter)),
        sources: summaries(briefing),
        claim_count: briefing.claims().count(),
    }
}

#[derive(Serialize)]
pub struct SourcesIndex<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub sources: Vec<SourceSummary>,
}

pub fn sources_index<'a>(briefing: &Briefing, common: &'a Common) -> SourcesIndex<'a> {
    SourcesIndex {
        site: common,
        place: Place::at("sources/index.html"),
        sources: summaries(briefing),
    }
}

#[derive(Serialize)]
pub struct ClaimView {
    pub id: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct DroppedView {
    pub line: usize,
    pub reason: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct SourcePage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub source: SourceSummary,
    pub paragraphs: Vec<Vec<ClaimView>>,
    pub dropped: Vec<DroppedView>,
}

pub fn source_page<'a>(briefed: &BriefedSource, common: &'a Common) -> SourcePage<'a> {
    let source = SourceSummary::of(briefed);
    let claims = &briefed.analysis.claims;
    let paragraphs = briefed
        .analysis
        .paragraphs
        .iter()
        .map(|range| {
            claims[range.clone()]
                .iter()
                .map(|c| ClaimView {
                    id: c.id.clone(),
                    text: c.text.clone(),
                })
                .collect()
        })
        .collect();
    let mut dropped: Vec<DroppedView> = briefed
        .source
        .dropped
        .iter()
        .map(|d| DroppedView {
            line: d.line,
            reason: d.reason.clone(),
            text: d.text.clone(),
        })
        .collect();
    dropped.sort_by_key(|d| d.line);
    SourcePage {
        site: common,
        place: Place::at(&source.page),
        source,
        paragraphs,
        dropped,
    }
}

#[derive(Serialize)]
pub struct OriginalLine {
    pub number: usize,
    pub text: String,
}

#[derive(Serialize)]
pub struct OriginalPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub source: SourceSummary,
    /// Plain-text originals: the decoded lines, to be escaped by the template.
    pub lines: Vec<OriginalLine>,
    /// HTML originals: the markup highlighted (already escaped) and its line count.
    pub code_html: Option<String>,
    pub line_numbers: Vec<usize>,
}

pub fn original_page<'a>(
    briefed: &BriefedSource,
    common: &'a Common,
    highlighter: &Highlighter,
) -> OriginalPage<'a> {
    let source = SourceSummary::of(briefed);
    let text = crate::ingest::decode::decode(&briefed.source.original)
        .map(|d| d.text)
        .unwrap_or_else(|_| String::from_utf8_lossy(&briefed.source.original).into_owned());
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let line_count = text.lines().count().max(1);
    let mut page = OriginalPage {
        site: common,
        place: Place::at(&source.original_page),
        lines: Vec::new(),
        code_html: None,
        line_numbers: Vec::new(),
        source,
    };
    if page.source.format == "HTML" {
        page.code_html = Some(
            highlighter
                .highlight(&text, "html")
                .unwrap_or_else(|| escape_html(&text)),
        );
        page.line_numbers = (1..=line_count).collect();
    } else {
        page.lines = text
            .lines()
            .enumerate()
            .map(|(i, line)| OriginalLine {
                number: i + 1,
                text: line.to_string(),
            })
            .collect();
    }
    page
}
