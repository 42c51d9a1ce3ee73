//! The sources index, each source's page (its cleaned text as anchored claims, linked to the
//! actors they name and to the prose that cites them) and the page of its archived original.

use super::contexts::{
    CitedOn, ClaimView, DroppedView, OriginalLine, OriginalLines, OriginalPage, Segment,
    SourcePage, SourceText, SourcesIndex,
};
use super::{source_ld, summaries, Page, Parts, Place, SourceSummary, Views};
use crate::briefing::actors::Actor;
use crate::briefing::Briefing;
use crate::render::highlight::original_key;
use crate::render::routes;
use std::collections::BTreeMap;

/// A page with cited prose: its title, its path, the scope of the prose's anchors there, and
/// the prose document.
type ProsePage<'b> = (String, String, String, &'b crate::model::source::Document);

/// Every page with cited prose; a discrepancy's note counts as cited on the page of
/// discrepancies, where every note shows.
fn prose_pages(briefing: &Briefing) -> Vec<ProsePage<'_>> {
    let unscoped = |(title, page, doc)| (title, page, String::new(), doc);
    let front = briefing
        .front_page
        .iter()
        .map(|d| ("Briefing".to_string(), "index.html".to_string(), d));
    let actors = briefing.actors.actors.iter().filter_map(|a| {
        let doc = a.summary.as_ref()?;
        Some((a.name.clone(), routes::actor(&a.id), doc))
    });
    let events = briefing.events.events.iter().filter_map(|e| {
        let doc = e.summary.as_ref()?;
        Some((e.title.clone(), routes::event(&e.id), doc))
    });
    let themes = briefing.themes.themes.iter().filter_map(|t| {
        let doc = t.summary.as_ref()?;
        Some((t.name.clone(), routes::theme(&t.id), doc))
    });
    let notes = briefing.events.rulings.iter().filter_map(|(id, ruling)| {
        let doc = ruling.note.as_ref()?;
        let title = "Where sources differ".to_string();
        Some((
            title,
            routes::DISCREPANCIES.to_string(),
            routes::note_scope(id),
            doc,
        ))
    });
    front
        .chain(actors)
        .chain(events)
        .chain(themes)
        .map(unscoped)
        .chain(notes)
        .collect()
}

/// For each cited passage, as (source index, claim index), the pages that cite it.
pub(super) fn citing_pages(briefing: &Briefing) -> BTreeMap<(usize, usize), Vec<CitedOn>> {
    let mut map: BTreeMap<(usize, usize), Vec<CitedOn>> = BTreeMap::new();
    for (title, page, scope, doc) in prose_pages(briefing) {
        let Some(cited) = briefing.prose.get(&doc.path) else {
            continue;
        };
        for (claim, number) in crate::render::prose::cited_claims(cited) {
            map.entry(claim).or_default().push(CitedOn {
                title: title.clone(),
                href: routes::reference(&page, &scope, number),
                number,
            });
        }
    }
    map
}

/// Splits a claim's text (starting at char `offset` of its source) at the mentions that name
/// actors with pages; `linked` is in text order.
fn segments(text: &str, offset: usize, linked: &[(usize, usize, &Actor)]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let end = offset + chars.len();
    let mut out = Vec::new();
    let mut at = offset;
    let first = linked.partition_point(|(start, _, _)| *start < offset);
    for &(start, stop, actor) in linked[first..]
        .iter()
        .take_while(|(start, _, _)| *start < end)
    {
        if start < at || stop > end {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: chars[at - offset..start - offset].iter().collect(),
                actor: None,
            });
        }
        out.push(Segment {
            text: chars[start - offset..stop - offset].iter().collect(),
            actor: Some(routes::actor(&actor.id)),
        });
        at = stop;
    }
    if at < end {
        out.push(Segment {
            text: chars[at - offset..].iter().collect(),
            actor: None,
        });
    }
    out
}

