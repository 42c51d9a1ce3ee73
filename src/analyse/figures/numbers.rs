//! Numbers as written: the tokens (digits joined across "," and ".", words across
//! apostrophes), well-formed digit groups, and numbers in words ("two hundred and fifty").

use crate::text::lexicon::numbers::{cardinal, SCALES};
use crate::text::tokens::{self, Kind, Token};

/// The shared tokens, with digits joined across inner "," and "." when a digit follows, so
/// "71,000" and "12.5" are one number while a sentence-ending "145." is not; and letters
/// joined across inner apostrophes, so "people's" and "o'clock" are one word.
pub(super) fn tokenize(chars: &[char]) -> Vec<Token> {
    let numbers = tokens::join(
        &tokens::tokenize(chars),
        |t| t.kind == Kind::Number,
        |_, t| tokens::number_continues(chars, &[',', '.'], t),
    );
    tokens::join(
        &numbers,
        |t| t.kind == Kind::Word,
        |_, t| tokens::apostrophe_word_continues(chars, t),
    )
}

/// The value of a digit token, or None when it is not a well-formed number: thousands groups
/// must have three digits and there is at most one decimal point, which rules out versions
/// ("1.2.3") and European decimals ("1,5") that would be misread.
pub(super) fn parse_digits(raw: &[char]) -> Option<f64> {
    let text: String = raw.iter().collect();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text.as_str(), ""),
    };
    if fraction.contains(['.', ',']) {
        return None;
    }
    let mut groups = whole.split(',');
    let lead = groups.next().unwrap_or_default();
    let grouped = whole.contains(',');
    if (grouped && lead.len() > 3) || groups.any(|group| group.len() != 3) {
        return None;
    }
    let plain = format!("{}.{}0", whole.replace(',', ""), fraction);
    plain.parse::<f64>().ok().filter(|value| value.is_finite())
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Piece {
    /// zero to nineteen
    Small(u32),
    /// twenty, thirty, ... ninety
    Tens(u32),
    Hundred,
    Dozen,
    /// thousand, million, billion, trillion
    Scale(f64),
    /// the "and" of "two hundred and fifty"
    And,
}

pub(super) fn piece(word: &str) -> Option<Piece> {
    if let Some(n) = cardinal(word) {
        return Some(if n < 20 {
            Piece::Small(n)
        } else {
            Piece::Tens(n)
        });
    }
    match word {
        "hundred" => Some(Piece::Hundred),
        "dozen" => Some(Piece::Dozen),
        "and" => Some(Piece::And),
        _ => scale_of(SCALES, word).map(Piece::Scale),
    }
}

/// The factor of a scale word in `table`.
pub(super) fn scale_of(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, f)| f)
}

/// Running value of a number written in words.
#[derive(Debug, Default)]
pub(super) struct WordNumber {
    pub(super) total: f64,
    current: f64,
    pub(super) last: Option<Piece>,
}

impl WordNumber {
    /// After "a" ("a dozen", "a million"): one, which must be multiplied by what follows.
    pub(super) fn after_article() -> Self {
        WordNumber {
            total: 0.0,
            current: 1.0,
            last: Some(Piece::Small(1)),
        }
    }

    /// Which piece may follow which: "twenty-five" and "two hundred and five" read on,
    /// "five six" and "twenty thirty" stop after the first word.
    pub(super) fn accepts(&self, next: Piece) -> bool {
        use Piece::*;
        match (self.last, next) {
            (None, Small(_) | Tens(_)) => true,
            (Some(Small(_)), Hundred | Dozen | Scale(_)) => true,
            (Some(Tens(_)), Small(n)) => (1..=9).contains(&n),
            (Some(Tens(_)), Scale(_)) => true,
            (Some(Hundred), Small(_) | Tens(_) | Scale(_) | And) => true,
            (Some(Scale(_)), Small(_) | Tens(_) | And) => true,
            (Some(And), Small(_) | Tens(_)) => true,
            _ => false,
        }
    }

    pub(super) fn add(&mut self, piece: Piece) {
        match piece {
            Piece::Small(n) | Piece::Tens(n) => self.current += f64::from(n),
            Piece::Hundred => self.current *= 100.0,
            Piece::Dozen => self.current *= 12.0,
            Piece::Scale(factor) => {
                self.total += self.current * factor;
                self.current = 0.0;
            }
            Piece::And => {}
        }
        self.last = Some(piece);
    }

    pub(super) fn value(&self) -> f64 {
        self.total + self.current
    }
}
