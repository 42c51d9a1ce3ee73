//! Tokens with their sentence and paragraph, and the small readers every rule uses: a month,
//! a weekday, a day, a year, a count, a unit; and what the words around a token say.

use super::words::{TIME_MODIFIERS, UNITS};
use super::{Scan, Token};
use crate::text::abbreviations::{self, Use};
use crate::text::lexicon::calendar::{
    is_full_month_name, is_weekday, month_number, HOLIDAY_WORDS, WEEKDAYS,
};
use crate::text::lexicon::grammar::PLURALS_WITHOUT_S;
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::numbers::cardinal;
use crate::text::tokens::{self, Kind};

impl Token {
    pub(super) fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The letters after a number's digits, lowercase ("th" of "17th", "s" of "1990s"); empty
    /// for words and marks. Number tokens are ASCII (see `number_end`).
    pub(super) fn suffix(&self) -> &str {
        if self.kind != Kind::Number {
            return "";
        }
        self.lower
            .trim_start_matches(|c: char| c.is_ascii_digit() || ",./:".contains(c))
    }

    /// The digits of a number without separators, before any suffix ("17" of "17th").
    pub(super) fn digits(&self) -> Option<&str> {
        if self.kind != Kind::Number {
            return None;
        }
        let digits = &self.lower[..self.lower.len() - self.suffix().len()];
        digits.bytes().all(|b| b.is_ascii_digit()).then_some(digits)
    }
}

/// Words, numbers and single punctuation marks, from the shared tokenizer. A number keeps its
/// inner separators when a digit follows ("2,000", "1.7", "17.04.2025", "04/17/2025", "10:30")
/// and an ordinal or plural suffix ("17th", "1990s"); letters and digits split ("in2022" →
/// "in", "2022"), as do hyphens ("mid-2024"). Each token gets its sentence and paragraph.
pub(super) fn tokenize(chars: &[char]) -> Vec<Token> {
    let is_number = |t: &tokens::Token| t.kind == Kind::Number;
    let numbers = tokens::join(&tokens::tokenize(chars), is_number, |_, t| {
        tokens::number_continues(chars, NUMBER_SEPARATORS, t)
    });
    let units = tokens::join(&numbers, is_number, |_, t| is_number_suffix(chars, t));
    let mut tokens: Vec<Token> = Vec::with_capacity(units.len());
    let (mut sentence, mut paragraph) = (0, 0);
    for unit in units {
        let spaced = !unit.is_glued();
        if !tokens.is_empty() {
            if unit.newlines >= 2 {
                paragraph += 1;
                sentence += 1;
            } else if unit.newlines == 1 || (spaced && closes_sentence(&tokens, chars[unit.start]))
            {
                sentence += 1;
            }
        }
        let text = unit.text(chars);
        tokens.push(Token {
            kind: unit.kind,
            start: unit.start,
            end: unit.end,
            lower: text.to_lowercase(),
            text,
            spaced,
            sentence,
            paragraph,
        });
    }
    tokens
}

/// Separators kept inside a number when a digit follows: thousands, decimals, dates, times.
const NUMBER_SEPARATORS: &[char] = &[',', '.', '/', ':'];

/// An ordinal or plural suffix glued to a number's digits ("17th", "1990s"): ASCII letters
/// that end the word.
fn is_number_suffix(chars: &[char], token: &tokens::Token) -> bool {
    let letters = token.chars(chars);
    token.kind == Kind::Word
        && letters.iter().all(char::is_ascii)
        && matches!(
            letters
                .iter()
                .collect::<String>()
                .to_ascii_lowercase()
                .as_str(),
            "st" | "nd" | "rd" | "th" | "s"
        )
}

