//! Bytes to text: detect the encoding, refuse what is not text, and normalise the result.
//! The original bytes are never touched; only the cleaned text is normalised.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Lowercase WHATWG name of the encoding used, with "-bom" when a byte-order mark said so
    /// (UTF-16 recognised without one is plain "utf-16le" or "utf-16be").
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

/// Decodes a source's bytes. Order: a byte-order mark wins; then UTF-16 recognised by where its
/// zero bytes fall; then valid UTF-8; then the legacy single-byte encoding that a detector finds
/// most likely (Windows-1252 for Western text).
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
    } else if let Some(encoding) = utf16_without_bom(bytes) {
        let name = encoding.name().to_ascii_lowercase();
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if had_errors {
            return Err(DecodeError::Undecodable(name));
        }
        (text.into_owned(), name)
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

/// UTF-16 without a byte-order mark, told apart from binary data by its zero bytes: text has
/// a zero high byte in every code unit below U+0100 (in Latin script nearly all of them, in any
/// script its spaces and digits), so the zeros fall on one side only, odd offsets for
/// little-endian and even for big-endian. Binary data has zeros on both sides; what passes
/// anyway must still decode cleanly and not look binary.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len() / 2;
    let zeros_at = |side: usize| {
        bytes
            .iter()
            .skip(side)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let (zeros, strays, encoding) = if odd >= even {
        (odd, even, encoding_rs::UTF_16LE)
    } else {
        (even, odd, encoding_rs::UTF_16BE)
    };
    // A few strays are real characters such as U+4E00, whose low byte is zero.
    (zeros * 8 >= units && strays * 10 <= zeros).then_some(encoding)
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

/// NFC, `\n` line endings, no control or invisible formatting characters (bidi embeddings,
/// overrides and isolates among them), tabs as spaces.
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
            c if c.is_control() || is_bidi_control(c) => None,
            c => Some(c),
        })
        .nfc()
        .collect()
}

/// The explicit bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): unseen,
/// they make text display in another order than it is stored, so a quote can read differently
/// from what was cited ("Trojan Source"). The marks U+200E, U+200F and U+061C are not among them:
/// right-to-left text needs them, and they cannot reorder a run of text on their own.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
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

    fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|unit| {
                if little_endian {
                    unit.to_le_bytes()
                } else {
                    unit.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn utf16_without_a_bom_in_both_byte_orders() {
        for text in [
            "Zürich – the council met on Tuesday.\r\nIt agreed.",
            // Mostly non-Latin: only the spaces and punctuation have a zero byte.
            "Совет собрался во вторник и принял решение, 一 раз.",
        ] {
            let le = decode(&utf16(text, true)).unwrap();
            assert_eq!((le.text.as_str(), le.encoding.as_str()), (text, "utf-16le"));
            let be = decode(&utf16(text, false)).unwrap();
            assert_eq!((be.text.as_str(), be.encoding.as_str()), (text, "utf-16be"));
        }
    }

    #[test]
    fn binary_with_nul_bytes_is_not_taken_for_utf16() {
        // A record of little-endian integers: zeros on both sides.
        let record: Vec<u8> = [7u32, 300, 2, 65_000, 1, 0, 42, 9]
            .iter()
            .flat_map(|n| n.to_le_bytes())
            .collect();
        assert!(matches!(decode(&record), Err(DecodeError::Binary(_))));
        // Zeros on one side only, but the code units are control characters.
        let shorts: Vec<u8> = (1u16..40).flat_map(|n| (n % 20).to_le_bytes()).collect();
        assert!(matches!(decode(&shorts), Err(DecodeError::Binary(_))));
        // Looks like UTF-16 but holds a lone surrogate.
        let mut broken = utf16("A sentence, then a broken unit", true);
        broken.extend([0x00, 0xD8]);
        assert!(matches!(decode(&broken), Err(DecodeError::Undecodable(_))));
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
    fn normalise_drops_bidi_controls_but_keeps_the_marks() {
        assert_eq!(
            normalise("a\u{202a}b\u{202b}c\u{202c}d\u{202d}e\u{202e}f\u{2066}g\u{2067}h\u{2068}i\u{2069}j"),
            "abcdefghij"
        );
        let marks = "\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{200f} (x)\u{200e} \u{627}\u{61c}1";
        assert_eq!(normalise(marks), marks);
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
