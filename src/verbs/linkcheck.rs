//! Internal links of a rendered site: every relative `href`/`src` must name a file of the
//! site, and every `#anchor` an `id` on the target page.

use crate::ingest::html::LineCounter;
use crate::render::Site;
use html5gum::{naive_next_state, DefaultEmitter, Token, Tokenizer};
use std::collections::{BTreeMap, HashSet};

/// A broken link: the page (and 1-based line) it is on, and what it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BrokenLink {
    pub page: String,
    pub line: usize,
    pub target: String,
    pub reason: &'static str,
}

pub(crate) fn broken_links(site: &Site) -> Vec<BrokenLink> {
    let pages: BTreeMap<&str, PageLinks> = site
        .files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .filter_map(|(path, bytes)| {
            std::str::from_utf8(bytes)
                .ok()
                .map(|text| (path.as_str(), PageLinks::of(text)))
        })
        .collect();
    let mut broken = Vec::new();
    for (page, found) in &pages {
        for (line, value) in &found.links {
            // Browsers ignore the spaces around an address, and so does this check.
            let link = value.trim_matches(|c: char| c.is_ascii_whitespace());
            if is_external(link) {
                continue;
            }
            let (path, fragment) = link
                .split_once('#')
                .map_or((link, None), |(p, f)| (p, Some(f)));
            let path = path.split_once('?').map_or(path, |(p, _)| p);
            let target = if path.is_empty() {
                Some(page.to_string())
            } else {
                resolve(page, path)
            };
            let reason = match &target {
                None => Some("leaves the site"),
                Some(t) if !site.files.contains_key(t) => Some("no such file"),
                Some(t) => fragment
                    .filter(|f| !f.is_empty() && !f.starts_with(":~:"))
                    .filter(|f| {
                        !pages
                            .get(t.as_str())
                            .is_some_and(|target| target.ids.contains(*f))
                    })
                    .map(|_| "no such anchor"),
            };
            if let Some(reason) = reason {
                broken.push(BrokenLink {
                    page: page.to_string(),
                    line: *line,
                    target: value.clone(),
                    reason,
                });
            }
        }
    }
    broken
}

fn is_external(value: &str) -> bool {
    let scheme = crate::text::url::split_scheme(value).map(|(scheme, _)| scheme);
    matches!(
        scheme.as_deref(),
        Some("http" | "https" | "mailto" | "data")
    )
}

/// `path` relative to the folder of `page`, normalised; `None` if it climbs out of the site.
fn resolve(page: &str, path: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for piece in path.split('/') {
        match piece {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            piece => parts.push(piece),
        }
    }
    Some(parts.join("/"))
}

/// What a page offers links (its anchors) and what it links to, each link with its 1-based line.
/// Only attributes of real start tags count, as a browser sees them: not text that looks like
/// one in a script (JSON-LD), a comment, a `<title>` or prose, and with entities decoded.
#[derive(Debug, Default)]
struct PageLinks {
    ids: HashSet<String>,
    links: Vec<(usize, String)>,
}

