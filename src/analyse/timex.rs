//! Date expressions in English news text, normalised to calendar dates.
//!
//! Only expressions that name a calendar date at year, month or day precision are normalised
//! ("April 17, 2025", "in March", "last year", "Thursday", "two weeks later"). Durations,
//! times of day and sets ("every Monday") are not date expressions and are never returned.
//! Expressions that clearly name a period the [`PartialDate`] model cannot hold (a calendar
//! week such as "this week", a decade, a century, winter, an ambiguous numeric date) are
//! returned with `value: None`, so a reader of the output can see that the sentence is dated
//! without a date being invented. "now", "currently" and "the same day" are not returned.
//!
//! How it works:
//! 1. `tokenize` splits the text into words, numbers and punctuation marks with char offsets,
//!    and numbers every sentence and paragraph.
//! 2. At each token every rule of `RULES` is tried; the longest match wins (ties go to the
//!    earlier rule) and the scan continues after it. That makes the output ordered and
//!    non-overlapping by construction.
//! 3. Each match's `Meaning` is resolved: first everything that needs at most the anchor (the
//!    publication date), then, in text order, what needs other dates of the text ("that year",
//!    "two weeks later").
//!
//! Decisions:
//! - **Bare years.** A four-digit number 1000–2100 is a year only with context: a preceding
//!   temporal word ("in", "since", "by", "early", "mid-", "fiscal"…), a determiner or
//!   possessive used as a modifier ("the 2012 election", "its 2011 report"), parentheses, or
//!   a list or range of years ("2009-2010", "2003, 2007 and 2011"). A number followed by a
//!   plural noun, a unit or a percent sign is a count ("2003 people"), unless a strong temporal
//!   word precedes it ("in 2003 prices rose"). Numbers after a currency sign or "No." and
//!   numbers glued to letters ("A2022") are never years, except after a glued preposition in
//!   scraped text ("in2022").
//! - **Numeric dates.** "2025-04-17" and "2025/04/17" are year first. Otherwise a part above 12
//!   tells the day from the month; when both parts could be a month, dotted dates are read day
//!   first (the convention wherever dots are used) and slashed dates stay unresolved, because
//!   US and British news use opposite orders. Two-digit years pivot at 70 (69 → 2069, 70 → 1970).
//! - **Missing years** ("April 17", "in March") come from the anchor: the occurrence nearest to
//!   it, leaning to the past as news reports do (more than two months after the anchor means
//!   the previous year), or to the future when the clause says so ("will … in June",
//!   "until June"). A stated weekday ("Thursday, April 17") picks the year it fits.
//! - **Weekdays** mean the latest such day on or before the anchor (the anchor itself when it is
//!   that weekday), or on or after it in a future clause; "last"/"next" skip the anchor day.
//! - **A year beside it.** A month (and day) without a year takes the year of the date that ends
//!   its range ("29 September – 1 October 2006") or of a bare year right next to it ("In 1910,
//!   on October 5", "on 10 December in 1989"); "July last year" is one expression.
//! - **"That year"** and "the end of the year" take the year of the latest resolved date earlier
//!   in the same paragraph, else the anchor's year.
//! - **Anchored offsets** ("six days after April 17, 2025", "two weeks later", "the next day")
//!   count from the date they name, else from the latest date earlier in the same sentence
//!   (for "after/before …", a date later in the same clause); never across sentences. When an
//!   offset is restated by a date ("six days later, on April 23") the date wins and the offset
//!   is not returned.
//! - **Precision** is the expression's own: "last year" is a year even when the anchor is a
//!   day; an anchor without a day cannot place a weekday.

use crate::date::{civil_from_days, days_in_month, PartialDate};
use crate::text::abbreviations::{self, Use};
use crate::text::lexicon::calendar::{
    is_full_month_name, is_weekday, month_number, HOLIDAY_WORDS, SEASONS, WEEKDAYS,
};
use crate::text::lexicon::grammar::PLURALS_WITHOUT_S;
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::numbers::cardinal;
use crate::text::tokens::{self, Kind};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeExpression {
    /// Char offsets (Unicode scalar values) into the text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Exactly the chars `start..end`.
    pub text: String,
    /// `None` when it cannot be resolved (relative without anchor, or not a calendar date).
    pub value: Option<PartialDate>,
    /// Which rule produced the value, human readable.
    pub rule: &'static str,
    /// True when the value depends on the anchor date.
    pub relative: bool,
}

/// Finds the date expressions in `text` (cleaned news text; paragraphs separated by blank lines)
/// and normalises them. `anchor` is the source's publication date (any precision) or None.
pub fn find_time_expressions(text: &str, anchor: Option<PartialDate>) -> Vec<TimeExpression> {
    // The fields are public, so an anchor may be out of range; date arithmetic needs a real one.
    let anchor = anchor.and_then(|a| PartialDate::new(a.year, a.month, a.day));
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokenize(&chars);
    let scan = Scan { tokens: &tokens };
    let matches = scan_matches(&scan);
    let resolved = resolve_all(&scan, &matches, anchor);
    matches
        .iter()
        .zip(resolved)
        .map(|(m, r)| {
            let (start, end) = (tokens[m.first].start, tokens[m.end - 1].end);
            TimeExpression {
                start,
                end,
                text: chars[start..end].iter().collect(),
                value: r.value,
                rule: r.rule,
                relative: r.relative,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Word lists (general English)
// ---------------------------------------------------------------------------------------------

/// Words before a year that make a number a year even when a plural noun follows it.
#[rustfmt::skip]
const STRONG_YEAR_CUES: &[&str] = &[
    "in", "since", "during", "until", "till", "before", "after", "between", "through",
    "throughout", "year", "early", "mid", "late", "end", "spring", "summer", "autumn", "fall",
    "winter", "fiscal", "circa", "pre", "post",
];

/// Words before a year that make a number a year unless it is followed by a plural noun.
const WEAK_YEAR_CUES: &[&str] = &[
    "of", "by", "from", "to", "for", "with", "than", "as", "around", "the", "a", "an", "its",
    "his", "her", "their", "our", "this", "that", "whose", "s",
];

/// Prepositions that scraped text glues to a year ("in2022"); any other glued word makes the
/// number a code ("A2022").
const GLUED_PREPOSITIONS: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "through", "during", "before", "after", "of",
    "to",
];

/// Words before a month name that make it a month and not a name or a verb ("in May").
#[rustfmt::skip]
const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "through", "throughout", "from", "during", "before",
    "after", "of", "between", "early", "mid", "late", "around",
];

/// Units that follow a count, not a year ("1500 km").
const UNITS: &[&str] = &[
    "percent", "per", "km", "kg", "m", "cm", "mm", "ft", "mph", "kph", "mw", "gw", "kw", "gmt",
    "utc", "bst", "cet", "est", "et", "pst", "hrs", "hours", "am", "pm",
];

/// Words that open a future clause: a bare month or weekday after them points forward.
const FUTURE_WORDS: &[&str] = &["will", "shall", "ll", "upcoming", "scheduled"];

/// Reporting verbs end the clause a date belongs to ("said Friday that it will …").
const REPORTING_VERBS: &[&str] = &["said", "says", "told", "announced", "reported"];

/// Capitalised words before a weekday that do not make it a name ("Late Monday").
const TIME_MODIFIERS: &[&str] = &["early", "late", "earlier", "later", "also", "since"];

/// Words before a weekday that make it no particular day ("the Sunday before", "a Monday").
const NOT_A_PARTICULAR_DAY: &[&str] = &[
    "the", "a", "an", "first", "second", "third", "fourth", "fifth", "any", "one",
];

/// Words that open the noun phrase of "six days after the ruling".
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that",
];

/// "the end of March", "the beginning of the year".
const PERIOD_PARTS: &[&str] = &["end", "start", "beginning", "middle", "turn", "close"];

// ---------------------------------------------------------------------------------------------
// Tokens
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Token {
    kind: Kind,
    /// Char offsets, end exclusive.
    start: usize,
    end: usize,
    text: String,
    lower: String,
    /// Whitespace (or the start of the text) comes before this token.
    spaced: bool,
    sentence: usize,
    paragraph: usize,
}

impl Token {
    fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// The letters after a number's digits, lowercase ("th" of "17th", "s" of "1990s"); empty
    /// for words and marks. Number tokens are ASCII (see `number_end`).
    fn suffix(&self) -> &str {
        if self.kind != Kind::Number {
            return "";
        }
        self.lower
            .trim_start_matches(|c: char| c.is_ascii_digit() || ",./:".contains(c))
    }

    /// The digits of a number without separators, before any suffix ("17" of "17th").
    fn digits(&self) -> Option<&str> {
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
fn tokenize(chars: &[char]) -> Vec<Token> {
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

// ---------------------------------------------------------------------------------------------
// Looking at tokens
// ---------------------------------------------------------------------------------------------

struct Scan<'a> {
    tokens: &'a [Token],
}

impl Scan<'_> {
    fn get(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// The lowercase text of the word at `i`.
    fn word(&self, i: usize) -> Option<&str> {
        self.get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.lower.as_str())
    }

    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        self.get(i)
            .is_some_and(|t| t.kind == Kind::Mark && marks.contains(&t.text.as_str()))
    }

    /// Whether tokens `i` and `j` are in the same sentence.
    fn same_sentence(&self, i: usize, j: usize) -> bool {
        match (self.get(i), self.get(j)) {
            (Some(a), Some(b)) => a.sentence == b.sentence,
            _ => false,
        }
    }

    /// The token before `i` in the same sentence.
    fn before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&k| self.same_sentence(k, i))
    }

    /// The lowercase word before `i` in the same sentence, looking through a hyphen glued on
    /// both sides ("mid-2024" → "mid") and a possessive ("China's 2012 budget" → "s").
    fn cue_before(&self, i: usize) -> Option<&str> {
        let k = self.before(i)?;
        if self.is_punct(k, &["-", "–"]) && !self.tokens[i].spaced && !self.tokens[k].spaced {
            return self.before(k).and_then(|k| self.word(k));
        }
        self.word(k)
    }
}

/// A month name at `i` ("April", "Apr.", "Sept"): its number, the token after it, and whether
/// it is spelt out in full.
fn month_at(scan: &Scan, i: usize) -> Option<(u8, usize, bool)> {
    let t = scan
        .get(i)
        .filter(|t| t.kind == Kind::Word && t.is_capitalised())?;
    let month = month_number(&t.text)?;
    let full = is_full_month_name(&t.text);
    let dotted = !full && scan.is_punct(i + 1, &["."]) && !scan.tokens[i + 1].spaced;
    Some((month, i + 1 + usize::from(dotted), full))
}

