//! Resolving matches to dates: first what needs at most the anchor, then, in text order, what
//! needs other dates of the text ("that year", "two weeks later", a year beside a month).

use super::arithmetic::{add_months, add_years, as_days, day_value, nearest_year, weekday_of};
use super::rules::{best_match, Meaning, Step, STATED_RULES};
use super::scan::Unit;
use super::words::{FUTURE_WORDS, REPORTING_VERBS};
use super::{Match, Offset, Resolved, Scan, Token};
use crate::model::date::PartialDate;
use crate::text::lexicon::calendar::SEASONS;

pub(super) fn resolved(value: Option<PartialDate>, rule: &'static str, relative: bool) -> Resolved {
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
    pub(super) scan: &'a Scan<'a>,
    pub(super) matches: &'a [Match],
    pub(super) anchor: Option<PartialDate>,
}

impl Doc<'_> {
    pub(super) fn sentence(&self, k: usize) -> usize {
        self.scan.tokens[self.matches[k].first].sentence
    }

    pub(super) fn paragraph(&self, k: usize) -> usize {
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

pub(super) fn resolve_all(
    scan: &Scan,
    matches: &[Match],
    anchor: Option<PartialDate>,
) -> Vec<Resolved> {
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
        usize::from(v.month().is_some()) + usize::from(v.day().is_some())
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
    let day = anchor.filter(|a| a.day().is_some());
    let month = anchor.filter(|a| a.month().is_some());
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
            anchor.and_then(|a| PartialDate::new(a.year() + step, Some(mo), None)),
            "relative: month of a year relative to the anchor",
            true,
        ),
        Meaning::DayOfMonth(d) => resolved(
            month.and_then(|a| PartialDate::new(a.year(), a.month(), Some(d))),
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
            month.and_then(|a| add_months(a.year(), a.month()?, i64::from(step))),
            match step {
                0 => "relative: this month",
                -1 => "relative: last month",
                _ => "relative: next month",
            },
            true,
        ),
        Meaning::Years(step) => resolved(
            anchor.and_then(|a| add_years(a.year(), i64::from(step))),
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
        let am = a.month()?;
        let year = match step {
            -1 if month < am => a.year(),
            -1 => a.year() - 1,
            1 if month > am => a.year(),
            1 => a.year() + 1,
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
        Unit::Month => add_months(a.year(), a.month()?, -count),
        Unit::Year => add_years(a.year(), -count),
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
        let year = match (step, a.month()) {
            (Step::This | Step::Bare, _) => a.year(),
            (Step::Last, Some(m)) if m > last => a.year(),
            (Step::Last, Some(_)) => a.year() - 1,
            (Step::Next, Some(m)) if m < first => a.year(),
            (Step::Next, Some(_)) => a.year() + 1,
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
    if let Some(end) = stated(k + 1).filter(|v| v.month().is_some()) {
        if doc.beside(k, k + 1, RANGE_WORDS, 1) {
            // "December 28 – January 3, 2025": the range starts the year before.
            let after_end = (month, day.unwrap_or(1)) > (end.month()?, end.day().unwrap_or(31));
            let year = end.year() - i32::from(after_end);
            return with_year(
                year,
                "absolute: month (and day), year of the date ending the range",
            );
        }
    }
    let bare_year = |e: usize| stated(e).filter(|v| v.month().is_none()).map(|v| v.year());
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
        .find(|r| r.value.is_some_and(|v| !want_month || v.month().is_some()));
    let cut = |v: PartialDate| PartialDate::new(v.year(), v.month().filter(|_| want_month), None);
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
            doc.anchor.filter(|a| a.month().is_some()).and_then(cut),
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
            Unit::Day | Unit::Week => v.day().is_some(),
            Unit::Month => v.month().is_some(),
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
        Unit::Month => add_months(date.year(), date.month()?, n),
        Unit::Year => add_years(date.year(), n),
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
