//! The last pass over a rendered site: no bidi embedding, override or isolate reaches a reader.
//! Ingest already drops them from new sources, but cleaned text, editor prose, curation,
//! templates and originals are all hand-editable, so the output is where this is enforced.

use super::Site;
use crate::text::decode::is_bidi_control;
use rayon::prelude::*;
use std::collections::BTreeSet;

/// Files a browser or a feed reader shows as text; anything else (images, fonts) is left alone.
const TEXT_EXTENSIONS: &[&str] = &[
    "html", "htm", "js", "mjs", "json", "xml", "txt", "css", "svg",
];

/// Replaces every bidi control in the site's text files, except the `verbatim` ones (the
/// archived originals, published byte for byte), with U+FFFD: visible where one was, and as
/// long in UTF-8, so byte offsets into a file stay true.
pub(super) fn neutralise_controls(site: &mut Site, verbatim: &BTreeSet<String>) {
    site.files.par_iter_mut().for_each(|(path, bytes)| {
        let is_text = path
            .rsplit_once('.')
            .is_some_and(|(_, extension)| TEXT_EXTENSIONS.contains(&extension));
        if is_text && !verbatim.contains(path) {
            neutralise(bytes);
        }
    });
}

fn neutralise(bytes: &mut Vec<u8>) {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if text.contains(is_bidi_control) {
        *bytes = text.replace(is_bidi_control, "\u{fffd}").into_bytes();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_replacement_characters_except_in_verbatim_files() {
        let tricky = "x \u{202e}dias\u{202c} \u{2066}y\u{2069} \u{200f}z\u{200e}";
        let mut site = Site::default();
        for path in [
            "index.html",
            "data/briefing.json",
            "static/search-index.js",
            "feed.xml",
            "sources/a.orig.txt",
        ] {
            site.add(path, tricky);
        }
        let image = b"\x89PNG\xe2\x80\xae".to_vec();
        site.add("static/logo.png", image.clone());
        let verbatim: BTreeSet<String> = ["sources/a.orig.txt".to_string()].into();
        neutralise_controls(&mut site, &verbatim);

        let cleaned = "x \u{fffd}dias\u{fffd} \u{fffd}y\u{fffd} \u{200f}z\u{200e}";
        assert_eq!(cleaned.len(), tricky.len(), "byte offsets are kept");
        for path in [
            "index.html",
            "data/briefing.json",
            "static/search-index.js",
            "feed.xml",
        ] {
            assert_eq!(site.files[path], cleaned.as_bytes(), "{path}");
        }
        assert_eq!(site.files["sources/a.orig.txt"], tricky.as_bytes());
        assert_eq!(site.files["static/logo.png"], image);
    }
}
