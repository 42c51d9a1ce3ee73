//! Editor prose with citations → HTML: each `[@id "quote"]` becomes numbered superscript
//! links with a preview of the passage (CSS, no script), and the page ends with a numbered
//! reference list whose entries link back to every place they are cited ("^ a b"), to the
//! passage on the source page, to the archived original, and to the live page with a text
//! fragment. The markup of both comes from templates (citation.html, references.html), which
//! a project may override; this module numbers the references and fills their contexts.

use super::highlight::Highlighter;
use super::markdown::markdown_to_html;
use super::routes;
use super::Templates;
use crate::briefing::citations::CitedText;
use crate::briefing::Briefing;
use crate::error::Result;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// One numbered reference: a passage, and the ids of the places that cite it.
struct Reference {
    source: usize,
    start: usize,
    end: usize,
    claim: usize,
    backlinks: Vec<String>,
}

/// What editor prose needs to become HTML: the highlighter for its fenced code, and the
/// templates for its citations (citation.html) and its reference list (references.html).
pub(super) struct ProseRenderer<'a> {
    pub highlighter: &'a Highlighter,
    pub templates: &'a Templates,
}

/// One citation mark as citation.html sees it: a link per cited passage.
#[derive(Serialize)]
struct CitationView {
    cites: Vec<CiteView>,
}

#[derive(Serialize)]
struct CiteView {
    /// This link's anchor, where the reference's back-link returns.
    id: String,
    number: usize,
    /// The anchor of the reference list's entry.
    reference: String,
    passage: String,
}

/// The reference list as references.html sees it.
#[derive(Serialize)]
struct ReferencesView<'a> {
    root: &'a str,
    /// The id of the list's heading, unique on the page.
    heading: String,
    references: Vec<ReferenceView>,
}

#[derive(Serialize)]
struct ReferenceView {
    number: usize,
    anchor: String,
    backlinks: Vec<BacklinkView>,
    quote: String,
    title: String,
    outlet: String,
    published: Option<String>,
    /// The passage on its source page, relative to the site root.
    passage: String,
    /// The archived original's page, at the passage's line when it is found; relative to the
    /// site root.
    original: String,
    /// The live page with a text fragment leading to the passage, when the source has an
    /// address.
    live_page: Option<String>,
}

#[derive(Serialize)]
struct BacklinkView {
    id: String,
    letter: String,
}

impl ProseRenderer<'_> {
    /// `cited` as HTML, for a page whose way to the site root is `root`; its anchors start
    /// with `scope` (see `routes::reference_anchor`).
    pub(super) fn render(
        &self,
        cited: &CitedText,
        briefing: &Briefing,
        root: &str,
        scope: &str,
    ) -> Result<String> {
        let mut text = String::with_capacity(cited.text.len());
        let mut last = 0;
        // Marker characters typed by the editor would be taken for citations: they go.
        let push_text = |text: &mut String, piece: &str| {
            text.extend(piece.chars().filter(|c| !matches!(*c, OPEN | CLOSE)))
        };
        for (i, (mark, _)) in cited.marks.iter().enumerate() {
            // The marker hugs the word it follows, as a footnote number does, so it never
            // starts a line on its own.
            push_text(
                &mut text,
                cited.text[last..mark.range.start].trim_end_matches([' ', '\t']),
            );
            let _ = write!(text, "{OPEN}{i}{CLOSE}");
            last = mark.range.end;
        }
        push_text(&mut text, &cited.text[last..]);
        let mut html = markdown_to_html(&text, self.highlighter);

        let (references, numbers) = numbered_references(cited, scope);
        for (i, per_cite) in numbers.iter().enumerate() {
            let cites = per_cite
                .iter()
                .map(|&(number, backlink)| {
                    let reference = &references[number - 1];
                    CiteView {
                        id: reference.backlinks[backlink].clone(),
                        number,
                        reference: routes::reference_anchor(scope, number),
                        passage: passage(briefing, reference),
                    }
                })
                .collect();
            let sup = self
                .templates
                .render("citation.html", &CitationView { cites })?;
            html = html.replace(&format!("{OPEN}{i}{CLOSE}"), &sup);
        }
        if !references.is_empty() {
            let view = ReferencesView {
                root,
                heading: format!("{scope}references-heading"),
                references: reference_views(&references, briefing, scope),
            };
            html.push_str(&self.templates.render("references.html", &view)?);
        }
        Ok(html)
    }
}

