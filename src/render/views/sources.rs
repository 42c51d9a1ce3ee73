//! The sources index, each source's page (its cleaned text as anchored claims, linked to the
//! actors they name and to the prose that cites them) and the page of its archived original.

use super::contexts::{
    CitedOn, ClaimView, DroppedView, OriginalLine, OriginalLines, OriginalPage, Segment,
    SourcePage, SourceText, SourcesIndex,
};
use super::{source_ld, summaries, Page, Parts, Place, SourceSummary, Views};
use crate::briefing::actors::Actor;
use crate::briefing::Briefing;
use crate::render::highlight::{original_key, Escaped};
use crate::render::routes;
use std::collections::BTreeMap;
use std::fmt::Write;

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
    type Run = SourceText;

    fn count(&self) -> usize {
        self.views.briefing.sources[self.index]
            .analysis
            .paragraphs
            .len()
    }

    fn run(&self, range: std::ops::Range<usize>) -> SourceText {
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

    fn write_html(run: &SourceText, place: &Place, out: &mut String) {
        let root = Escaped(&place.root);
        for paragraph in &run.paragraphs {
            out.push_str("\n<p>");
            for claim in paragraph {
                let cited = if claim.cited_on.is_empty() {
                    ""
                } else {
                    " cited"
                };
                let id = Escaped(&claim.id);
                // Writing to a String cannot fail.
                let _ = write!(out, "<span class=\"claim{cited}\" id=\"{id}\">");
                for seg in &claim.segments {
                    let text = Escaped(&seg.text);
                    let _ = match &seg.actor {
                        Some(actor) => write!(
                            out,
                            "<a class=\"mention\" href=\"{root}{}\">{text}</a>",
                            Escaped(actor)
                        ),
                        None => write!(out, "{text}"),
                    };
                }
                let _ = write!(
                    out,
                    " <a class=\"claim-link\" href=\"#{id}\">¶<span class=\"visually-hidden\"> \
                     link to this passage</span></a>"
                );
                if !claim.cited_on.is_empty() {
                    out.push_str(" <span class=\"cited-on\">cited on ");
                    for (i, c) in claim.cited_on.iter().enumerate() {
                        let separator = if i == 0 { "" } else { ", " };
                        let _ = write!(
                            out,
                            "{separator}<a href=\"{root}{}\">{} [{}]</a>",
                            Escaped(&c.href),
                            Escaped(&c.title),
                            c.number
                        );
                    }
                    out.push_str("</span>");
                }
                out.push_str("</span> ");
            }
            out.push_str("</p>\n");
        }
    }
}

/// The lines of a plain-text original.
pub(crate) struct Lines<'a>(Vec<&'a str>);

impl<'a> Parts for Lines<'a> {
    const TEMPLATE: &'static str = "original_lines.html";
    const FIELD: &'static str = "lines_html";
    const RUN: usize = 1024;
    type Run = OriginalLines<'a>;

    fn count(&self) -> usize {
        self.0.len()
    }

    fn run(&self, range: std::ops::Range<usize>) -> OriginalLines<'a> {
        let first = range.start + 1;
        let lines = self.0[range]
            .iter()
            .zip(first..)
            .map(|(&text, number)| OriginalLine { number, text })
            .collect();
        OriginalLines { lines }
    }

    fn write_html(run: &OriginalLines<'a>, _: &Place, out: &mut String) {
        for line in &run.lines {
            let (n, text) = (line.number, Escaped(line.text));
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "<tr id=\"L{n}\"><td class=\"num\"><a href=\"#L{n}\">{n}</a></td><td>{text}</td></tr>"
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::files::ProjectFiles;
    use crate::render::views::{Common, Run};
    use crate::render::Templates;

    /// What `P::write_html` writes of `run` is what the built-in template renders of it.
    fn assert_same_as_template<P: Parts>(run: P::Run, place: &Place) {
        let folder = tempfile::tempdir().unwrap();
        let templates = Templates::load(&ProjectFiles::open(folder.path()).unwrap()).unwrap();
        assert!(templates.is_built_in(P::TEMPLATE));
        let mut written = String::new();
        P::write_html(&run, place, &mut written);
        let site = Common {
            title: "Site <&>".into(),
            description: String::new(),
            language: "en".into(),
            authors: Vec::new(),
            generator: "test",
            base_url: None,
            routes: routes::Fixed::new(),
        };
        let view = Run {
            site: &site,
            place,
            view: run,
        };
        let rendered = templates.render(P::TEMPLATE, &view).unwrap();
        assert_eq!(written, rendered);
    }

    fn claim(id: &str, segments: &[(&str, Option<&str>)], cited_on: usize) -> ClaimView {
        ClaimView {
            id: id.into(),
            segments: (segments.iter())
                .map(|(text, actor)| Segment {
                    text: text.to_string(),
                    actor: actor.map(str::to_string),
                })
                .collect(),
            cited_on: (1..=cited_on)
                .map(|number| CitedOn {
                    title: format!("Page \"{number}\" & <more>"),
                    href: format!("actors/a-{number}.html#ref-{number}"),
                    number,
                })
                .collect(),
        }
    }

    #[test]
    fn source_text_runs_are_written_as_the_template_renders_them() {
        let paragraphs = vec![
            vec![
                claim(
                    "c-1",
                    &[
                        ("The ", None),
                        ("Board's <Chair>", Some("actors/chair.html")),
                        (" said \"yes\" & left é.", None),
                    ],
                    0,
                ),
                claim("c-2", &[("Once cited.", None)], 1),
            ],
            vec![],
            vec![claim("c-3", &[("Twice", Some("actors/x.html"))], 2)],
        ];
        let place = Place::at("sources/a-source.html");
        assert_same_as_template::<Paragraphs>(SourceText { paragraphs }, &place);
        assert_same_as_template::<Paragraphs>(SourceText { paragraphs: vec![] }, &place);
    }

    #[test]
    fn original_line_runs_are_written_as_the_template_renders_them() {
        let texts = ["<html lang=\"en\">", "", "  Tom's & Jerry's é\t", "x > y"];
        let lines = (texts.iter().zip(998..))
            .map(|(&text, number)| OriginalLine { number, text })
            .collect();
        let place = Place::at("sources/a-source.original.html");
        assert_same_as_template::<Lines>(OriginalLines { lines }, &place);
    }
}
