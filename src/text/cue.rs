//! Theme cues: words and phrases an editor writes to find passages, matched on word
//! boundaries, case-insensitively, on Snowball stems ("sanction" finds "sanctions" and
//! "sanctioned"), or on a prefix when a cue word ends in `*` ("terror*").

use crate::text::stem::stem;
use crate::text::tokens::{self, is_apostrophe};

/// A word of running text: lowercased, and its stem.
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub lower: String,
    pub stem: String,
    /// Char offset of the word in the text it came from.
    pub start: usize,
}

/// Splits `text` into words at anything but letters and digits (an apostrophe inside a word
/// stays, and a possessive "'s" goes), lowercased and stemmed.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let chars: Vec<char> = text.chars().collect();
    let pieces = tokens::tokenize(&chars);
    let mut out = Vec::new();
    let mut k = 0;
    while let Some(piece) = pieces.get(k) {
        let start = piece.start;
        if !chars[start].is_alphanumeric() {
            k += 1;
            continue;
        }
        k = tokens::run_end(&pieces, k, |t| {
            let c = chars[t.start];
            c.is_alphanumeric()
                || (is_apostrophe(c) && chars.get(t.start + 1).is_some_and(|c| c.is_alphabetic()))
        });
        let mut lower: String = chars[start..pieces[k - 1].end]
            .iter()
            .map(|&c| if is_apostrophe(c) { '\'' } else { c })
            .collect::<String>()
            .to_lowercase();
        if let Some(base) = lower.strip_suffix("'s") {
            lower = base.to_string();
        }
        let stem = stem(&lower);
        out.push(Word { lower, stem, start });
    }
    out
}

#[derive(Debug, Clone, PartialEq)]
enum CueWord {
    Stem(String),
    Prefix(String),
}

impl CueWord {
    fn matches(&self, word: &Word) -> bool {
        match self {
            CueWord::Stem(stem) => word.stem == *stem,
            CueWord::Prefix(prefix) => word.lower.starts_with(prefix.as_str()),
        }
    }
}

/// A cue as written and as matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub text: String,
    words: Vec<CueWord>,
}

impl Cue {
    /// `None` when the cue has no words to match.
    pub fn parse(text: &str) -> Option<Cue> {
        let mut cue_words = Vec::new();
        for part in text.split_whitespace() {
            let prefix = part.strip_suffix('*');
            let parsed = words(prefix.unwrap_or(part));
            match (prefix, parsed.as_slice()) {
                (Some(_), [word]) => cue_words.push(CueWord::Prefix(word.lower.clone())),
                _ => cue_words.extend(parsed.into_iter().map(|w| CueWord::Stem(w.stem))),
            }
        }
        (!cue_words.is_empty()).then(|| Cue {
            text: text.to_string(),
            words: cue_words,
        })
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// How many times the cue occurs in `text`'s words.
    pub fn count_in(&self, text: &[Word]) -> usize {
        let n = self.words.len();
        if text.len() < n {
            return 0;
        }
        (0..=text.len() - n)
            .filter(|&i| self.words.iter().zip(&text[i..]).all(|(c, w)| c.matches(w)))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(cue: &str, text: &str) -> usize {
        Cue::parse(cue).unwrap().count_in(&words(text))
    }

    #[test]
    fn cues_match_stems_on_word_boundaries_phrases_and_prefixes() {
        for (cue, text, expected) in [
            // Stems, in any case; different stems stay apart.
            ("sanction", "New Sanctions were sanctioned.", 2),
            ("Recognition", "formal recognition", 1),
            ("trade", "traders", 0),
            // Whole words only.
            ("ban", "the ban was lifted", 1),
            ("ban", "urban banner", 0),
            // Phrases: consecutive words, across punctuation and case.
            ("supreme court", "the Supreme  Court's ruling", 1),
            ("supreme court", "a supreme effort in court", 0),
            ("counter-terrorism", "counter terrorism", 1),
            // A star matches a prefix.
            ("terror*", "terrorism, terrorists and terror", 3),
            ("terror*", "the territory", 0),
        ] {
            assert_eq!(count(cue, text), expected, "{cue:?} in {text:?}");
        }
    }

    #[test]
    fn possessives_and_typographic_apostrophes_fold() {
        let found = words("Russia’s envoy's view");
        let lower: Vec<&str> = found.iter().map(|w| w.lower.as_str()).collect();
        assert_eq!(lower, ["russia", "envoy", "view"]);
        assert_eq!(found[1].start, 9);
    }

    #[test]
    fn empty_cues_do_not_parse() {
        assert!(Cue::parse(" -- ").is_none());
        assert!(Cue::parse("*").is_none());
    }
}
