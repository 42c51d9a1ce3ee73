//! What follows an amount: percent, currency or a unit noun; and the final checks that a
//! four-digit number is a year, or "one" a pronoun.

use super::numbers::{piece, scale_of};
use super::same_value;
use super::scanner::Form;
use super::units::{is_ordinal, is_participle, looks_plural, normalise_unit};
use super::words::{
    CURRENCY_CODES, CURRENCY_WORDS, GBP, NOT_UNITS, ONE_PRONOUN_WORDS, QUANTITY_ADJECTIVES,
    YEAR_WORDS,
};
use super::{Amount, Currency, Measure, Scanner, UnitWord};
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::numbers::{SCALES, SCALE_ABBREVIATIONS, VAGUE_NUMBERS};
use crate::text::tokens::{Gap, Kind};

impl Scanner<'_> {
    /// The unit after an amount, or None when what follows makes it no figure at all ("two
    /// thirds", "twenty-first").
    pub(super) fn measure(&self, amount: &Amount) -> Option<Measure> {
        if let Some(currency) = amount.currency {
            return Some(self.money(amount.last, currency));
        }
        if let Some((last, unit)) = self.percent_after(amount.last) {
            return Some(Measure {
                last,
                unit: Some(unit.to_string()),
                money_or_percent: true,
                ..Measure::default()
            });
        }
        if let Some((currency, last)) = self.currency_after(amount.last) {
            return Some(Measure {
                last,
                unit: Some(currency.unit.to_string()),
                currency: Some(currency.code),
                money_or_percent: true,
                plural: true,
            });
        }
        let Some(start) = self.unit_start(amount.last) else {
            return Some(Measure {
                last: amount.last,
                ..Measure::default()
            });
        };
        if self.word(start).is_some_and(is_ordinal) {
            return None;
        }
        Some(
            match self.noun_unit(start, !same_value(amount.value, 1.0)) {
                Some(noun) => Measure {
                    last: noun.last,
                    unit: Some(noun.unit),
                    plural: noun.plural,
                    ..Measure::default()
                },
                None => Measure {
                    last: amount.last,
                    ..Measure::default()
                },
            },
        )
    }

    /// Money with a currency sign: the unit comes from the sign ("$5 million deal" counts
    /// dollars, not deals); a repeated currency name ("$5 million USD") joins the span.
    pub(super) fn money(&self, last: usize, currency: Currency) -> Measure {
        let repeated = self
            .currency_after(last)
            .filter(|(named, _)| named.code == currency.code);
        Measure {
            last: repeated.map_or(last, |(_, end)| end),
            unit: Some(currency.unit.to_string()),
            currency: Some(currency.code),
            money_or_percent: true,
            plural: true,
        }
    }

    /// Where a unit word would start after `last`: the next word after a space, or after a
    /// glued hyphen ("5-year", and scraped "52- percent").
    fn unit_start(&self, last: usize) -> Option<usize> {
        let next = last + 1;
        if self.kind(next) == Some(Kind::Word) && self.gap(next) == Some(Gap::Space) {
            return Some(next);
        }
        let hyphen = self.symbol(next) == Some('-') && self.is_glued(next);
        let word = next + 1;
        (hyphen && self.kind(word) == Some(Kind::Word) && self.gap(word) != Some(Gap::Line))
            .then_some(word)
    }

    /// "%", "percent", "per cent", "percentage points".
    fn percent_after(&self, last: usize) -> Option<(usize, &'static str)> {
        let next = last + 1;
        if self.symbol(next) == Some('%') && self.gap(next) != Some(Gap::Line) {
            return Some((next, "percent"));
        }
        let start = self.unit_start(last)?;
        let following = self.spaced_word(start + 1);
        match (self.word(start)?, following) {
            ("percent" | "pct", _) => Some((start, "percent")),
            ("per", Some("cent")) => Some((start + 1, "percent")),
            ("percentage", Some("point" | "points")) => Some((start + 1, "percentage points")),
            _ => None,
        }
    }

    /// A currency after the number: a sign ("500 ₽", "5€"), an ISO code ("5 million USD") or a
    /// name ("3 billion dollars", "5 pounds sterling"), with the last token it uses.
    fn currency_after(&self, last: usize) -> Option<(Currency, usize)> {
        let next = last + 1;
        if let Some(currency) = self.sign_currency(next) {
            // "5 $6" is two amounts, the sign belonging to the second.
            let owns_sign = matches!(self.gap(next), Some(Gap::Glued | Gap::Space))
                && !(self.is_glued(next + 1) && self.kind(next + 1) == Some(Kind::Number));
            return owns_sign.then_some((currency, next));
        }
        let start = self.unit_start(last)?;
        let text = self.text(start);
        if let Some((_, currency)) = CURRENCY_CODES.iter().find(|(code, _)| *code == text) {
            return Some((*currency, start));
        }
        let word = text.to_lowercase();
        if matches!(word.as_str(), "pound" | "pounds")
            && self.spaced_word(start + 1) == Some("sterling")
        {
            return Some((GBP, start + 1));
        }
        CURRENCY_WORDS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, currency)| (*currency, start))
    }

    /// A lowercase word that can be what a number counts: not a function word, number, scale
    /// or vague plural, and not capitalised (names and months are not units).
    fn noun_like(&self, i: usize) -> bool {
        let Some(word) = self.word(i) else {
            return false;
        };
        word.chars().count() >= 2
            && !self.raw(i).iter().any(|c| c.is_uppercase())
            && !is_stop_word(word)
            && !NOT_UNITS.contains(&word)
            && !VAGUE_NUMBERS.contains(&word)
            && piece(word).is_none()
            && scale_of(SCALES, word).is_none()
            && scale_of(SCALE_ABBREVIATIONS, word).is_none()
    }

    /// The unit noun at `start`, looking past one quantity adjective ("145 dead people",
    /// "5 new cases"). An adjective alone is a unit only if it is a participle ("145 dead").
    /// `plural_count` allows a noun modifier before the head ("30 crew members"); after one,
    /// a following "-s" word is more likely a verb ("one person dies").
    fn noun_unit(&self, start: usize, plural_count: bool) -> Option<UnitWord> {
        let word = self.word(start)?;
        let noun = if QUANTITY_ADJECTIVES.contains(&word)
            && self.gap(start + 1) == Some(Gap::Space)
            && self.noun_like(start + 1)
        {
            start + 1
        } else if self.noun_like(start)
            && (!QUANTITY_ADJECTIVES.contains(&word) || is_participle(word))
        {
            start
        } else {
            return None;
        };
        // "5-year sentences": a hyphenated unit is itself the modifier, its number included.
        let hyphenated = start
            .checked_sub(1)
            .is_some_and(|p| self.symbol(p) == Some('-'));
        let head = if plural_count && !hyphenated && self.is_modifier_of_next(noun) {
            noun + 1
        } else {
            noun
        };
        let head_word = self.word(head)?;
        Some(UnitWord {
            unit: normalise_unit(head_word),
            last: head,
            plural: looks_plural(head_word),
        })
    }

    /// Whether a spaced plural noun stands at `i` ("people", "tonnes"), as after a count.
    pub(super) fn plural_noun_at(&self, i: usize) -> bool {
        self.gap(i) == Some(Gap::Space)
            && self.noun_like(i)
            && self.word(i).is_some_and(looks_plural)
    }

    /// Whether the noun at `i` modifies a plural noun after it ("crew members", "key areas",
    /// "police officers"): it has no plural "-s" itself and is no participle, and the next
    /// word is a plural noun that is no participle either ("people killed" keeps "people").
    fn is_modifier_of_next(&self, i: usize) -> bool {
        let (Some(word), Some(next)) = (self.word(i), self.spaced_word(i + 1)) else {
            return false;
        };
        !word.ends_with('s')
            && !is_participle(word)
            && self.plural_noun_at(i + 1)
            && next.ends_with('s')
            && !is_participle(next)
    }

    // --- final checks ---

    /// A four-digit number from 1000 to 2100 is a year unless it is money, a percentage,
    /// scaled, or counts a plural noun without a year word before it ("2000 people marched"
    /// is a count, "in 2003 troops arrived" and "the 2024 elections" are years).
    pub(super) fn is_year(&self, amount: &Amount, measure: &Measure) -> bool {
        let Form::Digits {
            year_like: true,
            scaled: false,
        } = amount.form
        else {
            return false;
        };
        if measure.money_or_percent {
            return false;
        }
        let year_word_before = amount
            .first
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, YEAR_WORDS));
        !measure.plural || year_word_before
    }

    /// "one" is a count only when a counted noun follows ("one person"); otherwise it is a
    /// pronoun or determiner ("one of the", "no one knows", "one key area").
    pub(super) fn is_pronoun_one(&self, amount: &Amount, measure: &Measure) -> bool {
        let Form::Words { lone_one: true } = amount.form else {
            return false;
        };
        let pronoun_word_before = amount
            .first
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, ONE_PRONOUN_WORDS));
        // A singular noun after the first ("one key area") means the first was a modifier;
        // an "-s" word or a participle after it is the verb ("one person dies", "one killed").
        let next = measure.last + 1;
        let second_noun = self.gap(next) == Some(Gap::Space)
            && self.noun_like(next)
            && self
                .word(next)
                .is_some_and(|w| !w.ends_with('s') && !is_participle(w));
        measure.unit.is_none() || pronoun_word_before || second_noun
    }
}
