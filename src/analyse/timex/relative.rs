//! Rules for dates relative to the anchor ("yesterday", "last Friday", "two years ago"), for
//! offsets from another date of the text ("six days after …", "the next day") and for
//! modifiers ("early 2024", "the end of the year").

use super::absolute::{day_month_year, month_day_year, numeric_date};
use super::rules::{best_match, Meaning, Step, PERIOD_RULES, STATED_RULES};
use super::scan::{
    count_at, follows_name, starts_sentence, stated_year, unit_at, weekday_at, Unit,
};
use super::words::{DETERMINERS, NOT_A_PARTICULAR_DAY, PERIOD_PARTS};
use super::{Found, Offset, Scan};
use crate::model::date::PartialDate;
use crate::text::lexicon::calendar::SEASONS;
use crate::text::lexicon::is_stop_word;
use crate::text::tokens::Kind;

/// "today", "yesterday", "tomorrow" (not "USA Today").
pub(super) fn deictic_day(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn weekday(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn calendar_period(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn season(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn ago(scan: &Scan, i: usize) -> Option<Found> {
    let count = count_at(scan, i)?;
    let unit = unit_at(scan, i + 1)?;
    if !scan.is_word(i + 2, &["ago"]) {
        return None;
    }
    Found::new(i + 3, Meaning::Ago(count, unit))
}

pub(super) fn anchored(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn modified(scan: &Scan, i: usize) -> Option<Found> {
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