/// Whether a token starting with `next`, after whitespace, opens a new sentence: the tokens so
/// far end with a terminator (maybe inside closing quotes) that is not an abbreviation's period.
fn closes_sentence(tokens: &[Token], next: char) -> bool {
    // Look through at most two closing marks ('."', '.")'): enough for prose, linear on junk.
    let mut k = tokens.len();
    while k > 0
        && tokens.len() - k < 2
        && matches!(tokens[k - 1].text.as_str(), "\"" | "”" | "’" | "'" | ")")
    {
        k -= 1;
    }
    let Some(terminator) = k.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    if !matches!(terminator.text.as_str(), "." | "!" | "?" | "…") {
        return false;
    }
    let opens = next.is_uppercase() || next.is_ascii_digit() || "\"“‘'(".contains(next);
    let after_abbreviation =
        terminator.text == "." && !terminator.spaced && k >= 2 && is_abbreviation(&tokens[k - 2]);
    opens && !after_abbreviation
}

fn is_abbreviation(word: &Token) -> bool {
    word.kind == Kind::Word
        && (word.text.chars().count() == 1
            // "Dr. Roe", "Gov. Lee", "Acme Inc. said"; "etc." may well end a sentence.
            || abbreviations::lookup(&word.text).is_some_and(|u| u != Use::ListEnd)
            || (month_number(&word.text).is_some() && !is_full_month_name(&word.text)))
}

impl Scan<'_> {
    pub(super) fn get(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// The lowercase text of the word at `i`.
    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_str())
    }

    pub(super) fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    pub(super) fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.get(i)
            .is_some_and(|t| t.kind == Kind::Mark && marks.contains(&t.text.as_str()))
    }

    /// Whether tokens `i` and `j` are in the same sentence.
    pub(super) fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.get(i), self.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// The token before `i` in the same sentence.
    pub(super) fn before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&k| self.same_sentence(k, i))
    }

    /// The lowercase word before `i` in the same sentence, looking through a hyphen glued on
    /// both sides ("mid-2024" → "mid") and a possessive ("China's 2012 budget" → "s").
    pub(super) fn cue_before(&self, i: usize) -> Option<&str> {
        let k = self.before(i)?;
        if self.is_punct(k, &["-", "–"]) && !self.tokens[i].spaced && !self.tokens[k].spaced {
            return self.before(k).and_then(|k| self.word(k));
        }
        self.word(k)
    }
}

/// A month name at `i` ("April", "Apr.", "Sept"): its number, the token after it, and whether
/// it is spelt out in full.
pub(super) fn month_at(scan: &Scan, i: usize) -> Option<(u8, usize, bool)> {
    let t = scan
        .get(i)
        .filter(|t| t.kind == Kind::Word && t.is_capitalised())?;
    let month = month_number(&t.text)?;
    let full = is_full_month_name(&t.text);
    let dotted = !full && scan.is_punct(i + 1, &["."]) && !scan.tokens[i + 1].spaced;
    Some((month, i + 1 + usize::from(dotted), full))
}

/// A weekday spelt out in full at `i` ("Thursday"): 0 for Monday.
pub(super) fn weekday_at(scan: &Scan, i: usize) -> Option<u8> {
    let t = scan
        .get(i)
        .filter(|t| t.kind == Kind::Word && t.is_capitalised())?;
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(&t.text))
        .map(|p| p as u8)
}

/// A weekday before a full date ("Thursday, April 17", "Thu 17 April"): abbreviations are safe
/// there because the date follows. Returns the weekday and where the date starts.
pub(super) fn leading_weekday(scan: &Scan, i: usize) -> (Option<u8>, usize) {
    let Some(t) = scan
        .get(i)
        .filter(|t| t.kind == Kind::Word && t.is_capitalised() && is_weekday(&t.text))
    else {
        return (None, i);
    };
    let weekday = WEEKDAYS
        .iter()
        .position(|d| d[..3].eq_ignore_ascii_case(&t.text[..3]))
        .map(|p| p as u8);
    let mut j = i + 1;
    if scan.is_punct(j, &["."]) && !scan.tokens[j].spaced {
        j += 1;
    }
    if scan.is_punct(j, &[","]) {
        j += 1;
    }
    (weekday, j)
}