impl<'a> Views<'a> {
    pub(crate) fn sources_index(&self) -> Page<'_, SourcesIndex> {
        let sources = summaries(self.briefing);
        self.page(Place::at(routes::SOURCES_INDEX), SourcesIndex { sources })
    }

    /// The page of source `index`, and its paragraphs, which render in runs.
    pub(crate) fn source_page(&self, index: usize) -> (Page<'_, SourcePage>, Paragraphs<'_, 'a>) {
        let briefing = self.briefing;
        let briefed = &briefing.sources[index];
        let source = SourceSummary::of(briefed);
        let linked: Vec<(usize, usize, &Actor)> = briefed
            .analysis
            .mentions
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                let actor = briefing.actors.of_mention(&source.id, i)?;
                Some((m.start, m.end, &briefing.actors.actors[actor]))
            })
            .collect();
        let paragraphs = Paragraphs {
            views: self,
            index,
            linked,
        };
        let lines = |boilerplate: bool| {
            let mut lines: Vec<DroppedView> = (briefed.source.dropped.iter())
                .filter(|d| d.is_boilerplate() == boilerplate)
                .map(|d| DroppedView {
                    line: d.line,
                    reason: d.reason.clone(),
                    text: d.text.clone(),
                })
                .collect();
            lines.sort_by_key(|d| d.line);
            lines
        };
        let (dropped, metadata_lines) = (lines(true), lines(false));
        let place = Place::at(&source.page).about(
            &source.title,
            format!(
                "The cleaned text of {:?}{}, each passage linked to the archived original.",
                source.title,
                if source.outlet.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", source.outlet)
                }
            ),
            {
                let mut ld = source_ld(&briefed.source.meta);
                ld["@context"] = "https://schema.org".into();
                ld["@type"] = "Article".into();
                ld
            },
        );
        let page = self.page(
            place,
            SourcePage {
                source,
                dropped,
                metadata_lines,
            },
        );
        (page, paragraphs)
    }

    /// The page of source `index`'s archived original, and its lines (none for an HTML
    /// original, which is shown highlighted), which render in runs.
    pub(crate) fn original_page(&self, index: usize) -> (Page<'_, OriginalPage>, Lines<'a>) {
        let briefed = &self.briefing.sources[index];
        let source = SourceSummary::of(briefed);
        let text = &briefed.source.original_text;
        let mut page = OriginalPage {
            code_html: None,
            line_numbers: Vec::new(),
            source,
        };
        let mut lines = Lines(Vec::new());
        if page.source.format == "HTML" {
            page.code_html = Some(
                self.highlighted
                    .get(&original_key(text))
                    .cloned()
                    .unwrap_or_else(|| self.highlighter.html_original(text)),
            );
            page.line_numbers = (1..=text.lines().count().max(1)).collect();
        } else {
            lines.0 = text.lines().collect();
        }
        (
            self.page(Place::at(&page.source.original_page), page),
            lines,
        )
    }
}

/// A source's paragraphs, each a list of its claims split at the mentions that link to actor
/// pages, and marked with the pages that cite them.
pub(crate) struct Paragraphs<'v, 'a> {
    views: &'v Views<'a>,
    index: usize,
    linked: Vec<(usize, usize, &'a Actor)>,
}

impl Parts for Paragraphs<'_, '_> {
    const TEMPLATE: &'static str = "source_text.html";
    const FIELD: &'static str = "text_html";
    const RUN: usize = 64;

    fn count(&self) -> usize {
        self.views.briefing.sources[self.index]
            .analysis
            .paragraphs
            .len()
    }

    fn run(&self, range: std::ops::Range<usize>) -> impl serde::Serialize + Send {
        let analysis = &self.views.briefing.sources[self.index].analysis;
        let paragraphs = analysis.paragraphs[range]
            .iter()
            .map(|claims| {
                claims
                    .clone()
                    .map(|k| {
                        let c = &analysis.claims[k];
                        ClaimView {
                            id: c.id.clone(),
                            segments: segments(&c.text, c.start, &self.linked),
                            cited_on: (self.views.cited.get(&(self.index, k)))
                                .cloned()
                                .unwrap_or_default(),
                        }
                    })
                    .collect()
            })
            .collect();
        SourceText { paragraphs }
    }
}

/// The lines of a plain-text original.
pub(crate) struct Lines<'a>(Vec<&'a str>);

impl Parts for Lines<'_> {
    const TEMPLATE: &'static str = "original_lines.html";
    const FIELD: &'static str = "lines_html";
    const RUN: usize = 1024;

    fn count(&self) -> usize {
        self.0.len()
    }

    fn run(&self, range: std::ops::Range<usize>) -> impl serde::Serialize + Send {
        let first = range.start + 1;
        let lines = self.0[range]
            .iter()
            .zip(first..)
            .map(|(&text, number)| OriginalLine { number, text })
            .collect();
        OriginalLines { lines }
    }
}
