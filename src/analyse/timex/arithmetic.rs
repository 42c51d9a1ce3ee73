//! Calendar arithmetic on day counts, months and years, and the year nearest the anchor.

use crate::model::date::{civil_from_days, days_in_month, PartialDate};
pub(super) use crate::model::date::{days_from_civil, weekday_of};

pub(super) fn day_value(days: i64) -> Option<PartialDate> {
    let (year, month, day) = civil_from_days(days);
    PartialDate::new(year, Some(month), Some(day))
}

/// The month `step` months from `year`-`month`.
pub(super) fn add_months(year: i32, month: u8, step: i64) -> Option<PartialDate> {
    let index = i64::from(year) * 12 + i64::from(month) - 1 + step;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    PartialDate::new(year, Some(index.rem_euclid(12) as u8 + 1), None)
}

pub(super) fn add_years(year: i32, step: i64) -> Option<PartialDate> {
    PartialDate::new(i32::try_from(i64::from(year) + step).ok()?, None, None)
}

/// A date with a day, as a day count.
pub(super) fn as_days(date: PartialDate) -> Option<i64> {
    Some(days_from_civil(date.year(), date.month()?, date.day()?))
}

/// The year for a month (and day) stated without one: the occurrence nearest the anchor,
/// leaning to the past (at most about two months ahead) or, in a future clause, to the future.
pub(super) fn nearest_year(anchor: PartialDate, month: u8, day: Option<u8>, future: bool) -> i32 {
    let (ahead, behind) = if future { (10, 2) } else { (2, 10) };
    let year = anchor.year();
    let distance = match (anchor.month(), anchor.day(), day) {
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