/// A day of the month at `i` ("17", "17th"); a range "17-18" counts as its first day.
/// Returns the day and the token after it.
pub(super) fn day_at(scan: &Scan, i: usize) -> Option<(u8, usize)> {
    let t = scan.get(i)?;
    let digits = t.digits().filter(|d| d.len() <= 2)?;
    if !matches!(t.suffix(), "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let day: u8 = digits.parse().ok().filter(|d| (1..=31).contains(d))?;
    let range = scan.is_punct(i + 1, &["-", "–"])
        && scan.get(i + 2).is_some_and(|t| !t.spaced)
        && scan
            .get(i + 2)
            .and_then(Token::digits)
            .is_some_and(|d| d.len() <= 2);
    Some((day, if range { i + 3 } else { i + 1 }))
}

/// A four-digit number 1000–2100 with nothing glued to it: a possible year.
pub(super) fn four_digit_year(scan: &Scan, i: usize) -> Option<i32> {
    let t = scan.get(i)?;
    let digits = t
        .digits()
        .filter(|d| d.len() == 4 && t.suffix().is_empty())?;
    let year: i32 = digits.parse().ok().filter(|y| (1000..=2100).contains(y))?;
    let glued_after = scan
        .get(i + 1)
        .is_some_and(|n| !n.spaced && n.kind == Kind::Word);
    (!glued_after).then_some(year)
}

/// The year after a month or season ("March 2024", "summer of 2019"): any four-digit year that
/// is not a count ("in May, 2000 people").
pub(super) fn stated_year(scan: &Scan, i: usize) -> Option<i32> {
    four_digit_year(scan, i).filter(|_| !followed_by_count_noun(scan, i))
}

/// A small count at `i`: digits or a number word ("six", "a").
pub(super) fn count_at(scan: &Scan, i: usize) -> Option<i64> {
    let t = scan.get(i)?;
    if let Some(digits) = t.digits().filter(|d| d.len() <= 3 && t.suffix().is_empty()) {
        return digits.parse().ok();
    }
    match scan.word(i)? {
        "a" | "an" => Some(1),
        word => cardinal(word).filter(|&n| n > 0).map(i64::from),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

pub(super) fn unit_at(scan: &Scan, i: usize) -> Option<Unit> {
    Some(match scan.word(i)? {
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" => Unit::Year,
        _ => return None,
    })
}

/// Whether the token after `i` shows that the number at `i` counts something: a percent sign,
/// a unit, or a lowercase plural noun ("2003 people").
pub(super) fn followed_by_count_noun(scan: &Scan, i: usize) -> bool {
    if scan.is_punct(i + 1, &["%"]) {
        return true;
    }
    let Some(next) = scan.get(i + 1).filter(|t| t.kind == Kind::Word) else {
        return false;
    };
    let word = next.lower.as_str();
    UNITS.contains(&word)
        || PLURALS_WITHOUT_S.contains(&word)
        || (!next.is_capitalised() && looks_plural(word))
}

fn looks_plural(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| word.ends_with(end))
}

/// Whether the word at `i` is part of a name ("USA Today", "Good Friday", "White House
/// Thursday"): a holiday word before it, or a capitalised word that is neither a function word,
/// a time modifier ("Late Monday") nor just the capitalised first word of the sentence.
pub(super) fn follows_name(scan: &Scan, i: usize) -> bool {
    let Some(k) = scan.before(i) else {
        return false;
    };
    let prev = &scan.tokens[k];
    if prev.kind != Kind::Word || !prev.is_capitalised() {
        return false;
    }
    let word = prev.lower.as_str();
    if HOLIDAY_WORDS.contains(&word) {
        return true;
    }
    if is_stop_word(word) || TIME_MODIFIERS.contains(&word) {
        return false;
    }
    let acronym = prev.text.chars().count() > 1 && prev.text.chars().all(char::is_uppercase);
    scan.before(k).is_some() || acronym
}

/// Whether only punctuation (an opening quote) comes before token `i` in its sentence.
pub(super) fn starts_sentence(scan: &Scan, i: usize) -> bool {
    let mut k = i;
    while let Some(prev) = scan.before(k) {
        if scan.tokens[prev].kind != Kind::Mark {
            return false;
        }
        k = prev;
    }
    true
}
