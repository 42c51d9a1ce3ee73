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
//! 4. Pairs of resolved dates that bound a period are joined into one range (`ranges`).
//!
//! Step 1 is `scan` (with the small readers every rule uses), step 2 `rules` with the rules in
//! `absolute` and `relative`, step 3 `resolve` with `arithmetic`, step 4 `ranges`; `words`
//! holds the cue words.
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
//! - **Ranges.** Two resolved dates joined by a dash, "to", "until", "through", or "and" after
//!   "between", in one sentence, are one expression from the first to the second ("from 1999 to
//!   2009", "1983–2005", "from March to May 2024"): `value` is the start, `until` the end. The
//!   end must begin after the start and lie outside it; a dashed run of numbers ("0800-1983-2005")
//!   is a code, "from … to" after a verb that moves dates ("postponed the vote from March to
//!   May") names two dates, and a number that is not a year in context ("COVID-19", a score)
//!   never was a date.
//! - **"That year"** and "the end of the year" take the year of the latest resolved date earlier
//!   in the same paragraph, else the anchor's year.
//! - **Anchored offsets** ("six days after April 17, 2025", "two weeks later", "the next day")
//!   count from the date they name, else from the latest date earlier in the same sentence
//!   (for "after/before …", a date later in the same clause); never across sentences. When an
//!   offset is restated by a date ("six days later, on April 23") the date wins and the offset
//!   is not returned.
//! - **Precision** is the expression's own: "last year" is a year even when the anchor is a
//!   day; an anchor without a day cannot place a weekday.

use crate::model::date::PartialDate;
use crate::text::tokens::Kind;
use serde::{Deserialize, Serialize};

mod absolute;
mod arithmetic;
mod ranges;
mod relative;
mod resolve;
mod rules;
mod scan;
mod words;

use ranges::join_ranges;
use resolve::resolve_all;
use rules::{scan_matches, Meaning};
use scan::{tokenize, Unit};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpression {
    /// Char offsets (Unicode scalar values) into the text, end exclusive.
    pub start: usize,
    pub end: usize,
    /// Exactly the chars `start..end`.
    pub text: String,
    /// `None` when it cannot be resolved (relative without anchor, or not a calendar date).
    /// A range's start ("1999" of "from 1999 to 2009").
    pub value: Option<PartialDate>,
    /// A range's end ("2009" of "from 1999 to 2009"); `None` for a single date.
    pub until: Option<PartialDate>,
    /// Which rule produced the value, human readable.
    #[serde(deserialize_with = "crate::analyse::cache::interned")]
    pub rule: crate::analyse::cache::StaticText,
    /// True when the value depends on the anchor date.
    pub relative: bool,
}

/// Finds the date expressions in `text` (cleaned news text; paragraphs separated by blank lines)
/// and normalises them. `anchor` is the source's publication date (any precision) or None.
pub fn find_time_expressions(text: &str, anchor: Option<PartialDate>) -> Vec<TimeExpression> {
    let chars: Vec<char> = text.chars().collect();
    let tokens = tokenize(&chars);
    let scan = Scan { tokens: &tokens };
    let matches = scan_matches(&scan);
    let resolved = resolve_all(&scan, &matches, anchor);
    join_ranges(&scan, &matches, &resolved)
        .into_iter()
        .map(|span| {
            let (start, end) = (tokens[span.first].start, tokens[span.end - 1].end);
            TimeExpression {
                start,
                end,
                text: chars[start..end].iter().collect(),
                value: span.resolved.value,
                until: span.until,
                rule: span.resolved.rule,
                relative: span.resolved.relative,
            }
        })
        .collect()
}

// The data the files of this module share, defined here so that each of them (a child of this
// module) reads the fields, which stay private to the module.

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

struct Scan<'a> {
    tokens: &'a [Token],
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

#[derive(Debug, Clone, Copy)]
struct Match {
    first: usize,
    end: usize,
    meaning: Meaning,
    approximate: bool,
}

#[derive(Debug, Clone, Copy)]
struct Resolved {
    value: Option<PartialDate>,
    rule: &'static str,
    relative: bool,
}

#[cfg(test)]
mod tests;
