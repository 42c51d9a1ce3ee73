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
    if !is_text(path) {
        return;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Some(clean) = cleaned(text) {
        *bytes = clean.into_bytes();
    }
}

/// Whether `path` names a file a browser or a feed reader shows as text.
pub(super) fn is_text(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(_, extension)| TEXT_EXTENSIONS.contains(&extension))
}

/// `text` with its bidi controls replaced, when it has any.
fn cleaned(text: &str) -> Option<String> {
    has_bidi_control(text.as_bytes()).then(|| text.replace(is_bidi_control, "\u{fffd}"))
}

/// Whether UTF-8 `bytes` hold a bidi control (`is_bidi_control`), read byte by byte: every
/// file of the site passes here, and decoding each char to ask was a few per cent of a
/// rebuild. Each control is three bytes from E2 (U+202A–U+202E: E2 80 AA–AE; U+2066–U+2069:
/// E2 81 A6–A9), and E2 only ever starts a character.
fn has_bidi_control(bytes: &[u8]) -> bool {
    let mut rest = bytes;
    while let Some(at) = rest.iter().position(|&b| b == 0xE2) {
        if let [_, second, third, ..] = rest[at..] {
            if matches!((second, third), (0x80, 0xAA..=0xAE) | (0x81, 0xA6..=0xA9)) {
                return true;
            }
        }
        rest = &rest[at + 1..];
    }
    false
}

/// The same pass over a text file written a piece at a time (serialised JSON, always UTF-8):
/// a character cut between two pieces waits for the rest of it.
pub(super) struct Neutralising<W: std::io::Write> {
    inner: W,
    /// The start of a character whose last bytes have not come yet.
    pending: Vec<u8>,
}

impl<W: std::io::Write> Neutralising<W> {
    pub(super) fn new(inner: W) -> Self {
        Neutralising {
            inner,
            pending: Vec::new(),
        }
    }

    /// Writes what is left: the bytes of a character never completed go out as they came.
    pub(super) fn finish(mut self) -> std::io::Result<W> {
        self.inner.write_all(&self.pending)?;
        Ok(self.inner)
    }
}

impl<W: std::io::Write> std::io::Write for Neutralising<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(bytes);
        let complete = match std::str::from_utf8(&self.pending) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // Not UTF-8: left alone, as `neutralise` leaves such a file.
            Err(_) => self.pending.len(),
        };
        let (done, _) = self.pending.split_at(complete);
        match std::str::from_utf8(done).ok().and_then(cleaned) {
            Some(clean) => self.inner.write_all(clean.as_bytes())?,
            None => self.inner.write_all(done)?,
        }
        self.pending.drain(..complete);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
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
        // Written a byte at a time, every character cut: the same bytes.
        let mut streamed = Neutralising::new(Vec::new());
        for byte in tricky.as_bytes() {
            std::io::Write::write_all(&mut streamed, &[*byte]).unwrap();
        }
        assert_eq!(streamed.finish().unwrap(), cleaned.as_bytes());
        // The byte scan agrees with asking each char, about every char near the controls.
        for c in ('\u{2000}'..='\u{2100}').chain(['a', '\u{fffd}', '\u{1f600}']) {
            let text = format!("x{c}y");
            assert_eq!(
                has_bidi_control(text.as_bytes()),
                is_bidi_control(c),
                "{c:?}"
            );
        }
        let image = b"\x89PNG\xe2\x80\xae".to_vec();
        let mut bytes = image.clone();
        neutralise("static/logo.png", &mut bytes);
        assert_eq!(bytes, image);
    }
}
