//! The last pass over each file of a rendered site: no bidi embedding, override or isolate
//! reaches a reader. Ingest already drops them from new sources, but cleaned text, editor
//! prose, curation, templates and originals are all hand-editable, so the output is where this
//! is enforced.

use crate::text::decode::is_bidi_control;

/// Files a browser or a feed reader shows as text; anything else (images, fonts) is left alone.
const TEXT_EXTENSIONS: &[&str] = &[
    "html", "htm", "js", "mjs", "json", "xml", "txt", "css", "svg",
];

/// Replaces every bidi control in a text file (by the extension of its `path`) with U+FFFD:
/// visible where one was, and as long in UTF-8, so byte offsets into the file stay true. The
/// caller leaves out the files published byte for byte (the archived originals).
pub(super) fn neutralise(path: &str, bytes: &mut Vec<u8>) {
    let is_text = path
        .rsplit_once('.')
        .is_some_and(|(_, extension)| TEXT_EXTENSIONS.contains(&extension));
    if !is_text {
        return;
    }
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
    fn controls_become_replacement_characters_in_text_files() {
        let tricky = "x \u{202e}dias\u{202c} \u{2066}y\u{2069} \u{200f}z\u{200e}";
        let cleaned = "x \u{fffd}dias\u{fffd} \u{fffd}y\u{fffd} \u{200f}z\u{200e}";
        assert_eq!(cleaned.len(), tricky.len(), "byte offsets are kept");
        for path in [
            "index.html",
            "data/briefing.json",
            "static/search-index.js",
            "feed.xml",
            "sources/a.orig.txt",
        ] {
            let mut bytes = tricky.as_bytes().to_vec();
            neutralise(path, &mut bytes);
            assert_eq!(bytes, cleaned.as_bytes(), "{path}");
        }
        let image = b"\x89PNG\xe2\x80\xae".to_vec();
        let mut bytes = image.clone();
        neutralise("static/logo.png", &mut bytes);
        assert_eq!(bytes, image);
    }
}
