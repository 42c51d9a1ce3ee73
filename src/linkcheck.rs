//! Internal links of a rendered site: every relative `href`/`src` must name a file of the
//! site, and every `#anchor` an `id` on the target page.

use crate::render::Site;
use std::collections::{HashMap, HashSet};

/// A broken link: the page (and 1-based line) it is on, and what it points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    pub page: String,
    pub line: usize,
    pub target: String,
    pub reason: &'static str,
}

pub fn broken_links(site: &Site) -> Vec<BrokenLink> {
    let pages: HashMap<&str, &str> = site
        .files
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .filter_map(|(path, bytes)| {
            std::str::from_utf8(bytes)
                .ok()
                .map(|text| (path.as_str(), text))
        })
        .collect();
    let ids: HashMap<&str, HashSet<&str>> = pages
        .iter()
        .map(|(path, html)| {
            (
                *path,
                attribute_values(html, "id")
                    .into_iter()
                    .map(|(_, v)| v)
                    .collect(),
            )
        })
        .collect();
    let mut broken = Vec::new();
    let mut sorted: Vec<(&&str, &&str)> = pages.iter().collect();
    sorted.sort();
    for (page, html) in sorted {
        for attribute in ["href", "src"] {
            for (offset, value) in attribute_values(html, attribute) {
                if is_external(value) {
                    continue;
                }
                let line = html[..offset].matches('\n').count() + 1;
                let (path, fragment) = value
                    .split_once('#')
                    .map_or((value, None), |(p, f)| (p, Some(f)));
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
                        .filter(|f| !ids.get(t.as_str()).is_some_and(|set| set.contains(f)))
                        .map(|_| "no such anchor"),
                };
                if let Some(reason) = reason {
                    broken.push(BrokenLink {
                        page: page.to_string(),
                        line,
                        target: value.to_string(),
                        reason,
                    });
                }
            }
        }
    }
    broken
}

fn is_external(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with("data:")
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

/// Values of ` name="…"` attributes with their byte offsets (our pages always quote with `"`).
fn attribute_values<'h>(html: &'h str, name: &str) -> Vec<(usize, &'h str)> {
    let marker = format!(" {name}=\"");
    html.match_indices(&marker)
        .filter_map(|(i, _)| {
            let rest = &html[i + marker.len()..];
            rest.find('"').map(|end| (i, &rest[..end]))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> Site {
        let mut site = Site::default();
        for (path, text) in files {
            site.files
                .insert(path.to_string(), text.as_bytes().to_vec());
        }
        site
    }

    #[test]
    fn good_links_pass_and_broken_ones_are_named_with_their_line() {
        let site = site(&[
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
}
