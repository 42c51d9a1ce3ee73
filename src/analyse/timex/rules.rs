//! What an expression means before it is resolved, the rule table, and the leftmost-longest
//! scan that applies it.

use super::absolute::{
    century, day_month_year, day_of_month, decade, month_day_year, month_name, month_of_year,
    month_year, numeric_date, shifted_month_name, year_number,
};
use super::relative::{ago, anchored, calendar_period, deictic_day, modified, season, weekday};
use super::scan::Unit;
use super::{Found, Match, Offset, Scan};
use crate::model::date::PartialDate;

/// What an expression means, before it is resolved against the anchor and the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Meaning {
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
pub(super) enum Step {
    /// "Friday": on or before the anchor, or on or after it in a future clause.
    Bare,
    /// "this Friday": on or after the anchor.
    This,
    Last,
    Next,
}

impl Found {
    pub(super) fn new(end: usize, meaning: Meaning) -> Option<Self> {
        Some(Found {
            end,
            meaning,
            approximate: false,
        })
    }
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
pub(super) const PERIOD_RULES: &[Rule] = &[
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
pub(super) const STATED_RULES: &[Rule] = &[
    numeric_date,
    month_day_year,
    day_month_year,
    month_year,
    year_number,
];

/// Leftmost-longest matching: ordered and non-overlapping.
pub(super) fn scan_matches(scan: &Scan) -> Vec<Match> {
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

pub(super) fn best_match(scan: &Scan, i: usize, rules: &[Rule]) -> Option<Found> {
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
