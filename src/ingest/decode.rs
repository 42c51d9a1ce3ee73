//! Bytes to text: detect the encoding, refuse what is not text, and normalise the result.
//! The original bytes are never touched; only the cleaned text is normalised.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Lowercase WHATWG name of the encoding used, with "-bom" when a byte-order mark said so.
    pub encoding: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("this is a binary file ({0}), not text")]
    Binary(&'static str),
    #[error("the bytes are not valid {0}: decoding would garble the text")]
    Undecodable(String),
}

impl DecodeError {
    pub fn help(&self) -> &'static str {
        match self {
            DecodeError::Empty => "add a file that contains the article's text",
            DecodeError::Binary(_) => {
                "convert it to plain text or HTML first (for a PDF, e.g. `pdftotext`)"
            }
            DecodeError::Undecodable(_) => {
                "re-save the file as UTF-8 in the program that produced it"
            }
        }
    }
}

/// Decodes a source's bytes. Order: a byte-order mark wins; then valid UTF-8; then the legacy
/// single-byte encoding that a detector finds most likely (Windows-1252 for Western text).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(DecodeError::Empty);
    }
    if let Some(kind) = binary_signature(bytes) {
        return Err(DecodeError::Binary(kind));
    }
    let (text, encoding) = if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes)
    {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(DecodeError::Undecodable(
                encoding.name().to_ascii_lowercase(),
            ));
        }
        (
            text.into_owned(),
            format!("{}-bom", encoding.name().to_ascii_lowercase()),
        )
    } else {
        if bytes.contains(&0) {
            return Err(DecodeError::Binary("it contains NUL bytes"));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (text.to_string(), "utf-8".to_string()),
            Err(_) => decode_legacy(bytes)?,
        }
    };
    if looks_binary(&text) {
        return Err(DecodeError::Binary("mostly control characters"));
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, encoding })
}

fn decode_legacy(bytes: &[u8]) -> Result<(String, String), DecodeError> {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let name = encoding.name().to_ascii_lowercase();
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors || encoding == encoding_rs::UTF_8 {
        return Err(DecodeError::Undecodable(name));
    }
    Ok((text.into_owned(), name))
}

/// Well-known magic numbers of formats people mistake for text.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: [(&[u8], &str); 7] = [
        (b"%PDF-", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"GIF8", "GIF image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"PK\x03\x04", "ZIP archive or office document"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\x7FELF", "executable"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// More than 1 in 50 chars being a control character other than whitespace means not text.
fn looks_binary(text: &str) -> bool {
    let total = text.chars().count();
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    controls * 50 > total
}

/// NFC, `\n` line endings, no control or invisible formatting characters, tabs as spaces.
pub fn normalise(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    // Composing after the filter: a dropped char between a letter and its accent would
    // otherwise leave them uncomposed.
    unified
        .chars()
        .filter_map(|c| match c {
            '\t' | '\u{a0}' | '\u{2007}' | '\u{202f}' => Some(' '),
            '\n' => Some('\n'),
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => None,
            c if c.is_control() => None,
            c => Some(c),
        })
        .nfc()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_utf8() {
        let d = decode("Café’s “menu”".as_bytes()).unwrap();
        assert_eq!(d.encoding, "utf-8");
        assert_eq!(d.text, "Café’s “menu”");
    }

    #[test]
    fn utf8_with_bom_drops_the_mark() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("Hello", "utf-8-bom")
        );
    }

    #[test]
    fn utf16_both_byte_orders() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in "Zürich – ok".encode_utf16() {
            le.extend(unit.to_le_bytes());
            be.extend(unit.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap().text, "Zürich – ok");
        assert_eq!(decode(&le).unwrap().encoding, "utf-16le-bom");
        assert_eq!(decode(&be).unwrap().text, "Zürich – ok");
    }

    #[test]
    fn windows_1252_is_detected_not_garbled() {
        // "The café’s “best” dish – crème brûlée." in Windows-1252.
        let bytes = b"The caf\xE9\x92s \x93best\x94 dish \x96 cr\xE8me br\xFBl\xE9e, served daily in the old town.";
        let d = decode(bytes).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert_eq!(
            d.text,
            "The café’s “best” dish – crème brûlée, served daily in the old town."
        );
    }

    #[test]
    fn binary_and_empty_files_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\t"), Err(DecodeError::Empty));
        assert_eq!(decode(b"%PDF-1.7 ..."), Err(DecodeError::Binary("PDF")));
        assert!(matches!(decode(b"abc\0def"), Err(DecodeError::Binary(_))));
        assert!(matches!(
            decode(b"\x01\x02\x03\x04\x05abc"),
            Err(DecodeError::Binary(_))
        ));
    }

    #[test]
    fn broken_utf16_is_undecodable() {
        // A lone high surrogate.
        assert!(matches!(
            decode(&[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]),
            Err(DecodeError::Undecodable(_))
        ));
    }

    #[test]
    fn normalise_unifies_lines_and_forms() {
        assert_eq!(normalise("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(normalise("Cafe\u{301}"), "Café");
        assert_eq!(
            normalise("in\u{ad}visible\u{200b} x\ty\u{a0}z"),
            "invisible x y z"
        );
    }

    #[test]
    fn normalise_composes_across_dropped_chars() {
        assert_eq!(normalise("e\0\u{301} e\u{200b}\u{301}"), "é é");
    }
}