/// A weekday spelt out in full at `i` ("Thursday"): 0 for Monday.
fn weekday_at(scan: &Scan, i: usize) -> Option<u8> {
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
fn leading_weekday(scan: &Scan, i: usize) -> (Option<u8>, usize) {
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
fn day_at(scan: &Scan, i: usize) -> Option<(u8, usize)> {
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
fn four_digit_year(scan: &Scan, i: usize) -> Option<i32> {
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
fn stated_year(scan: &Scan, i: usize) -> Option<i32> {
    four_digit_year(scan, i).filter(|_| !followed_by_count_noun(scan, i))
}

/// A small count at `i`: digits or a number word ("six", "a").
fn count_at(scan: &Scan, i: usize) -> Option<i64> {
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
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit_at(scan: &Scan, i: usize) -> Option<Unit> {
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
fn followed_by_count_noun(scan: &Scan, i: usize) -> bool {
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
fn follows_name(scan: &Scan, i: usize) -> bool {
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
fn starts_sentence(scan: &Scan, i: usize) -> bool {
    let mut k = i;
    while let Some(prev) = scan.before(k) {
        if scan.tokens[prev].kind != Kind::Mark {
            return false;
        }
        k = prev;
    }
    true
}

// ---------------------------------------------------------------------------------------------
// Matches and the rule table
// ---------------------------------------------------------------------------------------------

/// What an expression means, before it is resolved against the anchor and the text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Meaning {
    /// A date the text states completely ("April 17, 2025", "March 2024", "in 2003").
    Stated(PartialDate, &'static str),
    /// A month and day without a year ("April 17", "Thursday, April 17").
    MonthDay {
        month: u8,
        day: u8,
        weekday: Option<u8>,
    },
    /// A month without a year ("in March").
    MonthName(u8),
    /// "last May" (-1), "this May" (0), "next May" (1).
    ShiftedMonthName(u8, i32),
    /// "July last year" (-1), "March this year" (0).
    MonthOfYear(u8, i32),
    /// "on the 17th": a day of the anchor's month.
    DayOfMonth(u8),
    /// "today" (0), "yesterday" (-1), "tomorrow" (1).
    Days(i64),
    Weekday(u8, Step),
    /// "this month" (0), "last month" (-1), "next month" (1).
    Months(i32),
    /// "this year" (0), "last year" (-1), "next year" (1).
    Years(i32),
    /// "two years ago".
    Ago(i64, Unit),
    /// "last summer": a season's year.
    Season(u8, Step),
    /// "that year", "the end of the year": the year the paragraph is talking about.
    ContextYear,
    /// "that month".
    ContextMonth,
    /// "six days after April 17, 2025", "two weeks later", "the next day".
    Anchored(Offset),
    /// Names a period that is no calendar date at our precisions ("this week", "the 1990s");
    /// `relative` when it depends on the anchor all the same.
    Unplaceable {
        rule: &'static str,
        relative: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    /// "Friday": on or before the anchor, or on or after it in a future clause.
    Bare,
    /// "this Friday": on or after the anchor.
    This,
    Last,
    Next,
}

/// An offset from another date of the text.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Offset {
    count: i64,
    unit: Unit,
    /// +1 after, -1 before.
    sign: i64,
    /// The token where a date named by the expression itself starts ("after April 17, 2025").
    inside: Option<usize>,
    /// Whether a date later in the clause may be the reference ("six days after the ruling on
    /// April 17"); "two weeks later" only looks back.
    may_look_ahead: bool,
}

/// A rule's match starting at a token: where it ends (exclusive token index) and what it means.
#[derive(Debug, Clone, Copy)]
struct Found {
    end: usize,
    meaning: Meaning,
    /// Introduced by "early", "mid-", "late", "the end of"…: a part of the period.
    approximate: bool,
}

impl Found {
    fn new(end: usize, meaning: Meaning) -> Option<Self> {
        Some(Found {
            end,
            meaning,
            approximate: false,
        })
    }
}

#[derive(Debug, Clone, Copy)]
struct Match {
    first: usize,
    end: usize,
    meaning: Meaning,
    approximate: bool,
}

type Rule = fn(&Scan, usize) -> Option<Found>;

/// Every rule, tried at every token. The longest match wins; ties go to the earlier rule.
const RULES: &[Rule] = &[
    numeric_date,       // 2025-04-17, 17.04.2025, 04/17/2025
    month_day_year,     // [Thursday,] April 17[, 2025]
    day_month_year,     // [Thursday] [the] 17[th] [of] April [2025]
    month_year,         // March 2024, March of 2024
    month_name,         // in March
    shifted_month_name, // last May, next May
    month_of_year,      // July last year, March this year
    day_of_month,       // on the 17th
    year_number,        // in 2003, 2009-2010, 1957-58
    decade,             // the 1990s (no calendar date)
    century,            // the 20th century (no calendar date)
    deictic_day,        // today, yesterday, tomorrow
    weekday,            // Thursday, last Friday, next Tuesday
    calendar_period,    // this month, last year, that year, this week (no calendar date)
    season,             // last summer, spring 2024
    ago,                // two years ago
    anchored,           // six days after …, two weeks later, the next day
    modified,           // early 2024, mid-April, late last year, the end of the year
];

/// The rules a modifier ("early", "the end of") can apply to.
const PERIOD_RULES: &[Rule] = &[
    month_year,
    month_name,
    shifted_month_name,
    month_of_year,
    year_number,
    decade,
    century,
    deictic_day,
    weekday,
    calendar_period,
    season,
];

/// The rules that state a date an offset can count from ("six days after April 17, 2025").
const STATED_RULES: &[Rule] = &[
    numeric_date,
    month_day_year,
    day_month_year,
    month_year,
    year_number,
];

/// Leftmost-longest matching: ordered and non-overlapping.
fn scan_matches(scan: &Scan) -> Vec<Match> {
    let mut matches = Vec::new();
    let mut i = 0;
    while i < scan.tokens.len() {
        match best_match(scan, i, RULES) {
            Some(found) => {
                matches.push(Match {
                    first: i,
                    end: found.end,
                    meaning: found.meaning,
                    approximate: found.approximate,
                });
                i = found.end;
            }
            None => i += 1,
        }
    }
    matches
}

fn best_match(scan: &Scan, i: usize, rules: &[Rule]) -> Option<Found> {
    let mut best: Option<Found> = None;
    for rule in rules {
        if let Some(found) = rule(scan, i) {
            let end = found.end.min(scan.tokens.len());
            if end > i && best.is_none_or(|b| end > b.end) {
                best = Some(Found { end, ..found });
            }
        }
    }
    best
}

// ---------------------------------------------------------------------------------------------
// Rules: absolute dates
// ---------------------------------------------------------------------------------------------

fn numeric_date(scan: &Scan, i: usize) -> Option<Found> {
    iso_date(scan, i).or_else(|| separated_date(scan, i))
}

/// "2025-04-17": the hyphens split it into five tokens glued together.
fn iso_date(scan: &Scan, i: usize) -> Option<Found> {
    let part = |k: usize, len: usize| {
        scan.get(i + k)
            .filter(|t| k == 0 || !t.spaced)
            .and_then(Token::digits)
            .filter(|d| d.len() == len && scan.tokens[i + k].suffix().is_empty())
            .and_then(|d| d.parse::<i32>().ok())
    };
    let dashes = scan.is_punct(i + 1, &["-"]) && scan.is_punct(i + 3, &["-"]);
    let dashes_glued = dashes && !scan.tokens[i + 1].spaced && !scan.tokens[i + 3].spaced;
    if !dashes_glued {
        return None;
    }
    let date = PartialDate::new(
        part(0, 4)?,
        Some(part(2, 2)? as u8),
        Some(part(4, 2)? as u8),
    )?;
    Found::new(i + 5, Meaning::Stated(date, "absolute: ISO date"))
}

/// "17.04.2025", "04/17/2025", "2025/04/17", "11/10/11".
fn separated_date(scan: &Scan, i: usize) -> Option<Found> {
    let t = scan
        .get(i)
        .filter(|t| t.kind == Kind::Number && t.suffix().is_empty())?;
    let separator = if t.text.contains('/') { '/' } else { '.' };
    let parts: Vec<&str> = t.text.split(separator).collect();
    let all_digits = parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if parts.len() != 3 || !all_digits {
        return None;
    }
    let number = |k: usize| parts[k].parse::<u32>().ok();
    if parts[0].len() == 4 {
        let date = PartialDate::new(
            number(0)? as i32,
            Some(u8::try_from(number(1)?).ok()?),
            Some(u8::try_from(number(2)?).ok()?),
        )?;
        return Found::new(
            i + 1,
            Meaning::Stated(date, "absolute: numeric date, year first"),
        );
    }
    let year = match parts[2].len() {
        4 => number(2)? as i32,
        2 => expand_two_digit_year(number(2)?),
        _ => return None,
    };
    if parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    let (a, b) = (
        u8::try_from(number(0)?).ok()?,
        u8::try_from(number(1)?).ok()?,
    );
    let day_first = PartialDate::new(year, Some(b), Some(a));
    let month_first = PartialDate::new(year, Some(a), Some(b));
    let meaning = match (day_first, month_first) {
        (Some(d), Some(m)) if d == m => Meaning::Stated(d, "absolute: numeric date"),
        (Some(d), Some(_)) if separator == '.' => {
            Meaning::Stated(d, "absolute: numeric date, day first (dotted)")
        }
        (Some(_), Some(_)) => Meaning::Unplaceable {
            rule: "numeric date: day and month order unknown",
            relative: false,
        },
        (Some(d), None) => Meaning::Stated(d, "absolute: numeric date, day first (day > 12)"),
        (None, Some(m)) => Meaning::Stated(m, "absolute: numeric date, month first (day > 12)"),
        (None, None) => return None,
    };
    Found::new(i + 1, meaning)
}

/// Two-digit years pivot at 70, as POSIX `strptime` does.
fn expand_two_digit_year(yy: u32) -> i32 {
    let yy = yy as i32;
    if yy < 70 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// "April 17, 2025", "Apr. 17", "Thursday, April 17".
fn month_day_year(scan: &Scan, i: usize) -> Option<Found> {
    let (weekday, j) = leading_weekday(scan, i);
    let (month, j, _) = month_at(scan, j)?;
    let (day, end) = day_at(scan, j)?;
    let year = year_after_day(scan, end);
    day_date(month, day, weekday, end, year, "absolute: month day year")
}

/// "17 April 2025", "the 17th of April", "Thursday 17 April".
fn day_month_year(scan: &Scan, i: usize) -> Option<Found> {
    let (weekday, mut j) = leading_weekday(scan, i);
    if scan.is_word(j, &["the"]) {
        j += 1;
    }
    let (day, j) = day_at(scan, j)?;
    let j = j + usize::from(scan.is_word(j, &["of"]));
    let (month, end, _) = month_at(scan, j)?;
    let year = year_after_day(scan, end);
    day_date(month, day, weekday, end, year, "absolute: day month year")
}

/// The year that completes a month and day at `i` (maybe after a comma), and the token after it.
/// After a day a year is a year even before a plural noun ("the September 11, 2001 attacks").
fn year_after_day(scan: &Scan, i: usize) -> Option<(i32, usize)> {
    let k = i + usize::from(scan.is_punct(i, &[","]));
    four_digit_year(scan, k).map(|year| (year, k + 1))
}

/// A month and day ending at token `end`, or at the year's end when the text states one.
fn day_date(
    month: u8,
    day: u8,
    weekday: Option<u8>,
    end: usize,
    year: Option<(i32, usize)>,
    rule: &'static str,
) -> Option<Found> {
    if let Some((year, end)) = year {
        let date = PartialDate::new(year, Some(month), Some(day))?;
        return Found::new(end, Meaning::Stated(date, rule));
    }
    // Reject "February 30" even without a year (February 29 needs one to check).
    if day > days_in_month(2000, month) {
        return None;
    }
    let meaning = Meaning::MonthDay {
        month,
        day,
        weekday,
    };
    Found::new(end, meaning)
}

/// "March 2024", "March of 2024", "Sept. 2019".
fn month_year(scan: &Scan, i: usize) -> Option<Found> {
    let (month, j, _) = month_at(scan, i)?;
    let j = j + usize::from(scan.is_word(j, &["of"]) || scan.is_punct(j, &[","]));
    let year = stated_year(scan, j)?;
    let date = PartialDate::new(year, Some(month), None)?;
    Found::new(j + 1, Meaning::Stated(date, "absolute: month year"))
}

/// A month name alone ("in March"): only spelt out, capitalised, and after a word that makes it
/// a month ("in", "since", "early"…) or in a list of months ("April and May"), so that "May"
/// the verb or the surname and "March" the noun stay out.
fn month_name(scan: &Scan, i: usize) -> Option<Found> {
    let (month, end, full) = month_at(scan, i)?;
    let cued = scan.cue_before(i).is_some_and(|w| MONTH_CUES.contains(&w));
    let listed = scan.before(i).is_some_and(|k| {
        (scan.is_word(k, &["and", "or", "to", "through"]) || scan.is_punct(k, &[",", "-", "–"]))
            && k.checked_sub(1).and_then(|k| month_at(scan, k)).is_some()
    });
    if !(full && (cued || listed)) {
        return None;
    }
    Found::new(end, Meaning::MonthName(month))
}

/// "last May", "next May", "this May".
fn shifted_month_name(scan: &Scan, i: usize) -> Option<Found> {
    let step = match scan.word(i)? {
        "last" | "past" => -1,
        "this" => 0,
        "next" | "coming" => 1,
        _ => return None,
    };
    let (month, end, _) = month_at(scan, i + 1)?;
    Found::new(end, Meaning::ShiftedMonthName(month, step))
}

/// "July last year", "March this year", "May next year".
fn month_of_year(scan: &Scan, i: usize) -> Option<Found> {
    let (month, end, full) = month_at(scan, i)?;
    let step = match scan.word(end)? {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    if !full || !scan.is_word(end + 1, &["year"]) {
        return None;
    }
    Found::new(end + 2, Meaning::MonthOfYear(month, step))
}

/// "on the 17th": an ordinal day after a preposition, not followed by a noun ("the 5th floor").
fn day_of_month(scan: &Scan, i: usize) -> Option<Found> {
    let prepositions = [
        "on", "by", "since", "until", "till", "from", "before", "after",
    ];
    let after_preposition = scan
        .before(i)
        .is_some_and(|k| scan.is_word(k, &prepositions));
    if !after_preposition || !scan.is_word(i, &["the"]) {
        return None;
    }
    let t = scan.get(i + 1)?;
    if !matches!(t.suffix(), "st" | "nd" | "rd" | "th") {
        return None;
    }
    let (day, end) = day_at(scan, i + 1)?;
    let noun_follows = scan
        .get(end)
        .is_some_and(|n| n.kind == Kind::Word && !is_stop_word(&n.text));
    if noun_follows {
        return None;
    }
    Found::new(end, Meaning::DayOfMonth(day))
}

/// A four-digit year with context ("in 2003", "2009-2010"), or the two-digit end of a range of
/// years ("1957-58").
fn year_number(scan: &Scan, i: usize) -> Option<Found> {
    if let Some(year) = year_in_context(scan, i) {
        let date = PartialDate::new(year, None, None)?;
        return Found::new(i + 1, Meaning::Stated(date, "absolute: year"));
    }
    let year = range_end_year(scan, i)?;
    let date = PartialDate::new(year, None, None)?;
    Found::new(
        i + 1,
        Meaning::Stated(date, "absolute: year (end of a range)"),
    )
}

/// See the module documentation, "Bare years".
fn year_in_context(scan: &Scan, i: usize) -> Option<i32> {
    let year = four_digit_year(scan, i)?;
    if is_not_a_year(scan, i) || counts_in_range(scan, i) {
        return None;
    }
    let in_parentheses = scan.is_punct(i.wrapping_sub(1), &["("]) && scan.is_punct(i + 1, &[")"]);
    let possessive = scan.is_punct(i + 1, &["'", "’"]) && scan.is_word(i + 2, &["s"]);
    let cued = year_cue(scan, i).is_some();
    (cued || in_parentheses || possessive || linked_year(scan, i)).then_some(year)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    Strong,
    Weak,
}

fn year_cue(scan: &Scan, i: usize) -> Option<Cue> {
    let word = scan.cue_before(i)?;
    if STRONG_YEAR_CUES.contains(&word) {
        Some(Cue::Strong)
    } else if WEAK_YEAR_CUES.contains(&word) {
        Some(Cue::Weak)
    } else {
        None
    }
}

/// Money, numbering and codes: "$2015", "No. 2015", "#2015", "A2022" (but "in2022" is a year).
fn is_not_a_year(scan: &Scan, i: usize) -> bool {
    let t = &scan.tokens[i];
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let prev = &scan.tokens[k];
    let glued_word =
        !t.spaced && prev.kind == Kind::Word && !GLUED_PREPOSITIONS.contains(&prev.lower.as_str());
    let money = !t.spaced && scan.is_punct(k, &["$", "£", "€", "¥", "#"]);
    let numbered = scan.is_word(k, &["number", "no", "nos"])
        || (scan.is_punct(k, &["."]) && scan.is_word(k.wrapping_sub(1), &["no", "nos"]));
    glued_word || money || numbered
}

/// A count, or one end of a range of counts ("1500-2000 people").
fn counts_in_range(scan: &Scan, i: usize) -> bool {
    let counts =
        |k: usize| followed_by_count_noun(scan, k) && year_cue(scan, k) != Some(Cue::Strong);
    let range_to_count = scan.is_punct(i + 1, &["-", "–"]) || scan.is_word(i + 1, &["to", "and"]);
    counts(i) || (range_to_count && four_digit_year(scan, i + 2).is_some() && counts(i + 2))
}

/// In a list or range with another year: "2009-2010", "2003, 2007 and 2011", "2010 to 2012".
fn linked_year(scan: &Scan, i: usize) -> bool {
    let separator =
        |k: usize| scan.is_punct(k, &[",", "-", "–", "/"]) || scan.is_word(k, &["and", "or", "to"]);
    let year_at = |k: usize| {
        scan.same_sentence(k, i)
            && four_digit_year(scan, k).is_some()
            && !is_not_a_year(scan, k)
            && !counts_in_range(scan, k)
    };
    let before = i >= 2 && separator(i - 1) && year_at(i - 2);
    let after = separator(i + 1) && year_at(i + 2);
    before || after
}

/// "1957-58": two digits glued after a dash that follows a year.
fn range_end_year(scan: &Scan, i: usize) -> Option<i32> {
    let t = scan.get(i)?;
    let digits = t
        .digits()
        .filter(|d| d.len() == 2 && t.suffix().is_empty())?;
    let glued = !t.spaced && scan.is_punct(i.checked_sub(1)?, &["-", "–", "/"]);
    let first = year_in_context(scan, i.checked_sub(2)?).filter(|_| glued)?;
    // Not part of a longer dashed number ("2025-13-45").
    let glued_after = scan.get(i + 1).is_some_and(|n| {
        !n.spaced && (n.kind != Kind::Mark || ["-", "–", "/"].contains(&n.text.as_str()))
    });
    if glued_after {
        return None;
    }
    let mut year = first / 100 * 100 + digits.parse::<i32>().ok()?;
    if year <= first {
        year += 100;
    }
    Some(year)
}

/// "1990s", "the 2000s", "the late 1930's": a decade has no calendar date at our precisions.
fn decade(scan: &Scan, i: usize) -> Option<Found> {
    let t = scan.get(i)?;
    let digits = t.digits().filter(|d| d.len() == 4 && d.ends_with('0'))?;
    if !digits
        .parse::<i32>()
        .is_ok_and(|y| (1000..=2100).contains(&y))
    {
        return None;
    }
    let apostrophe_s = scan.is_punct(i + 1, &["'", "’"])
        && scan.is_word(i + 2, &["s"])
        && scan
            .cue_before(i)
            .is_some_and(|w| ["the", "early", "mid", "late"].contains(&w));
    let end = match t.suffix() {
        "s" => i + 1,
        "" if apostrophe_s => i + 3,
        _ => return None,
    };
    Found::new(
        end,
        Meaning::Unplaceable {
            rule: "decade (not a calendar date)",
            relative: false,
        },
    )
}

/// "20th century", "21st-century".
fn century(scan: &Scan, i: usize) -> Option<Found> {
    let t = scan.get(i)?;
    t.digits().filter(|d| d.len() <= 2)?;
    if !matches!(t.suffix(), "st" | "nd" | "rd" | "th") {
        return None;
    }
    let j = i + 1 + usize::from(scan.is_punct(i + 1, &["-"]));
    if !scan.is_word(j, &["century", "centuries"]) {
        return None;
    }
    Found::new(
        j + 1,
        Meaning::Unplaceable {
            rule: "century (not a calendar date)",
            relative: false,
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Rules: relative to the anchor
// ---------------------------------------------------------------------------------------------

/// "today", "yesterday", "tomorrow" (not "USA Today").
fn deictic_day(scan: &Scan, i: usize) -> Option<Found> {
    let shift = match scan.word(i)? {
        "today" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    // Capitalised inside a sentence it is part of a name or title ("USA Today", "From Yesterday").
    if scan.tokens[i].is_capitalised() && !starts_sentence(scan, i) {
        return None;
    }
    Found::new(i + 1, Meaning::Days(shift))
}

/// "Thursday", "last Friday", "next Tuesday"; not "every Monday" (a set) nor "Good Friday".
fn weekday(scan: &Scan, i: usize) -> Option<Found> {
    let (step, j) = match scan.word(i)? {
        "last" | "past" => (Step::Last, i + 1),
        "next" | "coming" => (Step::Next, i + 1),
        "this" => (Step::This, i + 1),
        _ => (Step::Bare, i),
    };
    let weekday = weekday_at(scan, j)?;
    // "every Monday" is a set; "the Sunday before", "the fourth Saturday of August" and
    // "The Sunday Times" name no particular day.
    let set = scan
        .before(i)
        .is_some_and(|k| scan.is_word(k, &["every", "each"]));
    let generic = step == Step::Bare
        && (scan
            .before(i)
            .is_some_and(|k| scan.is_word(k, NOT_A_PARTICULAR_DAY))
            || scan.is_word(j + 1, &["of"]));
    if set || generic || (step == Step::Bare && follows_name(scan, i)) {
        return None;
    }
    Found::new(j + 1, Meaning::Weekday(weekday, step))
}

/// "this month", "last year", "next fiscal year", "that year"; "this week" has no calendar
/// date at our precisions. "the last year" and "the next year" are left to other rules (a
/// duration, and an offset from a date in the sentence).
fn calendar_period(scan: &Scan, i: usize) -> Option<Found> {
    if scan.before(i).is_some_and(|k| scan.is_word(k, &["the"])) {
        return None;
    }
    let step = match scan.word(i)? {
        "this" | "current" => Some(0),
        "last" => Some(-1),
        "next" | "coming" => Some(1),
        "that" => None,
        _ => return None,
    };
    let j = i + 1 + usize::from(scan.is_word(i + 1, &["fiscal", "calendar"]));
    let meaning = match (scan.word(j)?, step) {
        ("year", Some(step)) => Meaning::Years(step),
        ("month", Some(step)) if j == i + 1 => Meaning::Months(step),
        ("week" | "weekend", Some(_)) if j == i + 1 => Meaning::Unplaceable {
            rule: "week (no week precision)",
            relative: true,
        },
        ("year", None) => Meaning::ContextYear,
        ("month", None) if j == i + 1 => Meaning::ContextMonth,
        _ => return None,
    };
    Found::new(j + 1, meaning)
}

/// "last summer", "this spring"; "spring 2024", "the summer of 2019" (the year as stated).
fn season(scan: &Scan, i: usize) -> Option<Found> {
    let season_at = |k: usize| {
        scan.word(k)
            .and_then(|w| SEASONS.iter().position(|s| *s == w))
            .map(|p| p as u8)
    };
    if season_at(i).is_some() {
        let j = i + 1 + usize::from(scan.is_word(i + 1, &["of"]));
        let year = stated_year(scan, j)?;
        let date = PartialDate::new(year, None, None)?;
        return Found::new(j + 1, Meaning::Stated(date, "absolute: season of a year"));
    }
    let step = match scan.word(i)? {
        "last" | "past" => Step::Last,
        "this" => Step::This,
        "next" | "coming" => Step::Next,
        _ => return None,
    };
    let s = season_at(i + 1)?;
    Found::new(i + 2, Meaning::Season(s, step))
}

/// "two years ago", "a month ago", "five days ago".
fn ago(scan: &Scan, i: usize) -> Option<Found> {
    let count = count_at(scan, i)?;
    let unit = unit_at(scan, i + 1)?;
    if !scan.is_word(i + 2, &["ago"]) {
        return None;
    }
    Found::new(i + 3, Meaning::Ago(count, unit))
}

// ---------------------------------------------------------------------------------------------
// Rules: anchored to another date of the text, and modifiers
// ---------------------------------------------------------------------------------------------

fn anchored(scan: &Scan, i: usize) -> Option<Found> {
    let found = counted_offset(scan, i).or_else(|| next_or_previous(scan, i))?;
    // "six days after the ruling, on April 23": the date wins.
    let mut k = found.end;
    k += usize::from(scan.is_punct(k, &[","]));
    k += usize::from(scan.is_word(k, &["on"]));
    let restated = [numeric_date, month_day_year, day_month_year]
        .iter()
        .any(|rule| rule(scan, k).is_some());
    (!restated).then_some(found)
}

/// "six days after April 17, 2025", "six days after the ruling", "two weeks later".
fn counted_offset(scan: &Scan, i: usize) -> Option<Found> {
    let count = count_at(scan, i)?;
    let unit = unit_at(scan, i + 1)?;
    let k = i + 2;
    let (sign, looks_at_what_follows) = match scan.word(k)? {
        "after" => (1, true),
        "before" => (-1, true),
        "later" | "afterwards" | "afterward" => (1, false),
        "earlier" | "previously" | "prior" => (-1, false),
        _ => return None,
    };
    let offset = Offset {
        count,
        unit,
        sign,
        inside: None,
        may_look_ahead: looks_at_what_follows,
    };
    if !looks_at_what_follows {
        // "a month earlier than usual" compares; it names no date.
        if scan.is_word(k + 1, &["than"]) {
            return None;
        }
        return Found::new(k + 1, Meaning::Anchored(offset));
    }
    after_or_before(scan, k + 1, offset)
}

/// What follows "after"/"before": a date ("after April 17, 2025") or a short noun phrase
/// ("after the ruling").
fn after_or_before(scan: &Scan, j: usize, offset: Offset) -> Option<Found> {
    if let Some(date) = best_match(scan, j, STATED_RULES) {
        let offset = Offset {
            inside: Some(j),
            ..offset
        };
        return Found::new(date.end, Meaning::Anchored(offset));
    }
    let determiner = scan.is_word(j, DETERMINERS);
    let noun = scan
        .get(j + 1)
        .is_some_and(|t| t.kind == Kind::Word && !t.is_capitalised() && !is_stop_word(&t.text));
    let end = if determiner && noun { j + 2 } else { j };
    Found::new(end, Meaning::Anchored(offset))
}

/// "the next day", "the following year", "the previous month", "the day before the vote".
fn next_or_previous(scan: &Scan, i: usize) -> Option<Found> {
    if !scan.is_word(i, &["the"]) {
        return None;
    }
    let offset = |unit, sign, may_look_ahead| Offset {
        count: 1,
        unit,
        sign,
        inside: None,
        may_look_ahead,
    };
    let sign = match scan.word(i + 1)? {
        "next" | "following" => Some(1),
        "previous" | "preceding" => Some(-1),
        _ => None,
    };
    // Weeks are left out: "the following week" is a calendar week, not seven days.
    let single_unit = |k: usize| match scan.word(k)? {
        "day" => Some(Unit::Day),
        "month" => Some(Unit::Month),
        "year" => Some(Unit::Year),
        _ => None,
    };
    if let Some(sign) = sign {
        let unit = single_unit(i + 2)?;
        return Found::new(i + 3, Meaning::Anchored(offset(unit, sign, false)));
    }
    let unit = single_unit(i + 1)?;
    match scan.word(i + 2)? {
        "after" => after_or_before(scan, i + 3, offset(unit, 1, true)),
        "before" => after_or_before(scan, i + 3, offset(unit, -1, true)),
        _ => None,
    }
}

/// "early 2024", "mid-April", "late last year", "earlier this year", "the end of March",
/// "the end of the year".
fn modified(scan: &Scan, i: usize) -> Option<Found> {
    let (j, approximate) = after_modifier(scan, i)?;
    if approximate && scan.is_word(j.wrapping_sub(1), &["of"]) {
        let k = j + usize::from(scan.is_word(j, &["the"]));
        match scan.word(k) {
            Some("year") => return modified_found(k + 1, Meaning::ContextYear, true),
            Some("month") => return modified_found(k + 1, Meaning::ContextMonth, true),
            _ => {}
        }
    }
    let base = best_match(scan, j, PERIOD_RULES)?;
    // "earlier"/"later" only before a period ("later this year"), not before a name.
    let period = matches!(
        base.meaning,
        Meaning::Years(_) | Meaning::Months(_) | Meaning::ContextYear | Meaning::ContextMonth
    );
    if !approximate && !period {
        return None;
    }
    modified_found(base.end, base.meaning, approximate)
}

fn modified_found(end: usize, meaning: Meaning, approximate: bool) -> Option<Found> {
    Some(Found {
        end,
        meaning,
        approximate,
    })
}

/// The token after a modifier, and whether the modifier narrows the period (approximate).
fn after_modifier(scan: &Scan, i: usize) -> Option<(usize, bool)> {
    match scan.word(i)? {
        "early" | "mid" | "late" => {
            let hyphen = scan.is_punct(i + 1, &["-"]) && !scan.tokens[i + 1].spaced;
            Some((i + 1 + usize::from(hyphen), true))
        }
        "earlier" | "later" => Some((i + 1, false)),
        "the" => {
            let part = scan.is_word(i + 1, PERIOD_PARTS);
            (part && scan.is_word(i + 2, &["of"])).then_some((i + 3, true))
        }
        "end" | "start" => scan.is_word(i + 1, &["of"]).then_some((i + 2, true)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Date arithmetic
// ---------------------------------------------------------------------------------------------

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm; inverse of
/// `civil_from_days`).
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
fn weekday_of(days: i64) -> u8 {
    (days + 3).rem_euclid(7) as u8
}

fn day_value(days: i64) -> Option<PartialDate> {
    let (year, month, day) = civil_from_days(days);
    PartialDate::new(year, Some(month), Some(day))
}

/// The month `step` months from `year`-`month`.
fn add_months(year: i32, month: u8, step: i64) -> Option<PartialDate> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + step;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    PartialDate::new(year, Some(index.rem_euclid(12) as u8 + 1), None)
}

fn add_years(year: i32, step: i64) -> Option<PartialDate> {
    PartialDate::new(i32::try_from(i64::from(year) + step).ok()?, None, None)
}

/// A date with a day, as a day count.
fn as_days(date: PartialDate) -> Option<i64> {
    Some(days_from_civil(date.year, date.month?, date.day?))
}

/// The year for a month (and day) stated without one: the occurrence nearest the anchor,
/// leaning to the past (at most about two months ahead) or, in a future clause, to the future.
fn nearest_year(anchor: PartialDate, month: u8, day: Option<u8>, future: bool) -> i32 {
    let (ahead, behind) = if future { (10, 2) } else { (2, 10) };
    let year = anchor.year;
    let distance = match (anchor.month, anchor.day, day) {
        // In days, scaled to months, when both have a day.
        (Some(am), Some(ad), Some(d)) => {
            let target = days_from_civil(year, month, d.min(days_in_month(year, month)));
            let diff = target - days_from_civil(year, am, ad);
            return if diff > ahead * 31 {
                year - 1
            } else if diff < -behind * 31 {
                year + 1
            } else {
                year
            };
        }
        (Some(am), _, _) => i64::from(month) - i64::from(am),
        (None, _, _) => return year,
    };
    if distance > ahead {
        year - 1
    } else if distance < -behind {
        year + 1
    } else {
        year
    }
}

// ---------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Resolved {
    value: Option<PartialDate>,
    rule: &'static str,
    relative: bool,
}

fn resolved(value: Option<PartialDate>, rule: &'static str, relative: bool) -> Resolved {
    Resolved {
        value,
        rule,
        relative,
    }
}

/// How many expressions before or after one are searched for the date it depends on: real
/// sentences and paragraphs hold far fewer, and the bound keeps run-on input linear.
const NEARBY: usize = 64;

/// A text's matches with what resolving them against each other needs.
struct Doc<'a> {
    scan: &'a Scan<'a>,
    matches: &'a [Match],
    anchor: Option<PartialDate>,
}

impl Doc<'_> {
    fn sentence(&self, k: usize) -> usize {
        self.scan.tokens[self.matches[k].first].sentence
    }

    fn paragraph(&self, k: usize) -> usize {
        self.scan.tokens[self.matches[k].first].paragraph
    }

    /// The tokens between match `a` and a later match `b`.
    fn gap(&self, a: usize, b: usize) -> &[Token] {
        &self.scan.tokens[self.matches[a].end..self.matches[b].first]
    }

    /// Whether match `b` follows match `a` in the same sentence, with at most `max` tokens
    /// between them, all in `allowed` (words lowercase, marks as they are).
    fn beside(&self, a: usize, b: usize, allowed: &[&str], max: usize) -> bool {
        let gap = self.gap(a, b);
        self.sentence(a) == self.sentence(b)
            && gap.len() <= max
            && gap.iter().all(|t| allowed.contains(&t.lower.as_str()))
    }
}

fn resolve_all(scan: &Scan, matches: &[Match], anchor: Option<PartialDate>) -> Vec<Resolved> {
    let doc = Doc {
        scan,
        matches,
        anchor,
    };
    let mut out: Vec<Resolved> = matches
        .iter()
        .map(|m| resolve_alone(scan, m, anchor))
        .collect();
    // In text order, so that "two days later" can count from an offset resolved before it.
    for k in 0..matches.len() {
        out[k] = match matches[k].meaning {
            Meaning::ContextYear | Meaning::ContextMonth => resolve_context(&doc, &out, k),
            Meaning::Anchored(offset) => resolve_offset(&doc, &out, k, offset),
            Meaning::MonthDay { .. } | Meaning::MonthName(_) => match year_beside(&doc, k) {
                Some(r) => r,
                None => continue,
            },
            _ => continue,
        };
    }
    for (m, r) in matches.iter().zip(out.iter_mut()) {
        if m.approximate && r.value.is_some() {
            r.rule = approximate_rule(r);
        }
    }
    out
}

fn approximate_rule(r: &Resolved) -> &'static str {
    let precision = r.value.map_or(0, |v| {
        usize::from(v.month.is_some()) + usize::from(v.day.is_some())
    });
    match (precision, r.relative) {
        (0, false) => "approximate: part of a stated year",
        (0, true) => "approximate: part of a year relative to the anchor",
        (1, false) => "approximate: part of a stated month",
        (1, true) => "approximate: part of a month relative to the anchor",
        (_, false) => "approximate: part of a stated day",
        (_, true) => "approximate: part of a day relative to the anchor",
    }
}

/// Everything that needs at most the anchor.
fn resolve_alone(scan: &Scan, m: &Match, anchor: Option<PartialDate>) -> Resolved {
    let future = leans_future(scan, m.first);
    let day = anchor.filter(|a| a.day.is_some());
    let month = anchor.filter(|a| a.month.is_some());
    match m.meaning {
        Meaning::Stated(date, rule) => resolved(Some(date), rule, false),
        Meaning::MonthDay {
            month: mo,
            day: d,
            weekday,
        } => resolve_month_day(anchor, mo, d, weekday, future),
        Meaning::MonthName(mo) => resolved(
            anchor
                .and_then(|a| PartialDate::new(nearest_year(a, mo, None, future), Some(mo), None)),
            "relative: month, year nearest the anchor",
            true,
        ),
        Meaning::ShiftedMonthName(mo, step) => resolve_shifted_month(month, mo, step, future),
        Meaning::MonthOfYear(mo, step) => resolved(
            anchor.and_then(|a| PartialDate::new(a.year + step, Some(mo), None)),
            "relative: month of a year relative to the anchor",
            true,
        ),
        Meaning::DayOfMonth(d) => resolved(
            month.and_then(|a| PartialDate::new(a.year, a.month, Some(d))),
            "relative: day of the anchor's month",
            true,
        ),
        Meaning::Days(shift) => resolved(
            day.and_then(as_days).and_then(|a| day_value(a + shift)),
            match shift {
                0 => "relative: today",
                -1 => "relative: yesterday",
                _ => "relative: tomorrow",
            },
            true,
        ),
        Meaning::Weekday(weekday, step) => resolve_weekday(day, weekday, step, future),
        Meaning::Months(step) => resolved(
            month.and_then(|a| add_months(a.year, a.month?, i64::from(step))),
            match step {
                0 => "relative: this month",
                -1 => "relative: last month",
                _ => "relative: next month",
            },
            true,
        ),
        Meaning::Years(step) => resolved(
            anchor.and_then(|a| add_years(a.year, i64::from(step))),
            match step {
                0 => "relative: this year",
                -1 => "relative: last year",
                _ => "relative: next year",
            },
            true,
        ),
        Meaning::Ago(count, unit) => resolve_ago(anchor, count, unit),
        Meaning::Season(season, step) => resolve_season(anchor, season, step),
        Meaning::Unplaceable { rule, relative } => resolved(None, rule, relative),
        // Resolved in text order by `resolve_all`.
        Meaning::ContextYear | Meaning::ContextMonth | Meaning::Anchored(_) => {
            resolved(None, "pending", false)
        }
    }
}

fn resolve_month_day(
    anchor: Option<PartialDate>,
    month: u8,
    day: u8,
    weekday: Option<u8>,
    future: bool,
) -> Resolved {
    let Some(anchor) = anchor else {
        return resolved(None, "relative: month and day, year from the anchor", true);
    };
    let nearest = nearest_year(anchor, month, Some(day), future);
    let fits = |year: i32| {
        weekday.is_none_or(|w| {
            PartialDate::new(year, Some(month), Some(day))
                .and_then(as_days)
                .is_some_and(|d| weekday_of(d) == w)
        })
    };
    let year = [nearest, nearest - 1, nearest + 1]
        .into_iter()
        .find(|&y| fits(y));
    let rule = match (weekday, year) {
        (Some(_), Some(_)) => "relative: weekday, month and day, year the weekday fits",
        _ => "relative: month and day, year nearest the anchor",
    };
    resolved(
        PartialDate::new(year.unwrap_or(nearest), Some(month), Some(day)),
        rule,
        true,
    )
}

fn resolve_shifted_month(
    anchor: Option<PartialDate>,
    month: u8,
    step: i32,
    future: bool,
) -> Resolved {
    let value = anchor.and_then(|a| {
        let am = a.month?;
        let year = match step {
            -1 if month < am => a.year,
            -1 => a.year - 1,
            1 if month > am => a.year,
            1 => a.year + 1,
            _ => nearest_year(a, month, None, future),
        };
        PartialDate::new(year, Some(month), None)
    });
    let rule = match step {
        -1 => "relative: last named month before the anchor",
        1 => "relative: next named month after the anchor",
        _ => "relative: named month nearest the anchor",
    };
    resolved(value, rule, true)
}

fn resolve_weekday(anchor: Option<PartialDate>, weekday: u8, step: Step, future: bool) -> Resolved {
    let step = match step {
        Step::Bare if future => Step::This,
        other => other,
    };
    let value = anchor.and_then(as_days).and_then(|a| {
        let back = i64::from(weekday_of(a)) - i64::from(weekday);
        let shift = match step {
            Step::Bare => -back.rem_euclid(7),
            Step::This => (-back).rem_euclid(7),
            Step::Last => -((back - 1).rem_euclid(7) + 1),
            Step::Next => (-back - 1).rem_euclid(7) + 1,
        };
        day_value(a + shift)
    });
    let rule = match step {
        Step::Bare => "relative: weekday on or before the anchor",
        Step::This => "relative: weekday on or after the anchor",
        Step::Last => "relative: last weekday before the anchor",
        Step::Next => "relative: next weekday after the anchor",
    };
    resolved(value, rule, true)
}

fn resolve_ago(anchor: Option<PartialDate>, count: i64, unit: Unit) -> Resolved {
    let value = anchor.and_then(|a| match unit {
        Unit::Day => day_value(as_days(a)? - count),
        Unit::Week => day_value(as_days(a)? - 7 * count),
        Unit::Month => add_months(a.year, a.month?, -count),
        Unit::Year => add_years(a.year, -count),
    });
    let rule = match unit {
        Unit::Day => "relative: days ago",
        Unit::Week => "relative: weeks ago (seven days each)",
        Unit::Month => "relative: months ago",
        Unit::Year => "relative: years ago",
    };
    resolved(value, rule, true)
}

/// A season's year (northern hemisphere: spring March–May, summer June–August, autumn
/// September–November). Winter spans two years, so it has no year of its own.
fn resolve_season(anchor: Option<PartialDate>, season: u8, step: Step) -> Resolved {
    let (first, last) = match SEASONS[season as usize] {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "winter" => {
            return resolved(
                None,
                "season spanning two years (not a calendar date)",
                true,
            )
        }
        _ => (9, 11),
    };
    let value = anchor.and_then(|a| {
        let year = match (step, a.month) {
            (Step::This | Step::Bare, _) => a.year,
            (Step::Last, Some(m)) if m > last => a.year,
            (Step::Last, Some(_)) => a.year - 1,
            (Step::Next, Some(m)) if m < first => a.year,
            (Step::Next, Some(_)) => a.year + 1,
            (_, None) => return None,
        };
        PartialDate::new(year, None, None)
    });
    let rule = match step {
        Step::Last => "relative: year of last season",
        Step::Next => "relative: year of next season",
        _ => "relative: year of this season",
    };
    resolved(value, rule, true)
}

/// Separators of a range of dates ("29 September – 1 October 2006").
const RANGE_WORDS: &[&str] = &["-", "–", "—", "to", "until", "till", "through", "and"];

/// A month (and day) without a year takes the year stated beside it: the end of a range
/// ("29 September – 1 October 2006", "between March 3 and April 5, 2024") or a bare year next to
/// it ("In 1910, on October 5", "on 10 December in 1989").
fn year_beside(doc: &Doc, k: usize) -> Option<Resolved> {
    let (month, day) = match doc.matches[k].meaning {
        Meaning::MonthDay { month, day, .. } => (month, Some(day)),
        Meaning::MonthName(month) => (month, None),
        _ => return None,
    };
    let stated = |e: usize| match doc.matches.get(e)?.meaning {
        Meaning::Stated(date, _) => Some(date),
        _ => None,
    };
    let with_year = |year: i32, rule| {
        PartialDate::new(year, Some(month), day).map(|v| resolved(Some(v), rule, false))
    };
    if let Some(end) = stated(k + 1).filter(|v| v.month.is_some()) {
        if doc.beside(k, k + 1, RANGE_WORDS, 1) {
            // "December 28 – January 3, 2025": the range starts the year before.
            let after_end = (month, day.unwrap_or(1)) > (end.month?, end.day.unwrap_or(31));
            let year = end.year - i32::from(after_end);
            return with_year(
                year,
                "absolute: month (and day), year of the date ending the range",
            );
        }
    }
    let bare_year = |e: usize| stated(e).filter(|v| v.month.is_none()).map(|v| v.year);
    // Only a year that opens the sentence ("In 1910, on October 5"): in "the firm, which lost
    // money in 2019, on March 3 said…" the year belongs to another clause.
    let opens_sentence = |e: usize| {
        let scan = doc.scan;
        // At most a preposition before it in its sentence.
        scan.before(doc.matches[e].first)
            .and_then(|p| scan.before(p))
            .is_none()
    };
    let before = k
        .checked_sub(1)
        .filter(|&e| opens_sentence(e) && doc.beside(e, k, &[",", "on", "in"], 2))
        .and_then(bare_year);
    let after = Some(k + 1)
        .filter(|&e| e < doc.matches.len() && doc.beside(k, e, &[",", "in", "of"], 2))
        .and_then(bare_year);
    with_year(
        before.or(after)?,
        "absolute: month (and day), year stated beside it",
    )
}

/// "that year", "the end of the year": the latest resolved date earlier in the paragraph, else
/// the anchor.
fn resolve_context(doc: &Doc, out: &[Resolved], k: usize) -> Resolved {
    let want_month = doc.matches[k].meaning == Meaning::ContextMonth;
    let earlier = (0..k)
        .rev()
        .take(NEARBY)
        .take_while(|&e| doc.paragraph(e) == doc.paragraph(k))
        .map(|e| out[e])
        .find(|r| r.value.is_some_and(|v| !want_month || v.month.is_some()));
    let cut = |v: PartialDate| PartialDate::new(v.year, v.month.filter(|_| want_month), None);
    match (earlier, want_month) {
        (Some(r), false) => resolved(
            r.value.and_then(cut),
            "contextual: that year (latest date in the paragraph)",
            r.relative,
        ),
        (Some(r), true) => resolved(
            r.value.and_then(cut),
            "contextual: that month (latest date in the paragraph)",
            r.relative,
        ),
        (None, false) => resolved(
            doc.anchor.and_then(cut),
            "relative: that year (the anchor's, no date before it in the paragraph)",
            true,
        ),
        (None, true) => resolved(
            doc.anchor.filter(|a| a.month.is_some()).and_then(cut),
            "relative: that month (the anchor's, no date before it in the paragraph)",
            true,
        ),
    }
}

/// Where an offset's reference date is.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// Named by the expression itself ("six days after April 17, 2025").
    Inside,
    /// The latest date earlier in the sentence.
    Before,
    /// The first date later in the same clause ("six days after the ruling on April 17").
    After,
}

fn resolve_offset(doc: &Doc, out: &[Resolved], k: usize, offset: Offset) -> Resolved {
    let Some((reference, place)) = offset_reference(doc, out, k, offset) else {
        return resolved(
            None,
            "anchored: no date in the sentence to count from",
            false,
        );
    };
    let rule = match (place, offset.sign > 0) {
        (Place::Inside, true) => "anchored: offset after the date it names",
        (Place::Inside, false) => "anchored: offset before the date it names",
        (Place::Before, true) => "anchored: offset after the previous date in the sentence",
        (Place::Before, false) => "anchored: offset before the previous date in the sentence",
        (Place::After, true) => "anchored: offset after the next date in the clause",
        (Place::After, false) => "anchored: offset before the next date in the clause",
    };
    let value = reference.value.and_then(|v| shift_date(v, offset));
    resolved(value, rule, reference.relative)
}

/// The date an offset counts from: the one it names, else the latest earlier in the sentence,
/// else (for "after/before …") the first later in the clause. It must be precise enough for
/// the offset's unit (a day for "six days after").
fn offset_reference(
    doc: &Doc,
    out: &[Resolved],
    k: usize,
    offset: Offset,
) -> Option<(Resolved, Place)> {
    let usable = |r: &Resolved| {
        r.value.is_some_and(|v| match offset.unit {
            Unit::Day | Unit::Week => v.day.is_some(),
            Unit::Month => v.month.is_some(),
            Unit::Year => true,
        })
    };
    if let Some(start) = offset.inside {
        let found = best_match(doc.scan, start, STATED_RULES)?;
        let inner = Match {
            first: start,
            end: found.end,
            meaning: found.meaning,
            approximate: false,
        };
        let r = resolve_alone(doc.scan, &inner, doc.anchor);
        return usable(&r).then_some((r, Place::Inside));
    }
    let same_sentence = |e: &usize| doc.sentence(*e) == doc.sentence(k);
    let before = (0..k).rev().take(NEARBY).take_while(same_sentence);
    if let Some(r) = before.map(|e| out[e]).find(usable) {
        return Some((r, Place::Before));
    }
    if !offset.may_look_ahead {
        return None;
    }
    (k + 1..doc.matches.len())
        .take(NEARBY)
        .take_while(same_sentence)
        .take_while(|&e| !doc.gap(k, e).iter().any(|t| t.text == "," || t.text == ";"))
        .map(|e| out[e])
        .find(usable)
        .map(|r| (r, Place::After))
}

/// A date moved by an offset, at the offset's precision.
fn shift_date(date: PartialDate, offset: Offset) -> Option<PartialDate> {
    let n = offset.count * offset.sign;
    match offset.unit {
        Unit::Day => day_value(as_days(date)? + n),
        Unit::Week => day_value(as_days(date)? + 7 * n),
        Unit::Month => add_months(date.year, date.month?, n),
        Unit::Year => add_years(date.year, n),
    }
}

/// Whether the clause before token `first` speaks of the future ("will meet on Friday"), or a
/// preposition points forward ("until June"). Looks back to the start of the clause.
fn leans_future(scan: &Scan, first: usize) -> bool {
    let mut k = first;
    if scan
        .cue_before(first)
        .is_some_and(|w| ["until", "till", "through"].contains(&w))
    {
        return true;
    }
    for _ in 0..12 {
        let Some(prev) = scan.before(k) else {
            return false;
        };
        if scan.is_punct(prev, &[",", ";", ":", "(", "\"", "“", "”"])
            || scan.is_word(prev, REPORTING_VERBS)
        {
            return false;
        }
        if scan.is_word(prev, FUTURE_WORDS) {
            return true;
        }
        k = prev;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<PartialDate> {
        PartialDate::parse(text)
    }

    /// (text, value) of every expression found.
    fn found(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
        find_time_expressions(text, date(anchor))
            .into_iter()
            .map(|e| (e.text, e.value.map(|v| v.to_string())))
            .collect()
    }

    /// The only expression of `text`, as (text, value).
    fn only(text: &str, anchor: &str) -> (String, Option<String>) {
        let all = found(text, anchor);
        assert_eq!(all.len(), 1, "{text:?} gave {all:?}");
        all.into_iter().next().unwrap()
    }

    /// The value of the only expression of `text`.
    fn value(text: &str, anchor: &str) -> Option<String> {
        only(text, anchor).1
    }

    fn pair(text: &str, value: &str) -> (String, Option<String>) {
        (text.to_string(), Some(value.to_string()))
    }

    #[test]
    fn full_dates_in_every_order() {
        let anchor = "2030-01-01";
        for (text, expected) in [
            ("The plant opened on April 17, 2025.", "April 17, 2025"),
            ("The plant opened on 17 April 2025.", "17 April 2025"),
            ("The plant opened on Apr. 17, 2025.", "Apr. 17, 2025"),
            (
                "The plant opened on the 17th of April, 2025.",
                "the 17th of April, 2025",
            ),
            (
                "The plant opened on Thursday, April 17, 2025.",
                "Thursday, April 17, 2025",
            ),
            ("The plant opened on 2025-04-17.", "2025-04-17"),
        ] {
            assert_eq!(only(text, anchor), pair(expected, "2025-04-17"), "{text}");
        }
        let e = &find_time_expressions("On 17 April 2025 it rained.", None)[0];
        assert_eq!(e.rule, "absolute: day month year");
        assert!(!e.relative);
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        assert!(found("It happened on February 30, 2025.", "2025-04-01").is_empty());
        assert!(found("It happened on 2025-13-45.", "2025-04-01").is_empty());
    }

    #[test]
    fn month_and_day_take_the_year_nearest_the_anchor_leaning_past() {
        assert_eq!(
            value("The vote is on April 17.", "2025-03-10").as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            value("The vote was on December 3.", "2025-03-10").as_deref(),
            Some("2024-12-03")
        );
        assert_eq!(
            value("They met on 30 December.", "2025-01-05").as_deref(),
            Some("2024-12-30")
        );
        assert_eq!(
            value("They meet on January 4.", "2024-12-20").as_deref(),
            Some("2025-01-04")
        );
        // A future clause points forward.
        assert_eq!(
            value("The firm will open on July 4.", "2025-03-10").as_deref(),
            Some("2025-07-04")
        );
        let e = &find_time_expressions("The vote was on April 17.", date("2025-04-20"))[0];
        assert!(e.relative);
    }

    #[test]
    fn a_stated_weekday_picks_the_year() {
        // 17 April was a Thursday in 2025 and a Wednesday in 2024.
        assert_eq!(
            value("Thursday, April 17 was busy.", "2025-06-01").as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            value("Wednesday, April 17 was busy.", "2025-06-01").as_deref(),
            Some("2024-04-17")
        );
    }

    #[test]
    fn numeric_dates_only_when_the_order_is_clear() {
        let anchor = "2025-06-01";
        assert_eq!(
            value("Filed 17.04.2025 in court.", anchor).as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            value("Filed 04/17/2025 in court.", anchor).as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            value("Filed 2025/04/17 in court.", anchor).as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            value("Filed 03.04.2025 in court.", anchor).as_deref(),
            Some("2025-04-03")
        );
        assert_eq!(
            value("Filed 13/12/99 in court.", anchor).as_deref(),
            Some("1999-12-13")
        );
        for ambiguous in ["Filed 05/04/2025 in court.", "Filed 11/10/11 in court."] {
            let e = &find_time_expressions(ambiguous, date(anchor))[0];
            assert_eq!(
                (e.value, e.rule),
                (None, "numeric date: day and month order unknown")
            );
        }
        for not_a_date in [
            "Version 1.2.3 shipped.",
            "Host 192.168.1.1 failed.",
            "Open 24/7 since 9/11.",
        ] {
            assert!(found(not_a_date, anchor).is_empty(), "{not_a_date}");
        }
    }

    #[test]
    fn a_day_of_the_anchor_month() {
        assert_eq!(
            only("On the 17th the board met.", "2025-04-20"),
            pair("the 17th", "2025-04-17")
        );
        assert!(found("The office on the 5th floor closed.", "2025-04-20").is_empty());
    }

    #[test]
    fn months_with_and_without_a_year() {
        assert_eq!(
            only("The bill passed in March 2024.", "2025-04-20"),
            pair("March 2024", "2024-03")
        );
        assert_eq!(
            value("The bill passed in March.", "2025-04-20").as_deref(),
            Some("2025-03")
        );
        assert_eq!(
            value("The bill passed in November.", "2025-04-20").as_deref(),
            Some("2024-11")
        );
        assert_eq!(
            value("Talks ran in June.", "2025-03-18").as_deref(),
            Some("2024-06")
        );
        assert_eq!(
            value("The trial runs through June.", "2025-03-18").as_deref(),
            Some("2025-06")
        );
        assert_eq!(
            value("Sales fell last May.", "2025-03-18").as_deref(),
            Some("2024-05")
        );
        assert_eq!(
            value("Sales fell last February.", "2025-03-18").as_deref(),
            Some("2025-02")
        );
        assert_eq!(
            value("It opens next March.", "2025-03-18").as_deref(),
            Some("2026-03")
        );
        assert_eq!(
            found("Between April and May it rained.", "2025-06-01").len(),
            2
        );
    }

    #[test]
    fn may_the_verb_and_the_name_are_not_months() {
        assert!(found("Officials may meet again. Theresa May spoke.", "2025-06-01").is_empty());
        assert_eq!(
            only("Ms May will travel in May.", "2025-04-01"),
            pair("May", "2025-05")
        );
    }

    #[test]
    fn years_need_context() {
        let anchor = "2025-06-01";
        for (text, year) in [
            ("The firm grew in 2003.", "2003"),
            ("It has grown since 2015.", "2015"),
            ("It aims to double by 2030.", "2030"),
            ("The 2012 election was close.", "2012"),
            ("China's 2012 budget grew.", "2012"),
            ("The film (2003) won.", "2003"),
            ("It was founded in the year 1850.", "1850"),
        ] {
            assert_eq!(only(text, anchor), pair(year, year), "{text}");
        }
        assert_eq!(
            found(
                "The 2016–2025 plan, from 2010 to 2015, in 2003, 2007 and 2011.",
                anchor
            ),
            ["2016", "2025", "2010", "2015", "2003", "2007", "2011"].map(|y| pair(y, y))
        );
        assert_eq!(
            found("The expedition of 1957-58 and the 1999-00 season.", anchor),
            vec![
                pair("1957", "1957"),
                pair("58", "1958"),
                pair("1999", "1999"),
                pair("00", "2000")
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_years() {
        for text in [
            "Some 2,000 people and 145 people came.",
            "It cost $3 billion, or $2015 each.",
            "About 2003 people were evacuated.",
            "Between 1500 and 2000 people came.",
            "Prices rose 1.7% while 2015 % was reported.",
            "Lot No. 2015 was sold; number 2016 too.",
            "Flight A2022 left at 1500 GMT.",
            "Windows 2000 crashed again.",
        ] {
            let years: Vec<_> = found(text, "2025-06-01")
                .into_iter()
                .filter(|(_, v)| v.as_ref().is_some_and(|v| v.len() == 4))
                .collect();
            assert!(years.is_empty(), "{text}: {years:?}");
        }
        // A strong temporal word keeps a year even before a plural noun.
        assert_eq!(
            only("In 2003 prices rose.", "2025-06-01"),
            pair("2003", "2003")
        );
    }

    #[test]
    fn a_year_glued_to_a_preposition() {
        let e = &find_time_expressions("The company was founded in2022 in Oslo.", None)[0];
        assert_eq!((e.text.as_str(), e.value), ("2022", date("2022")));
        assert_eq!((e.start, e.end), (26, 30));
    }

    #[test]
    fn approximate_parts_keep_the_period_precision() {
        let anchor = "2025-06-01";
        let e = &find_time_expressions("Output peaked in mid-2024.", date(anchor))[0];
        assert_eq!(
            (e.text.as_str(), e.value, e.rule),
            (
                "mid-2024",
                date("2024"),
                "approximate: part of a stated year"
            )
        );
        assert_eq!(
            only("Work began in early 2024.", anchor),
            pair("early 2024", "2024")
        );
        assert_eq!(
            only("Work began late last year.", anchor),
            pair("late last year", "2024")
        );
        assert_eq!(
            only("Work began in early December.", anchor),
            pair("early December", "2024-12")
        );
        assert_eq!(
            only("Work began at the end of March 2024.", anchor),
            pair("the end of March 2024", "2024-03")
        );
        assert_eq!(
            only("Work began earlier this year.", anchor),
            pair("earlier this year", "2025")
        );
    }

    #[test]
    fn decades_and_centuries_are_found_but_not_dated() {
        let all = find_time_expressions("Rents soared in the 1990s, as in the 20th century.", None);
        let got: Vec<_> = all
            .iter()
            .map(|e| (e.text.as_str(), e.value, e.rule))
            .collect();
        assert_eq!(
            got,
            [
                ("1990s", None, "decade (not a calendar date)"),
                ("20th century", None, "century (not a calendar date)")
            ]
        );
    }

    #[test]
    fn days_relative_to_the_anchor() {
        let anchor = "2025-04-17"; // a Thursday
        assert_eq!(
            value("Results come today.", anchor).as_deref(),
            Some("2025-04-17")
        );
        assert_eq!(
            value("Results came yesterday.", anchor).as_deref(),
            Some("2025-04-16")
        );
        assert_eq!(
            value("Results come tomorrow.", anchor).as_deref(),
            Some("2025-04-18")
        );
        assert!(found("USA Today reported it.", anchor).is_empty());
    }

    #[test]
    fn weekdays_relative_to_the_anchor() {
        let anchor = "2025-04-17"; // a Thursday
        for (text, expected) in [
            ("The mayor spoke Thursday.", "2025-04-17"),
            ("The mayor spoke on Monday.", "2025-04-14"),
            ("The mayor spoke on Friday.", "2025-04-11"),
            ("The mayor spoke last Thursday.", "2025-04-10"),
            ("The mayor speaks next Tuesday.", "2025-04-22"),
            ("The mayor will speak on Monday.", "2025-04-21"),
            ("The mayor said Friday that she will resign.", "2025-04-11"),
        ] {
            assert_eq!(value(text, anchor).as_deref(), Some(expected), "{text}");
        }
        let e = &find_time_expressions("The mayor spoke Monday.", date(anchor))[0];
        assert_eq!(e.rule, "relative: weekday on or before the anchor");
    }

    #[test]
    fn sets_and_holidays_are_not_weekdays() {
        assert!(found("Every Monday the shop closes.", "2025-04-17").is_empty());
        assert!(found("Shops shut on Good Friday.", "2025-04-17").is_empty());
        assert!(found("The market is open on Mondays.", "2025-04-17").is_empty());
    }

    #[test]
    fn periods_relative_to_the_anchor_keep_their_precision() {
        let anchor = "2025-04-17";
        for (text, expected) in [
            ("Sales rose this month.", "2025-04"),
            ("Sales rose last month.", "2025-03"),
            ("Sales rise next month.", "2025-05"),
            ("Sales rose this year.", "2025"),
            ("Sales rose last year.", "2024"),
            ("Sales rise next year.", "2026"),
            ("Sales rise next fiscal year.", "2026"),
            ("Sales rose a year ago.", "2024"),
            ("Sales rose two years ago.", "2023"),
            ("Sales rose three months ago.", "2025-01"),
            ("Sales rose five days ago.", "2025-04-12"),
            ("Sales rose two weeks ago.", "2025-04-03"),
            ("Sales rose last summer.", "2024"),
            ("Sales rise this autumn.", "2025"),
        ] {
            assert_eq!(value(text, anchor).as_deref(), Some(expected), "{text}");
        }
        let e = &find_time_expressions("Sales rose last year.", date(anchor))[0];
        assert_eq!((e.rule, e.relative), ("relative: last year", true));
    }

    #[test]
    fn weeks_are_found_but_not_dated_and_the_past_year_is_a_duration() {
        let e = &find_time_expressions("Talks resumed this week.", date("2025-04-17"))[0];
        assert_eq!((e.text.as_str(), e.value), ("this week", None));
        assert!(found("Prices rose over the past year.", "2025-04-17").is_empty());
        assert!(found("It happened the same day.", "2025-04-17").is_empty());
    }

    #[test]
    fn that_year_is_the_year_the_paragraph_talks_about() {
        let text =
            "The firm moved in 1998. Later that year it merged.\n\nEarlier that year, nothing.";
        assert_eq!(
            found(text, "2025-04-17"),
            vec![
                pair("1998", "1998"),
                pair("Later that year", "1998"),
                pair("Earlier that year", "2025")
            ]
        );
        assert_eq!(
            only("Sales peaked by the end of the year.", "2025-04-17"),
            pair("the end of the year", "2025")
        );
    }

    #[test]
    fn offsets_count_from_a_date_in_the_same_sentence() {
        let anchor = "2025-06-01";
        assert_eq!(
            only("Protests began six days after April 17, 2025.", anchor),
            pair("six days after April 17, 2025", "2025-04-23")
        );
        assert_eq!(
            found("The court ruled on April 17, 2025, and six days after the ruling the minister resigned.", anchor),
            vec![pair("April 17, 2025", "2025-04-17"), pair("six days after the ruling", "2025-04-23")]
        );
        assert_eq!(
            found(
                "The plant opened on 17 April 2025 and closed two weeks later.",
                anchor
            ),
            vec![
                pair("17 April 2025", "2025-04-17"),
                pair("two weeks later", "2025-05-01")
            ]
        );
        assert_eq!(
            found(
                "The vote was on 2 May 2025; the count ended the next day.",
                anchor
            ),
            vec![
                pair("2 May 2025", "2025-05-02"),
                pair("the next day", "2025-05-03")
            ]
        );
        assert_eq!(
            found(
                "The law passed in 2019 and took effect a year later.",
                anchor
            ),
            vec![pair("2019", "2019"), pair("a year later", "2020")]
        );
    }

    #[test]
    fn offsets_do_not_cross_sentences_and_restated_dates_win() {
        let text = "The court ruled on April 17, 2025. Two weeks later, the council met.";
        let all = find_time_expressions(text, date("2025-06-01"));
        assert_eq!(
            (all[1].text.as_str(), all[1].value),
            ("Two weeks later", None)
        );
        assert_eq!(
            found(
                "Six days after the ruling, on April 23, 2025, crowds gathered.",
                "2025-06-01"
            ),
            vec![pair("April 23, 2025", "2025-04-23")]
        );
        assert!(found(
            "The season started a month earlier than usual.",
            "2025-06-01"
        )
        .is_empty());
    }

    #[test]
    fn a_coarse_anchor_places_only_what_its_precision_allows() {
        let month = "2025-04";
        assert_eq!(value("The mayor spoke on Monday.", month), None);
        assert_eq!(value("Sales rose yesterday.", month), None);
        assert_eq!(
            value("Sales rose last year.", month).as_deref(),
            Some("2024")
        );
        assert_eq!(
            value("Sales rose last month.", month).as_deref(),
            Some("2025-03")
        );
        assert_eq!(value("Sales rose last month.", "2025"), None);
        assert_eq!(
            value("Sales rose last year.", "2025").as_deref(),
            Some("2024")
        );
    }

    #[test]
    fn without_an_anchor_relative_expressions_are_kept_unresolved() {
        let text = "Yesterday the mayor, who took office on April 17, 2025, said on Monday that last year and in March were hard.";
        let got: Vec<_> = find_time_expressions(text, None)
            .into_iter()
            .map(|e| (e.text, e.value.is_some(), e.relative))
            .collect();
        assert_eq!(
            got,
            [
                ("Yesterday".to_string(), false, true),
                ("April 17, 2025".to_string(), true, false),
                ("Monday".to_string(), false, true),
                ("last year".to_string(), false, true),
                ("March".to_string(), false, true),
            ]
        );
    }

    #[test]
    fn offsets_are_chars_and_text_is_the_slice() {
        let text = "Über-Café ☕ — «naïve» 🚀 said on 17 April 2025 that in2022 prices… rose.";
        let chars: Vec<char> = text.chars().collect();
        let all = find_time_expressions(text, None);
        assert_eq!(all.len(), 2);
        for e in &all {
            assert_eq!(e.text, chars[e.start..e.end].iter().collect::<String>());
        }
        assert_eq!(all[0].text, "17 April 2025");
        assert_eq!(
            all[0].start,
            text.find("17 April")
                .map(|b| text[..b].chars().count())
                .unwrap()
        );
        assert_eq!(all[1].text, "2022");
    }

    #[test]
    fn sentences_end_at_terminators_but_not_after_abbreviations() {
        let tokens = tokenize(
            &"Dr. Roe met Gov. Lee in the U.S. Army. Then it rained!"
                .chars()
                .collect::<Vec<_>>(),
        );
        let sentences: Vec<usize> = tokens.iter().map(|t| t.sentence).collect();
        assert_eq!(sentences.iter().max(), Some(&1));
        assert_eq!(
            tokens.iter().find(|t| t.text == "Then").map(|t| t.sentence),
            Some(1)
        );
    }

    #[test]
    fn date_arithmetic_round_trips() {
        for days in [-800_000, -1, 0, 1, 20_195, 60_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(weekday_of(days_from_civil(2025, 4, 17)), 3); // Thursday
        assert_eq!(add_months(2025, 1, -2), date("2024-11"));
        assert_eq!(add_months(2024, 12, 1), date("2025-01"));
    }

    #[test]
    fn a_year_beside_a_month_completes_it() {
        let anchor = "2025-06-01";
        assert_eq!(
            found("The fair ran from 29 September – 1 October 2006.", anchor),
            vec![
                pair("29 September", "2006-09-29"),
                pair("1 October 2006", "2006-10-01")
            ]
        );
        assert_eq!(
            found("Talks ran from December 28 to January 3, 2020.", anchor)[0],
            pair("December 28", "2019-12-28")
        );
        assert_eq!(
            found("In 1910, on October 5, the monarchy fell.", anchor),
            vec![pair("1910", "1910"), pair("October 5", "1910-10-05")]
        );
        assert_eq!(
            found("The pianist died on 10th December in 1989.", anchor)[0],
            pair("10th December", "1989-12-10")
        );
        // A year in another clause does not complete the date.
        assert_eq!(
            found(
                "The firm, which lost money in 2019, on March 3 said it would grow.",
                anchor
            )[1],
            pair("March 3", "2025-03-03")
        );
        assert_eq!(
            only("It began in July last year.", anchor),
            pair("July last year", "2024-07")
        );
        assert_eq!(
            only("It ends in March next year.", anchor),
            pair("March next year", "2026-03")
        );
    }

    #[test]
    fn a_day_before_a_year_makes_it_a_year_even_before_a_plural() {
        assert_eq!(
            only(
                "Security tightened after the September 11, 2001 attacks.",
                "2025-06-01"
            ),
            pair("September 11, 2001", "2001-09-11")
        );
        assert_eq!(
            only("Contacts began as early as 2015.", "2025-06-01"),
            pair("2015", "2015")
        );
    }

    #[test]
    fn names_and_generic_days_are_not_dates() {
        for text in [
            "She wrote for The Sunday Times.",
            "The fair is on the fourth Saturday of August each year.",
            "The band released \"From Yesterday\" as a single.",
            "The White House Thursday briefing was short.",
        ] {
            let days: Vec<_> = found(text, "2025-04-17")
                .into_iter()
                .filter(|(_, v)| v.as_ref().is_some_and(|v| v.len() == 10))
                .collect();
            assert!(days.is_empty(), "{text}: {days:?}");
        }
        assert_eq!(
            value("Earlier Tuesday, the minister resigned.", "2025-04-17").as_deref(),
            Some("2025-04-15")
        );
        assert_eq!(
            only("Late Monday the vote passed.", "2025-04-17"),
            pair("Late Monday", "2025-04-14")
        );
        assert_eq!(
            value("\"Today we won,\" he said.", "2025-04-17").as_deref(),
            Some("2025-04-17")
        );
        let e = &find_time_expressions("Fares rose in the late 1930's.", None)[0];
        assert_eq!((e.text.as_str(), e.value), ("late 1930's", None));
    }

    #[test]
    fn other_decades_and_year_ends() {
        let anchor = "1987-01-06"; // a Tuesday
        let text = "Last year the mill shut; on December 30 and on Friday talks failed, \
                    in the summer of 1979 too, and the 1960s were better. It reopens next spring.";
        assert_eq!(
            found(text, anchor),
            vec![
                pair("Last year", "1986"),
                pair("December 30", "1986-12-30"),
                pair("Friday", "1987-01-02"),
                pair("summer of 1979", "1979"),
                ("1960s".to_string(), None),
                pair("next spring", "1987"),
            ]
        );
    }

    /// Output ordered, non-overlapping, in bounds and equal to its slice, for any input.
    fn assert_invariants(text: &str, anchor: Option<PartialDate>) {
        let chars: Vec<char> = text.chars().collect();
        let all = find_time_expressions(text, anchor);
        let mut last_end = 0;
        for e in &all {
            assert!(
                e.start >= last_end && e.start < e.end && e.end <= chars.len(),
                "{text:?}: {e:?}"
            );
            assert_eq!(e.text, chars[e.start..e.end].iter().collect::<String>());
            last_end = e.end;
        }
    }

    #[test]
    fn odd_and_generated_input_never_panics() {
        for text in [
            "",
            " ",
            "\n\n",
            "the",
            "17",
            "-",
            "2025-",
            "April",
            "İstanbul 2025",
            "1957-",
            "-58",
            "on the",
            "six days after",
            "the end of",
        ] {
            assert_invariants(text, date("2025-04-17"));
            assert_invariants(text, None);
        }
        let pieces = [
            "April",
            "17",
            "17th",
            ",",
            ".",
            "2025",
            "in",
            "the",
            "of",
            "last",
            "next",
            "year",
            "week",
            "Monday",
            "early",
            "mid",
            "-",
            "–",
            "/",
            "days",
            "after",
            "later",
            "ago",
            "two",
            "a",
            "on",
            "1957-58",
            "04/17/2025",
            "17.04.2025",
            "2,000",
            "$",
            "No.",
            "that",
            "end",
            "\n\n",
            "é",
            "🚀",
            "in2022",
            "1990s",
            "20th",
            "century",
            "summer",
            "today",
            "İ",
            "ǅ",
            "ß",
            "Sept.",
            "than",
        ];
        let impossible = PartialDate {
            year: i32::MAX,
            month: Some(13),
            day: Some(40),
        };
        assert_invariants(
            "Last year on Monday, two days later, in March.",
            Some(impossible),
        );
        let anchors = [
            None,
            date("2025-04-17"),
            date("2025-04"),
            date("2025"),
            date("1000-01-01"),
            date("9999-12-31"),
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for round in 0..3000 {
            let mut text = String::new();
            for _ in 0..(round % 13) {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let piece = pieces[(seed >> 33) as usize % pieces.len()];
                text.push_str(piece);
                if !(seed >> 20).is_multiple_of(3) {
                    text.push(' ');
                }
            }
            assert_invariants(&text, anchors[round % anchors.len()]);
        }
    }
}
