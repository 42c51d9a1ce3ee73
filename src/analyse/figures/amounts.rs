//! Amounts: a qualifier, a currency, digits (with what must not be glued to them: names,
//! codes, dates, times, labels, list markers) or number words, and a scale.

use super::numbers::{parse_digits, piece, scale_of, Piece, WordNumber};
use super::scanner::Form;
use super::words::{
    CAPITALISED_LABELS, CURRENCY_CODES, CURRENCY_SIGNS, DOLLAR_PREFIXES, LABELS,
    MONEY_SCALE_LETTERS,
};
use super::{Amount, Currency, Draft, Scanner};
use crate::text::abbreviations::{self, Use};
use crate::text::lexicon::calendar::month_number;
use crate::text::lexicon::numbers::{QUALIFIERS, SCALES, SCALE_ABBREVIATIONS};
use crate::text::tokens::{Gap, Kind};

impl Scanner<'_> {
    /// Qualifier, amount and measure, or None when the tokens at `i` do not start a figure.
    pub(super) fn quantity(&self, i: usize) -> Option<Draft> {
        let (qualifier, at) = match self.qualifier(i) {
            Some((qualifier, next)) => (Some(qualifier), next),
            None => (None, i),
        };
        let amount = self.amount(at)?;
        let measure = self.measure(&amount)?;
        // "more than 2000", "nearly 2000" count things; "about 2000", "over 2000" may be years.
        let counting = qualifier.is_some_and(|q| at - i > 1 || q == "nearly");
        if (!counting && self.is_year(&amount, &measure)) || self.is_pronoun_one(&amount, &measure)
        {
            return None;
        }
        Some(Draft {
            first: i,
            last: measure.last,
            value: amount.value,
            qualifier,
            unit: measure.unit,
            currency: measure.currency,
        })
    }

    /// The qualifier starting at `i` and the index after it, when a spaced token follows.
    pub(super) fn qualifier(&self, i: usize) -> Option<(&'static str, usize)> {
        QUALIFIERS.iter().find_map(|(words, normal)| {
            let matched = words.iter().enumerate().all(|(n, word)| {
                let spaced = n == 0 || self.gap(i + n) == Some(Gap::Space);
                spaced && self.word(i + n) == Some(*word)
            });
            let next = i + words.len();
            (matched && self.gap(next) == Some(Gap::Space)).then_some((*normal, next))
        })
    }

    pub(super) fn amount(&self, at: usize) -> Option<Amount> {
        if let Some((currency, number)) = self.currency_prefix(at) {
            return self.digit_amount(at, number, Some(currency));
        }
        if self.kind(at) == Some(Kind::Number) {
            return self.digit_amount(at, at, None);
        }
        self.word_amount(at)
    }

    /// A currency before the number ("$5", "US$5", "€ 5", "USD 5") and the number's index.
    fn currency_prefix(&self, at: usize) -> Option<(Currency, usize)> {
        let number_after = |i: usize, currency: Currency| {
            let separated = matches!(self.gap(i), Some(Gap::Glued | Gap::Space));
            (self.kind(i) == Some(Kind::Number) && separated).then_some((currency, i))
        };
        if self.kind(at) == Some(Kind::Word) {
            let raw = self.raw(at);
            let lookup = |table: &[(&str, Currency)]| {
                table
                    .iter()
                    .find(|(w, _)| w.chars().eq(raw.iter().copied()))
                    .map(|(_, c)| *c)
            };
            if let Some(currency) = lookup(DOLLAR_PREFIXES) {
                if self.symbol(at + 1) == Some('$') && self.is_glued(at + 1) {
                    return number_after(at + 2, currency);
                }
            }
            let currency = lookup(CURRENCY_CODES)?;
            return (self.gap(at + 1) == Some(Gap::Space))
                .then(|| number_after(at + 1, currency))
                .flatten();
        }
        // A sign glued to letters ("X$5") belongs to something we do not know.
        let after_word =
            self.is_glued(at) && at.checked_sub(1).and_then(|p| self.kind(p)) == Some(Kind::Word);
        let currency = self.sign_currency(at).filter(|_| !after_word)?;
        number_after(at + 1, currency)
    }

    pub(super) fn sign_currency(&self, i: usize) -> Option<Currency> {
        let sign = self.symbol(i)?;
        CURRENCY_SIGNS
            .iter()
            .find(|(c, _)| *c == sign)
            .map(|(_, currency)| *currency)
    }

    /// A number in digits at `k`, with its scale; `first` is where the amount starts (the
    /// currency when there is one).
    fn digit_amount(&self, first: usize, k: usize, currency: Option<Currency>) -> Option<Amount> {
        let value = parse_digits(self.raw(k))?;
        if !self.digits_stand_alone(k) {
            return None;
        }
        let (factor, last) = self.scale_after(k, currency.is_some())?;
        let value = Some(value * factor).filter(|v| v.is_finite())?;
        Some(Amount {
            first,
            last,
            value,
            currency,
            form: Form::Digits {
                year_like: self.is_year_like(k),
                scaled: last != k,
            },
        })
    }

    /// The scale after digits at `k` and the last token it uses; `(1.0, k)` when there is
    /// none, None when letters glued to the digits make them something else ("46th", "5km").
    fn scale_after(&self, k: usize, money: bool) -> Option<(f64, usize)> {
        let next = k + 1;
        let Some(word) = self.word(next) else {
            return Some((1.0, k));
        };
        let lookup = |table: &[(&str, f64)]| scale_of(table, word);
        let scale_word = || lookup(SCALES).or_else(|| lookup(SCALE_ABBREVIATIONS));
        match self.gap(next) {
            Some(Gap::Glued) => {
                let letter = if money || self.plural_noun_at(next + 1) {
                    lookup(MONEY_SCALE_LETTERS)
                } else {
                    None
                };
                letter.or_else(scale_word).map(|factor| (factor, next))
            }
            Some(Gap::Space) => Some(scale_word().map_or((1.0, k), |factor| (factor, next))),
            _ => Some((1.0, k)),
        }
    }

    fn is_year_like(&self, k: usize) -> bool {
        let raw = self.raw(k);
        raw.len() == 4
            && raw.iter().all(char::is_ascii_digit)
            && parse_digits(raw).is_some_and(|v| (1000.0..=2100.0).contains(&v))
    }

    /// Whether the digits at `k` are a quantity rather than part of a name, code, date, time,
    /// label or list marker.
    fn digits_stand_alone(&self, k: usize) -> bool {
        !(self.glued_before(k)
            || self.glued_after(k)
            || self.is_label(k)
            || self.is_date(k)
            || self.is_time(k)
            || self.is_list_marker(k))
    }

    /// Letters or separators glued before the digits: "in2022", "G7", "COVID-19", "2020-21",
    /// "10:30", "9/11", ".5", "#5".
    fn glued_before(&self, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1).filter(|_| self.is_glued(k)) else {
            return false;
        };
        if self.kind(prev) == Some(Kind::Word) {
            return true;
        }
        match self.symbol(prev) {
            // A dash after letters joins a name ("F-16"); after a year it continues it
            // ("2020-21"); after other digits it is a range, and both ends are figures.
            Some('-' | '‐' | '–') => {
                let Some(before) = prev.checked_sub(1).filter(|_| self.is_glued(prev)) else {
                    return false;
                };
                self.kind(before) == Some(Kind::Word) || self.is_year_like(before)
            }
            Some(c) => matches!(c, '.' | ',' | '/' | ':' | '#' | '§' | '№'),
            None => false,
        }
    }

    /// Separators glued after the digits that continue them: "10:30", "24/7", "1990's".
    fn glued_after(&self, k: usize) -> bool {
        let next = k + 1;
        if !self.is_glued(next) || !self.is_glued(next + 1) {
            return false;
        }
        match self.symbol(next) {
            Some(':' | '/') => self.kind(next + 1) == Some(Kind::Number),
            Some('\'' | '’') => self.kind(next + 1) == Some(Kind::Word),
            _ => false,
        }
    }

    /// Label before the number: "Article 205", "No. 5", "Flight 17", "#5", "§ 3".
    fn is_label(&self, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        if matches!(self.symbol(prev), Some('#' | '§' | '№')) {
            return true;
        }
        if self.word_in(prev, LABELS)
            || (self.kind(prev) == Some(Kind::Word)
                && CAPITALISED_LABELS.contains(&self.text(prev).as_str()))
        {
            return true;
        }
        self.symbol(prev) == Some('.')
            && self.is_glued(prev)
            && prev
                .checked_sub(1)
                .is_some_and(|p| self.is_label_abbreviation(p))
    }

    /// An abbreviated label, in any case, followed by a full stop ("No. 5", "Art. 12", "pp. 4").
    fn is_label_abbreviation(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            matches!(
                abbreviations::lookup_any_case(w),
                Some(Use::Reference | Use::Numero)
            )
        })
    }

    fn is_month(&self, i: usize) -> bool {
        self.is_capitalised(i) && self.word(i).is_some_and(|w| month_number(w).is_some())
    }

    /// A day or year beside a month name: "April 17", "Jan. 5", "17 April", and both ends of
    /// a range of days ("3-4 May", "May 3-4").
    fn is_date(&self, k: usize) -> bool {
        let month_before = |k: usize| {
            k.checked_sub(1).is_some_and(|p| {
                self.is_month(p)
                    || (self.symbol(p) == Some('.')
                        && p.checked_sub(1).is_some_and(|m| self.is_month(m)))
            })
        };
        let month_after = |k: usize| self.gap(k + 1) == Some(Gap::Space) && self.is_month(k + 1);
        let dash = |i: usize| self.is_glued(i) && matches!(self.symbol(i), Some('-' | '–'));
        let range_start = k
            .checked_sub(2)
            .filter(|&start| dash(start + 1) && self.is_glued(k));
        let range_end = Some(k + 2).filter(|&end| {
            dash(k + 1) && self.is_glued(end) && self.kind(end) == Some(Kind::Number)
        });
        month_before(k)
            || month_after(k)
            || range_start.is_some_and(month_before)
            || range_end.is_some_and(month_after)
    }

    /// A clock time: "10 am", "3 p.m.", "5 o'clock" ("10:30" is caught as glued).
    fn is_time(&self, k: usize) -> bool {
        let Some(word) = self.spaced_word(k + 1) else {
            return false;
        };
        let dotted = matches!(word, "a" | "p")
            && self.symbol(k + 2) == Some('.')
            && self.is_glued(k + 2)
            && self.is_glued(k + 3)
            && self.word(k + 3) == Some("m");
        dotted || matches!(word, "am" | "pm" | "o'clock" | "o’clock" | "gmt" | "utc")
    }

    /// "1." or "2)" opening a line, or "(3)" doing so.
    fn is_list_marker(&self, k: usize) -> bool {
        let closer = |i: usize| self.is_glued(i) && matches!(self.symbol(i), Some('.' | ')'));
        let ends_there = !self.is_glued(k + 2);
        let integer = self.raw(k).iter().all(char::is_ascii_digit);
        let line_start = self.gap(k) == Some(Gap::Line);
        let bracketed = self.is_glued(k)
            && k.checked_sub(1)
                .is_some_and(|p| self.symbol(p) == Some('(') && self.gap(p) == Some(Gap::Line))
            && self.symbol(k + 1) == Some(')');
        integer && closer(k + 1) && ends_there && (line_start || bracketed)
    }

    /// A number in words at `at`: "twenty-five", "two hundred and fifty", "a dozen", "half a
    /// million". Vague plurals ("dozens", "thousands") are not pieces, so they never match.
    fn word_amount(&self, at: usize) -> Option<Amount> {
        let first = self.word(at)?;
        let (half, start, mut number) = match first {
            "half" if self.spaced_word(at + 1) == Some("a") => {
                (true, at + 2, WordNumber::after_article())
            }
            "a" => (false, at + 1, WordNumber::after_article()),
            _ => (false, at, WordNumber::default()),
        };
        if start != at && self.gap(start) != Some(Gap::Space) {
            return None;
        }
        let mut pieces = 0;
        let mut read = None;
        let mut next = Some(start);
        while let Some(i) = next {
            let Some(p) = self.word(i).and_then(piece) else {
                break;
            };
            if !number.accepts(p) {
                break;
            }
            number.add(p);
            // A trailing "and" ("two hundred and counting") is not part of the number.
            if p != Piece::And {
                pieces += 1;
                read = Some((i, number.value()));
            }
            next = self.next_number_word(i);
        }
        let (last, value) = read?;
        if self.is_label(at) {
            return None;
        }
        Some(Amount {
            first: at,
            last,
            value: if half { value / 2.0 } else { value },
            currency: None,
            form: Form::Words {
                lone_one: first == "one" && pieces == 1,
            },
        })
    }

    /// The next word of a number in words: after a space, or after a hyphen with no spaces
    /// ("twenty-five").
    fn next_number_word(&self, i: usize) -> Option<usize> {
        if self.gap(i + 1) == Some(Gap::Space) {
            return Some(i + 1);
        }
        let hyphen =
            self.symbol(i + 1) == Some('-') && self.is_glued(i + 1) && self.is_glued(i + 2);
        hyphen.then_some(i + 2)
    }
}
