//! Citations in editor prose: `[@source-id "exact words"]`, several per bracket separated by
//! `;`. Each quote is found in its source's cleaned text, tolerant of case, spacing, and
//! typographic versus straight quotes and dashes. A quote that is not there exactly may
//! re-anchor to the closest passage only above a minimum similarity; below it, the citation
//! is an error that shows the closest passage, never a silent move.

use crate::analyse::Claim;
use crate::error::{Error, Location, Warning};
use crate::model::ids::nearest_id;
use crate::model::source::Document;

/// A citation as written.
#[derive(Debug, Clone, PartialEq)]
pub struct CitationMark {
    /// Byte range of the whole `[@…]` bracket in the text.
    pub range: std::ops::Range<usize>,
    pub cites: Vec<Cite>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cite {
    pub source: String,
    pub quote: String,
    /// Byte offset of this cite's `@` in the text, for error locations.
    pub at: usize,
}

/// The markdown dialect of editor prose, shared with the renderer so that both read the
/// same structure.
pub const PROSE_MARKDOWN: pulldown_cmark::Options = pulldown_cmark::Options::ENABLE_TABLES
    .union(pulldown_cmark::Options::ENABLE_FOOTNOTES)
    .union(pulldown_cmark::Options::ENABLE_STRIKETHROUGH)
    .union(pulldown_cmark::Options::ENABLE_HEADING_ATTRIBUTES);

/// A citation that cannot be one: its byte offset, what is wrong and what to do.
pub type Misplaced = (usize, String, &'static str);

const SYNTAX_HELP: &str =
    "write citations as [@source-id \"exact words\"], several separated by `;`";

/// Finds every `[@id "quote"]` bracket in `text`. Inside code, brackets are literal text, as
/// everything in code is. Brackets that do not parse, and citations inside a link or an
/// image (where a numbered reference, itself a link, cannot be shown), are returned as errors
/// with their position.
pub fn find_citations(text: &str) -> (Vec<CitationMark>, Vec<Misplaced>) {
    let mut marks = Vec::new();
    let mut errors = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find("[@") {
        let start = from + found;
        match parse_bracket(text, start) {
            Ok((mark, end)) => {
                marks.push(mark);
                from = end;
            }
            Err(message) => {
                errors.push((start, format!("malformed citation: {message}"), SYNTAX_HELP));
                from = start + 2;
            }
        }
    }
    // Structure is read with each citation masked, as the renderer sees it once citations
    // are numbered: a bracket's own quotes must not decide where a link title ends.
    let mut masked = text.as_bytes().to_vec();
    for mark in &marks {
        masked[mark.range.clone()].fill(b'x');
    }
    let masked = String::from_utf8(masked).expect("ASCII replaced whole brackets");
    let (code, links) = code_and_links(&masked);
    let inside =
        |spans: &[std::ops::Range<usize>], at: usize| spans.iter().any(|s| s.contains(&at));
    errors.retain(|(at, _, _)| !inside(&code, *at));
    marks.retain(|mark| {
        let start = mark.range.start;
        if inside(&links, start) && !inside(&code, start) {
            errors.push((
                start,
                "a citation cannot stand inside a link or an image".to_string(),
                "move the citation after the link or image",
            ));
        }
        !inside(&code, start) && !inside(&links, start)
    });
    errors.sort_by_key(|e| e.0);
    (marks, errors)
}

/// Byte ranges of code (inline and blocks) and of links and images in editor markdown.
fn code_and_links(text: &str) -> (Vec<std::ops::Range<usize>>, Vec<std::ops::Range<usize>>) {
    use pulldown_cmark::{Event, Parser, Tag};
    let mut code = Vec::new();
    let mut links = Vec::new();
    for (event, range) in Parser::new_ext(text, PROSE_MARKDOWN).into_offset_iter() {
        match event {
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => code.push(range),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => links.push(range),
            _ => {}
        }
    }
    (code, links)
}

/// Parses the bracket at `start`: `[@id "quote"; @id "quote"]`.
fn parse_bracket(text: &str, start: usize) -> Result<(CitationMark, usize), String> {
    let mut cites = Vec::new();
    let mut i = start + 1;
    loop {
        let rest = &text[i..];
        let trimmed = rest.trim_start();
        i += rest.len() - trimmed.len();
        if !trimmed.starts_with('@') {
            return Err("expected @source-id".into());
        }
        let at = i;
        let id_len = trimmed[1..]
            .find(|c: char| c.is_whitespace() || c == ']' || c == ';')
            .ok_or("the citation is never closed with `]`")?;
        let source = trimmed[1..1 + id_len].to_string();
        if source.is_empty() {
            return Err("a citation needs a source id after @".into());
        }
        i += 1 + id_len;
        let rest = &text[i..];
        let trimmed = rest.trim_start();
        i += rest.len() - trimmed.len();
        let (open, close) = match trimmed.chars().next() {
            Some('"') => ('"', '"'),
            Some('“') => ('“', '”'),
            _ => {
                return Err(format!(
                    "expected a quoted passage after @{source}, as in [@{source} \"exact words\"]"
                ))
            }
        };
        let body = &trimmed[open.len_utf8()..];
        let end = body
            .find(close)
            .or_else(|| body.find('"'))
            .ok_or("the quoted passage is never closed")?;
        let quote = body[..end].to_string();
        if quote.trim().is_empty() {
            return Err("the quoted passage is empty".into());
        }
        let closing_len = body[end..].chars().next().map_or(1, char::len_utf8);
        i += open.len_utf8() + end + closing_len;
        cites.push(Cite { source, quote, at });
        let rest = &text[i..];
        let trimmed = rest.trim_start();
        i += rest.len() - trimmed.len();
        match trimmed.chars().next() {
            Some(']') => {
                return Ok((
                    CitationMark {
                        range: start..i + 1,
                        cites,
                    },
                    i + 1,
                ))
            }
            Some(';') => i += 1,
            _ => return Err("expected `;` or `]` after the quoted passage".into()),
        }
    }
}

/// Where a quote was found: the claim containing it and its char span in the cleaned text.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub claim: usize,
    pub start: usize,
    pub end: usize,
    /// 1.0 for an exact (normalised) match; less when re-anchored to the closest passage.
    pub similarity: f64,
}

/// Case, spacing, quote and dash differences do not count.
fn normalise_char(c: char) -> char {
    match c {
        '‘' | '’' | '′' | '`' => '\'',
        '“' | '”' | '„' | '″' => '"',
        '‐' | '‑' | '‒' | '–' | '—' | '―' => '-',
        c if c.is_whitespace() => ' ',
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// The normalised text and, for each of its chars, the char offset it came from.
fn normalise_with_map(text: &str) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::new();
    let mut map = Vec::new();
    for (offset, c) in text.chars().enumerate() {
        let n = normalise_char(c);
        if n == ' ' && chars.last().is_none_or(|&last| last == ' ') {
            continue;
        }
        chars.push(n);
        map.push(offset);
    }
    (chars, map)
}

/// Finds `quote` in `body`; falls back to the most similar claim.
pub fn anchor(quote: &str, body: &str, claims: &[Claim]) -> Option<Anchor> {
    let (haystack, map) = normalise_with_map(body);
    let (needle, _) = normalise_with_map(quote.trim());
    if needle.is_empty() {
        return None;
    }
    if let Some(at) = haystack
        .windows(needle.len())
        .position(|w| w == needle.as_slice())
    {
        let start = map[at];
        let end = map[at + needle.len() - 1] + 1;
        let claim = claims
            .partition_point(|c| c.end <= start)
            .min(claims.len().saturating_sub(1));
        return claims.get(claim).map(|_| Anchor {
            claim,
            start,
            end,
            similarity: 1.0,
        });
    }
    closest(&needle, claims)
}

/// The claim whose best window is most like the quote (1 − normalised edit distance).
fn closest(needle: &[char], claims: &[Claim]) -> Option<Anchor> {
    claims
        .iter()
        .enumerate()
        .map(|(i, claim)| {
            let (chars, _) = normalise_with_map(&claim.text);
            (i, best_window_similarity(needle, &chars))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(i, similarity)| Anchor {
            claim: i,
            start: claims[i].start,
            end: claims[i].end,
            similarity,
        })
}

/// How well `needle` matches somewhere in `text`: approximate substring matching (Sellers'
/// algorithm), so a quote of part of a long sentence is compared with that part only.
fn best_window_similarity(needle: &[char], text: &[char]) -> f64 {
    let mut previous: Vec<usize> = (0..=needle.len()).collect();
    let mut best = needle.len();
    for &t in text {
        let mut current = vec![0];
        for (j, &n) in needle.iter().enumerate() {
            let cost = usize::from(n != t);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        best = best.min(current[needle.len()]);
        previous = current;
    }
    1.0 - best as f64 / needle.len().max(1) as f64
}

/// A cite anchored in its source.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub source: usize,
    pub anchor: Anchor,
}

/// A piece of editor prose with its citations checked: each mark with its anchored cites.
#[derive(Debug, Clone)]
pub struct CitedText {
    pub path: std::path::PathBuf,
    pub text: String,
    pub marks: Vec<(CitationMark, Vec<Resolved>)>,
}

/// What a citation points into: a source's id, cleaned text and claims.
pub struct Citable<'a> {
    pub id: &'a str,
    pub body: &'a str,
    pub claims: &'a [Claim],
}

/// Checks every citation of `text` (from `path`). Re-anchored quotes are warnings; missing
/// sources, malformed brackets and weak matches are errors. All are collected.
pub fn resolve(
    document: &Document,
    sources: &[Citable],
    minimum: f64,
    errors: &mut Vec<Error>,
    warnings: &mut Vec<Warning>,
) -> CitedText {
    let (path, text, first_line) = (&document.path, &document.text, document.first_line);
    let (marks, malformed) = find_citations(text);
    for (at, message, help) in malformed {
        errors.push(Error::input(
            Location::of_offset(path, text, at, first_line),
            message,
            help,
        ));
    }
    let mut resolved_marks = Vec::new();
    for mark in marks {
        let mut resolved = Vec::new();
        for cite in &mark.cites {
            let Some(index) = sources.iter().position(|s| s.id == cite.source) else {
                let help = "use an id from content/sources/ (the file name without .md)";
                let help = match nearest_id(&cite.source, sources.iter().map(|s| s.id)) {
                    Some(near) => format!("did you mean {near:?}? {help}"),
                    None => help.to_string(),
                };
                errors.push(Error::input(
                    Location::of_offset(path, text, cite.at, first_line),
                    format!("no source has the id {:?}", cite.source),
                    help,
                ));
                continue;
            };
            let source = &sources[index];
            match anchor(&cite.quote, source.body, source.claims) {
                Some(found) if found.similarity >= 1.0 => resolved.push(Resolved {
                    source: index,
                    anchor: found,
                }),
                Some(found) if found.similarity >= minimum => {
                    warnings.push(Warning::new(
                        Location::of_offset(path, text, cite.at, first_line),
                        format!(
                            "the quote {:?} is not exactly in {:?}; re-anchored to {} ({:.0}% similar): update the quote",
                            cite.quote,
                            cite.source,
                            source.claims[found.claim].id,
                            found.similarity * 100.0
                        ),
                    ));
                    resolved.push(Resolved {
                        source: index,
                        anchor: found,
                    });
                }
                found => errors.push(not_found(
                    Location::of_offset(path, text, cite.at, first_line),
                    &cite.source,
                    &cite.quote,
                    found.map(|f| (&source.claims[f.claim], f.similarity)),
                    minimum,
                )),
            }
        }
        if resolved.len() == mark.cites.len() {
            resolved_marks.push((mark, resolved));
        }
    }
    CitedText {
        path: path.to_path_buf(),
        text: text.to_string(),
        marks: resolved_marks,
    }
}

/// The error for a quote that cannot be anchored, naming the closest passage.
pub fn not_found(
    location: Location,
    source: &str,
    quote: &str,
    closest: Option<(&Claim, f64)>,
    minimum: f64,
) -> Error {
    let message = match closest {
        Some((claim, similarity)) => format!(
            "the quote {quote:?} is not in source {source:?}; the closest passage ({:.0}% similar, below the {:.0}% needed to re-anchor) is {:?} ({})",
            similarity * 100.0,
            minimum * 100.0,
            claim.text,
            claim.id
        ),
        None => format!("the quote {quote:?} is not in source {source:?}, which has no text"),
    };
    Error::input(
        location,
        message,
        "copy the exact words from the source page, or cite another passage",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(body: &str) -> Vec<Claim> {
        let mut out = Vec::new();
        let mut start = 0;
        for (i, sentence) in body.split_inclusive(". ").enumerate() {
            let text = sentence.trim_end();
            let len = text.chars().count();
            out.push(Claim {
                id: format!("c{i}"),
                source: "s".into(),
                text: text.into(),
                start,
                end: start + len,
            });
            start += sentence.chars().count();
        }
        out
    }

    #[test]
    fn brackets_with_one_or_several_cites() {
        let text = "Ports grew [@a \"the plan\"]. Both agree [@a “first words”; @b-2 \"second\"].";
        let (marks, errors) = find_citations(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(marks.len(), 2);
        assert_eq!(&text[marks[0].range.clone()], "[@a \"the plan\"]");
        assert_eq!(marks[1].cites[1].source, "b-2");
        assert_eq!(marks[1].cites[0].quote, "first words");
        assert_eq!(
            &text[marks[1].cites[1].at..marks[1].cites[1].at + 4],
            "@b-2"
        );
    }

    #[test]
    fn malformed_brackets_are_errors_with_positions() {
        for bad in [
            "x [@a]",
            "x [@a \"open",
            "x [@ \"q\"]",
            "x [@a \"q\" @b \"r\"]",
            "x [@a \"\"]",
        ] {
            let (marks, errors) = find_citations(bad);
            assert!(marks.is_empty() && errors.len() == 1, "{bad}: {errors:?}");
            assert_eq!(errors[0].0, 2, "{bad}");
        }
    }

    #[test]
    fn citations_in_code_are_text_and_in_links_are_errors() {
        let text = "Cite as `[@a \"x\"]`, not `[@a]`.\n\n```\n[@a \"y\"]\n```\n\n\
                    [t](https://e.org \"t [@a \"z\"] u\") ![i [@a \"w\"]](p.png) ok [@a \"v\"].\n";
        let (marks, errors) = find_citations(text);
        assert_eq!(marks.len(), 1, "{marks:?}");
        assert_eq!(marks[0].cites[0].quote, "v");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors.iter().all(|e| e.1.contains("inside a link")),
            "{errors:?}"
        );
    }

    #[test]
    fn quotes_match_despite_case_spacing_quotes_and_dashes() {
        let body = "The council’s plan — approved on Monday — was “final”. Work starts soon.";
        let claims = claims(body);
        let a = anchor("the council's plan - approved  on monday", body, &claims).unwrap();
        assert_eq!(a.similarity, 1.0);
        assert_eq!(a.claim, 0);
        let slice: String = body.chars().skip(a.start).take(a.end - a.start).collect();
        assert_eq!(slice, "The council’s plan — approved on Monday");
        assert_eq!(anchor("Work starts soon", body, &claims).unwrap().claim, 1);
    }

    #[test]
    fn a_changed_quote_finds_the_closest_passage_with_its_similarity() {
        let body = "The council approved the harbour plan on Monday. Fishermen protested.";
        let claims = claims(body);
        let near = anchor("the council approved the harbor plan", body, &claims).unwrap();
        assert_eq!(near.claim, 0);
        assert!(near.similarity > 0.9 && near.similarity < 1.0, "{near:?}");
        let far = anchor("something else entirely", body, &claims).unwrap();
        assert!(far.similarity < 0.5, "{far:?}");
    }
}