impl PageLinks {
    fn of(html: &str) -> PageLinks {
        let mut page = PageLinks::default();
        let mut lines = LineCounter::new(html);
        let mut tokenizer =
            Tokenizer::new_with_emitter(html, DefaultEmitter::<usize>::new_with_span());
        // Reading from a &str cannot fail, so the first error would be the end anyway.
        while let Some(Ok(token)) = tokenizer.next() {
            let Token::StartTag(tag) = token else {
                continue;
            };
            let element = String::from_utf8_lossy(&tag.name);
            let mut links = Vec::new();
            for (name, value) in &tag.attributes {
                let text = String::from_utf8_lossy(&value.value).into_owned();
                match (&name[..], &*element) {
                    (b"id", _) | (b"name", "a") => {
                        page.ids.insert(text);
                    }
                    (b"href", "a" | "area" | "link") => links.push((value.span.start, text)),
                    (
                        b"src",
                        "audio" | "embed" | "frame" | "iframe" | "img" | "input" | "script"
                        | "source" | "track" | "video",
                    ) => links.push((value.span.start, text)),
                    _ => {}
                }
            }
            // Attributes come sorted by name; lines are counted forwards, in source order.
            links.sort_by_key(|(offset, _)| *offset);
            page.links.extend(
                links
                    .into_iter()
                    .map(|(offset, text)| (lines.line_at(offset), text)),
            );
            // Without a tree builder the tokenizer would read markup in a script, style,
            // title or textarea as tags. Not noscript: with scripting off, its links are live.
            if &tag.name[..] != b"noscript" {
                if let Some(state) = naive_next_state(&tag.name) {
                    tokenizer.set_state(state);
                }
            }
        }
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_links_pass_and_broken_ones_are_named_with_their_line() {
        let site = Site::of_texts(&[
            ("index.html", "<a href=\"sources/a.html#c-1\">x</a>\n<a href=\"sources/a.html#c-9\">y</a> <a href=\"https://e.org\">z</a>"),
            ("sources/a.html", "<span id=\"c-1\"></span><a href=\"../index.html\">up</a><a href=\"../nope.html\">x</a><a href=\"#c-1\">self</a><a href=\"../../out\">o</a>"),
        ]);
        let broken = broken_links(&site);
        let found: Vec<(&str, usize, &str, &str)> = broken
            .iter()
            .map(|b| (b.page.as_str(), b.line, b.target.as_str(), b.reason))
            .collect();
        assert_eq!(
            found,
            [
                ("index.html", 2, "sources/a.html#c-9", "no such anchor"),
                ("sources/a.html", 1, "../nope.html", "no such file"),
                ("sources/a.html", 1, "../../out", "leaves the site")
            ]
        );
    }

    fn found(site: &Site) -> Vec<(usize, String, &'static str)> {
        broken_links(site)
            .into_iter()
            .map(|b| (b.line, b.target, b.reason))
            .collect()
    }

    #[test]
    fn markup_inside_json_ld_scripts_and_titles_is_not_a_link() {
        let site = Site::of_texts(&[(
            "index.html",
            "<title>Use <a href=\"title.html\"></title>\n\
             <script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"text\":\"<a href=\"ld.html\">\"}</script>\n\
             <script>const a = '<img src=\"js.png\">';</script>\n\
             <textarea> href=\"area.html\"</textarea>\n\
             <noscript><a href=\"live.html\">x</a></noscript>",
        )]);
        assert_eq!(found(&site), [(5, "live.html".into(), "no such file")]);
    }

    #[test]
    fn comments_and_text_neither_link_nor_anchor() {
        let site = Site::of_texts(&[(
            "index.html",
            "<!-- <a href=\"old.html\">old</a> <span id=\"c-2\"> -->\n\
             <p>write id=\"c-3\" and href=\"text.html\" in text</p>\n\
             <a href=\"#c-2\">a</a><a href=\"#c-3\">b</a>",
        )]);
        assert_eq!(
            found(&site),
            [
                (3, "#c-2".into(), "no such anchor"),
                (3, "#c-3".into(), "no such anchor")
            ]
        );
    }

    #[test]
    fn single_quoted_and_unquoted_attributes_and_entities_are_read() {
        let site = Site::of_texts(&[(
            "index.html",
            "<a\n  class=x\n  href='nope.html'>a</a>\n\
             <img src=missing.png alt=x>\n\
             <span id=here></span><a name='old'></a><a href=#here>ok</a><a href=\"#old\">ok</a>\n\
             <a href=\"index.html?a=1&amp;b=2#here\">ok</a><a href=\"gone.html?a=1&amp;b=2\">x</a>\n\
             <link rel=stylesheet href=\"style.css\">",
        )]);
        assert_eq!(
            found(&site),
            [
                (3, "nope.html".into(), "no such file"),
                (4, "missing.png".into(), "no such file"),
                (6, "gone.html?a=1&b=2".into(), "no such file"),
                (7, "style.css".into(), "no such file")
            ]
        );
    }
}
