//! Figures: the quantities a news text states ("145 people", "nearly 150", "$3 billion",
//! "no casualties"), each with its qualifier, unit and currency, so that the same count
//! reported differently by two sources can be noticed.
//!
//! The text is cut into tokens (runs of letters, runs of digits, single symbols) that keep their
//! char offsets and what separated them from the token before. That separation carries much of
//! the meaning: "G7", "COVID-19", "10:30", "46th" and "$490M" differ from ordinary figures only
//! in what is glued to the digits. A figure is then read token by token: qualifier, currency,
//! number, scale, unit. Everything is general English; nothing here knows a particular story.
//!
//! `numbers` reads tokens and numbers, `scanner` a figure and zero counts, `amounts` the
//! qualifier, currency, number and scale, `measures` the unit and the final checks, `units`
//! normalises units, `counted` gives a figure its measure (what happened to those counted, or
//! the unit), `agreement` says whether two figures of one measure can both hold, and `words`
//! holds this reader's word lists.

use crate::text::tokens::Token;
use serde::{Deserialize, Serialize};

mod agreement;
mod amounts;
mod counted;
mod measures;
mod numbers;
mod scanner;
mod units;
mod words;

pub(crate) use agreement::{agreement, Agreement};
pub(crate) use counted::is_outcome;
use scanner::Form;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// Char offset (Unicode scalar values) of the first char of the span.
    pub start: usize,
    /// Char offset one past the last char of the span. The span covers qualifier, currency,
    /// number, scale word and unit noun when present ("nearly 150 people", "$3 billion").
    pub end: usize,
    /// Exactly the chars `start..end` of the text.
    pub text: String,
    /// The quantity: 145.0, 3e9 for "$3 billion", 0.0 for "no casualties".
    pub value: f64,
    /// Normalised qualifier: "about", "nearly", "at least", "more than", "less than", "up to";
    /// None for an exact figure.
    #[serde(deserialize_with = "crate::analyse::cache::interned_option")]
    pub qualifier: Option<crate::analyse::cache::StaticText>,
    /// What is counted or measured, as a lowercase plural head noun ("people", "years",
    /// "percent", "dollars") or the participle that follows a count ("killed").
    pub unit: Option<String>,
    /// ISO code of the currency ("USD", "EUR", "GBP", "RUB", ...) when the figure is money.
    #[serde(deserialize_with = "crate::analyse::cache::interned_option")]
    pub currency: Option<crate::analyse::cache::StaticText>,
    /// What the figure counts, comparable across sources: "killed", "wounded", "missing",
    /// "arrested", "displaced", "casualties" (from the noun or verb beside it), "killed
    /// soldiers" for a group, else the unit ("tons", "dollars USD"). None for a count of people
    /// with no word saying what happened to them, and for a bare number.
    pub measure: Option<String>,
}

/// Finds the quantities in `text` (cleaned news text), in order, non-overlapping.
pub(crate) fn find_figures(text: &str) -> Vec<Figure> {
    let chars: Vec<char> = text.chars().collect();
    let scanner = Scanner::new(&chars);
    let mut figures = Vec::new();
    let mut i = 0;
    while i < scanner.tokens.len() {
        match scanner.figure_at(i) {
            Some(draft) => {
                i = draft.last + 1;
                figures.push(scanner.finish(draft));
            }
            None => i += 1,
        }
    }
    figures
}

/// Equality up to floating-point noise: "1.7 million" and "1,700,000" are the same figure.
/// An unbounded end equals only another.
fn same_value(a: f64, b: f64) -> bool {
    a == b
        || (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0) && a.is_finite() && b.is_finite()
}

// The data the files of this module share, defined here so that each of them (a child of this
// module) reads the fields, which stay private to the module.

/// A currency: its ISO code, and the unit its amounts count ("dollars").
#[derive(Debug, Clone, Copy)]
struct Currency {
    code: &'static str,
    unit: &'static str,
}

/// A figure being assembled, by token index.
#[derive(Debug)]
struct Draft {
    first: usize,
    last: usize,
    value: f64,
    qualifier: Option<&'static str>,
    unit: Option<String>,
    currency: Option<&'static str>,
}

/// Currency, number and scale: "$3 billion", "71,000", "twenty-five", "half a million".
#[derive(Debug)]
struct Amount {
    first: usize,
    last: usize,
    value: f64,
    currency: Option<Currency>,
    form: Form,
}

/// What follows an amount: its unit, by token index of the last word used.
#[derive(Debug, Default)]
struct Measure {
    last: usize,
    unit: Option<String>,
    currency: Option<&'static str>,
    /// Money or percent: never a year, whatever the number.
    money_or_percent: bool,
    /// The unit was written as a plural or a participle, as counts are.
    plural: bool,
}

/// A unit noun found after a number, by token index.
struct UnitWord {
    unit: String,
    last: usize,
    plural: bool,
}

struct Scanner<'a> {
    chars: &'a [char],
    tokens: Vec<Token>,
    /// Each word token lowercased, one after another (`None` for other tokens): a figure is
    /// read by trying many word lists at each token, so each word is lowercased once.
    lowered: String,
    lowered_at: Vec<Option<(usize, usize)>>,
}

#[cfg(test)]
mod tests;