/// The references of a piece of prose, numbered in order of first citation (one number per
/// passage however often it is cited), and for each mark the (number, back-link index) of
/// each of its cites.
fn numbered_references(
    cited: &CitedText,
    scope: &str,
) -> (Vec<Reference>, Vec<Vec<(usize, usize)>>) {
    let mut references: Vec<Reference> = Vec::new();
    let mut numbers: BTreeMap<(usize, usize, usize), usize> = BTreeMap::new();
    let per_mark = cited
        .marks
        .iter()
        .map(|(_, resolved)| {
            resolved
                .iter()
                .map(|r| {
                    let key = (r.source, r.anchor.start, r.anchor.end);
                    let number = *numbers.entry(key).or_insert_with(|| {
                        references.push(Reference {
                            source: r.source,
                            start: r.anchor.start,
                            end: r.anchor.end,
                            claim: r.anchor.claim,
                            backlinks: Vec::new(),
                        });
                        references.len()
                    });
                    let reference = &mut references[number - 1];
                    let backlink = reference.backlinks.len();
                    reference
                        .backlinks
                        .push(routes::citation_anchor(scope, number, backlink + 1));
                    (number, backlink)
                })
                .collect()
        })
        .collect();
    (references, per_mark)
}

/// For each cited passage, as (source index, claim index), the reference numbers that cite
/// it in `cited`: what a source page needs to link back to the reference list.
pub(super) fn cited_claims(cited: &CitedText) -> Vec<((usize, usize), usize)> {
    let (references, _) = numbered_references(cited, "");
    references
        .iter()
        .enumerate()
        .map(|(i, r)| ((r.source, r.claim), i + 1))
        .collect()
}

/// The cited words as the source's cleaned text has them.
fn passage(briefing: &Briefing, reference: &Reference) -> String {
    briefing.sources[reference.source]
        .source
        .body
        .chars()
        .skip(reference.start)
        .take(reference.end - reference.start)
        .collect()
}

fn reference_views(
    references: &[Reference],
    briefing: &Briefing,
    scope: &str,
) -> Vec<ReferenceView> {
    references
        .iter()
        .enumerate()
        .map(|(i, reference)| {
            let number = i + 1;
            let briefed = &briefing.sources[reference.source];
            let meta = &briefed.source.meta;
            let claim = &briefed.analysis.claims[reference.claim];
            let quote = passage(briefing, reference);
            let original = match original_line(&briefed.source.original_text, &quote) {
                Some(line) => routes::original_line(&meta.id, line),
                None => routes::original(&meta.id),
            };
            // Source urls are http(s): checked when the source is added and when it is loaded.
            let live_page = meta.url.as_deref().map(|url| {
                let base = url.split('#').next().unwrap_or(url);
                format!("{base}#:~:text={}", text_fragment(&quote))
            });
            ReferenceView {
                number,
                anchor: routes::reference_anchor(scope, number),
                backlinks: reference
                    .backlinks
                    .iter()
                    .enumerate()
                    .map(|(k, id)| BacklinkView {
                        id: id.clone(),
                        letter: backlink_letter(k),
                    })
                    .collect(),
                title: meta.title.clone(),
                outlet: meta.outlet.clone(),
                published: meta.published.map(|date| date.human()),
                passage: routes::claim(&meta.id, &claim.id),
                original,
                live_page,
                quote,
            }
        })
        .collect()
}

/// "a", "b", … "z", "aa", …: Wikipedia's back-link letters.
fn backlink_letter(k: usize) -> String {
    let letter = (b'a' + (k % 26) as u8) as char;
    letter.to_string().repeat(k / 26 + 1)
}

/// The 1-based line of the decoded original where the passage begins, when it can be found.
fn original_line(text: &str, passage: &str) -> Option<usize> {
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let start: String = fold(passage).chars().take(40).collect();
    text.lines()
        .position(|line| fold(line).contains(&start))
        .map(|i| i + 1)
}

/// A text fragment directive for the passage (WICG scroll-to-text): long passages as
/// `start,end` of a few words each; `-`, `,`, `&` and everything outside the unreserved
/// characters percent-encoded, as the spec requires.
pub(super) fn text_fragment(passage: &str) -> String {
    let words: Vec<&str> = passage.split_whitespace().collect();
    if words.len() <= 8 {
        return percent_encode(&words.join(" "));
    }
    let start = words[..4].join(" ");
    let end = words[words.len() - 4..].join(" ");
    format!("{},{}", percent_encode(&start), percent_encode(&end))
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_fragments_encode_delimiters_and_shorten_long_passages() {
        assert_eq!(
            text_fragment("A well-known, fine idea"),
            "A%20well%2Dknown%2C%20fine%20idea"
        );
        assert_eq!(text_fragment("café"), "caf%C3%A9");
        let long = "one two three four five six seven eight nine ten";
        assert_eq!(
            text_fragment(long),
            "one%20two%20three%20four,seven%20eight%20nine%20ten"
        );
    }

    #[test]
    fn backlink_letters_run_a_to_z_then_double() {
        assert_eq!(backlink_letter(0), "a");
        assert_eq!(backlink_letter(25), "z");
        assert_eq!(backlink_letter(26), "aa");
    }

    #[test]
    fn original_lines_are_found_by_their_words() {
        let original = "Menu\nThe council   approved the plan on Monday.\nEnd";
        assert_eq!(
            original_line(original, "The council approved the plan"),
            Some(2)
        );
        assert_eq!(original_line(original, "not there"), None);
    }
}
