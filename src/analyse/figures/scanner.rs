//! The scanner that reads a figure token by token, and zero counts ("no casualties", "no one
//! was killed").

use super::numbers::tokenize;
use super::units::normalise_unit;
use super::words::{AUXILIARIES, QUANTITY_ADJECTIVES, ZERO_NOUNS, ZERO_PARTICIPLES};
use super::Figure;
use super::{Draft, Scanner};
use crate::text::tokens::{Gap, Kind};

impl Draft {
    pub(super) fn zero(first: usize, last: usize, unit: String) -> Self {
        Draft {
            first,
            last,
            value: 0.0,
            qualifier: None,
            unit: Some(unit),
            currency: None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) enum Form {
    Digits { year_like: bool, scaled: bool },
    Words { lone_one: bool },
}

impl<'a> Scanner<'a> {
    pub(super) fn new(chars: &'a [char]) -> Self {
        let tokens = tokenize(chars);
        let mut lowered = String::new();
        let lowered_at = tokens
            .iter()
            .map(|token| {
                (token.kind == Kind::Word).then(|| {
                    let start = lowered.len();
                    let word: String = chars[token.start..token.end].iter().collect();
                    lowered.push_str(&word.to_lowercase());
                    (start, lowered.len())
                })
            })
            .collect();
        Scanner {
            chars,
            tokens,
            lowered,
            lowered_at,
        }
    }

    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub(super) fn gap(&self, i: usize) -> Option<Gap> {
        self.tokens.get(i).map(|t| t.gap)
    }

    pub(super) fn is_glued(&self, i: usize) -> bool {
        self.gap(i) == Some(Gap::Glued)
    }

    pub(super) fn raw(&self, i: usize) -> &[char] {
        self.tokens
            .get(i)
            .map_or(&[][..], |t| &self.chars[t.start..t.end])
    }

    pub(super) fn text(&self, i: usize) -> String {
        self.raw(i).iter().collect()
    }

    /// The word at `i`, lowercased.
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        let &(start, end) = self.lowered_at.get(i)?.as_ref()?;
        Some(&self.lowered[start..end])
    }

    /// The word at `i`, lowercased, when a space (not a line break) separates it.
    pub(super) fn spaced_word(&self, i: usize) -> Option<&str> {
        if self.gap(i) == Some(Gap::Space) {
            self.word(i)
        } else {
            None
        }
    }

    pub(super) fn symbol(&self, i: usize) -> Option<char> {
        match self.tokens.get(i) {
            Some(t) if t.kind == Kind::Mark => self.chars.get(t.start).copied(),
            _ => None,
        }
    }

    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.raw(i).first().is_some_and(|c| c.is_uppercase())
    }

    pub(super) fn word_in(&self, i: usize, list: &[&str]) -> bool {
        self.word(i).is_some_and(|w| list.contains(&w))
    }

    pub(super) fn finish(&self, draft: Draft) -> Figure {
        let start = self.tokens[draft.first].start;
        let end = self.tokens[draft.last].end;
        Figure {
            start,
            end,
            text: self.chars[start..end].iter().collect(),
            value: draft.value,
            qualifier: draft.qualifier,
            currency: draft.currency,
            measure: self.measure_of(&draft),
            unit: draft.unit,
        }
    }

    pub(super) fn figure_at(&self, i: usize) -> Option<Draft> {
        self.zero_count(i).or_else(|| self.quantity(i))
    }

    // --- zero counts ---

    /// "no casualties", "without casualties", "no one was killed", "none were injured", "nobody
    /// died".
    fn zero_count(&self, i: usize) -> Option<Draft> {
        match self.word(i)? {
            "without" => self.no_noun(i),
            "no" => self.no_noun(i).or_else(|| {
                (self.spaced_word(i + 1)? == "one")
                    .then(|| self.zero_participle(i, i + 1))
                    .flatten()
            }),
            "nobody" | "none" => self.zero_participle(i, i),
            _ => None,
        }
    }

    /// "no deaths", "no civilian casualties": only nouns for which zero is news, so that "no
    /// country" or "no concessions" are not read as figures.
    fn no_noun(&self, i: usize) -> Option<Draft> {
        let zero_noun = |at: usize| {
            self.spaced_word(at)
                .map(normalise_unit)
                .filter(|unit| ZERO_NOUNS.contains(&unit.as_str()))
        };
        let after_adjective =
            if self.spaced_word(i + 1).is_some() && self.word_in(i + 1, QUANTITY_ADJECTIVES) {
                zero_noun(i + 2)
            } else {
                None
            };
        match after_adjective {
            Some(unit) => Some(Draft::zero(i, i + 2, unit)),
            None => zero_noun(i + 1).map(|unit| Draft::zero(i, i + 1, unit)),
        }
    }

    /// After the subject "no one" / "none" / "nobody": an optional auxiliary, then what
    /// happened ("was killed", "were injured", "died").
    fn zero_participle(&self, first: usize, subject: usize) -> Option<Draft> {
        let mut at = subject + 1;
        if self
            .spaced_word(at)
            .is_some_and(|w| AUXILIARIES.contains(&w))
        {
            at += 1;
            if self.spaced_word(at) == Some("been") {
                at += 1;
            }
        }
        // One adverb may come between: "no one was seriously injured".
        if self
            .spaced_word(at)
            .is_some_and(|w| w.len() > 3 && w.ends_with("ly"))
        {
            at += 1;
        }
        let word = self.spaced_word(at)?;
        ZERO_PARTICIPLES
            .contains(&word)
            .then(|| Draft::zero(first, at, word.to_string()))
    }
}
