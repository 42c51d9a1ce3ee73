//! Rules for dates the text states: numeric dates, month and day, month and year, years,
//! decades and centuries.

use super::rules::Meaning;
use super::scan::{
    day_at, followed_by_count_noun, four_digit_year, leading_weekday, month_at, stated_year,
};
use super::words::{GLUED_PREPOSITIONS, MONTH_CUES, STRONG_YEAR_CUES, WEAK_YEAR_CUES};
use super::{Found, Scan, Token};
use crate::model::date::{days_in_month, PartialDate};
use crate::text::lexicon::is_stop_word;
use crate::text::tokens::Kind;

pub(super) fn numeric_date(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn month_day_year(scan: &Scan, i: usize) -> Option<Found> {
    let (weekday, j) = leading_weekday(scan, i);
    let (month, j, _) = month_at(scan, j)?;
    let (day, end) = day_at(scan, j)?;
    let year = year_after_day(scan, end);
    day_date(month, day, weekday, end, year, "absolute: month day year")
}

/// "17 April 2025", "the 17th of April", "Thursday 17 April".
pub(super) fn day_month_year(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn month_year(scan: &Scan, i: usize) -> Option<Found> {
    let (month, j, _) = month_at(scan, i)?;
    let j = j + usize::from(scan.is_word(j, &["of"]) || scan.is_punct(j, &[","]));
    let year = stated_year(scan, j)?;
    let date = PartialDate::new(year, Some(month), None)?;
    Found::new(j + 1, Meaning::Stated(date, "absolute: month year"))
}

/// A month name alone ("in March"): only spelt out, capitalised, and after a word that makes it
/// a month ("in", "since", "early"…) or in a list of months ("April and May"), so that "May"
/// the verb or the surname and "March" the noun stay out.
pub(super) fn month_name(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn shifted_month_name(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn month_of_year(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn day_of_month(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn year_number(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn decade(scan: &Scan, i: usize) -> Option<Found> {
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
pub(super) fn century(scan: &Scan, i: usize) -> Option<Found> {
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
