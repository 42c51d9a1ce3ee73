//! Calendar dates at the precision a source gives them: a year, a month, or a day.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

pub use crate::text::lexicon::calendar::{
    is_weekday, month_number, weekday_number, MONTHS, WEEKDAYS,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Year,
    Month,
    Day,
}

impl PartialDate {
    /// A validated date; `None` when the month or day does not exist.
    pub fn new(year: i32, month: Option<u8>, day: Option<u8>) -> Option<Self> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        } else if day.is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('-');
        let year = parse_digits(parts.next()?, 4)?;
        let month = parts
            .next()
            .map(|m| parse_digits(m, 2))
            .map_or(Ok(None), |m| m.map(Some).ok_or(()));
        let month = month.ok()?;
        let day = parts
            .next()
            .map(|d| parse_digits(d, 2))
            .map_or(Ok(None), |d| d.map(Some).ok_or(()));
        let day = day.ok()?;
        if parts.next().is_some() {
            return None;
        }
        PartialDate::new(year as i32, month.map(|m| m as u8), day.map(|d| d as u8))
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// 1–12, when the date is at least that precise.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// 1–31, when the date is a day.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// The day of the week (0 for Monday … 6 for Sunday) of a date with a day.
    pub fn weekday(self) -> Option<u8> {
        Some(weekday_of(days_from_civil(
            self.year,
            self.month?,
            self.day?,
        )))
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// "17 April 2025", "April 2025" or "2025": the date as a reader says it.
    pub fn human(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// Whether this date can end a period that starts at `start`: it begins later and is not
    /// inside it ("May 1999" is inside "1999", so it ends nothing that starts in 1999).
    pub fn can_end(&self, start: PartialDate) -> bool {
        let inside = self.year == start.year
            && start.month.is_none_or(|m| self.month == Some(m))
            && start.day.is_none_or(|d| self.day == Some(d));
        *self > start && !inside
    }

    /// The period from this date to `end` as a reader says it, the shared parts said once:
    /// "1999–2009", "March–May 2024", "3–5 May 2024", "30 April – 2 May 2024"; without an end,
    /// the date alone.
    pub fn human_until(&self, end: Option<PartialDate>) -> String {
        let Some(end) = end else {
            return self.human();
        };
        let same_year = self.year == end.year;
        let start = match (self.month, self.day, end.month, end.day) {
            (Some(m), Some(d), Some(n), Some(_)) if same_year && m == n => d.to_string(),
            (Some(m), Some(d), Some(_), Some(_)) if same_year => {
                format!("{d} {}", MONTHS[m as usize - 1])
            }
            (Some(m), None, Some(_), None) if same_year => MONTHS[m as usize - 1].to_string(),
            _ => self.human(),
        };
        // A start of several words takes a spaced dash, so that it binds the whole phrase.
        let dash = if start.contains(' ') { " – " } else { "–" };
        format!("{start}{dash}{}", end.human())
    }
}

fn parse_digits(text: &str, len: usize) -> Option<u32> {
    if text.len() != len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm; inverse of
/// `civil_from_days`).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
pub fn weekday_of(days: i64) -> u8 {
    (days + 3).rem_euclid(7) as u8
}

/// The civil date of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Today's date (UTC), for the `retrieved` field of newly added sources.
pub fn today() -> PartialDate {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = civil_from_days((seconds / 86_400) as i64);
    PartialDate {
        year,
        month: Some(month),
        day: Some(day),
    }
}

/// A line that states a date and nothing else ("Monday 21 April 2025", "April 21, 2025",
/// "2025-04-21", "Published: 21.04.2025 10:30", "Mon Mar 4, 2019 9:15am EST", "Last updated
/// 05/03/2013"): the date it states, at its precision. A numeric day and month that could be
/// read either way ("05/03/2013") give the year only.
pub fn parse_dateline(line: &str) -> Option<PartialDate> {
    let mut year = None;
    let mut month = None;
    let mut day = None;
    let mut numeric = None;
    for piece in line.split(|c: char| c.is_whitespace() || c == ',' || c == '|') {
        let piece = piece.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(date) = numeric_date(piece) {
            numeric = Some(date?);
            continue;
        }
        for raw in piece.split('/') {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || is_weekday(word) || is_dateline_filler(word) || is_clock_time(raw)
            {
                continue;
            }
            if let Some(m) = month_number(word) {
                month = Some(m);
            } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
                year = word.parse().ok();
            } else if let Some(d) = ordinal_day(word) {
                day = Some(d);
            } else {
                return None;
            }
        }
    }
    match numeric {
        Some(date) => (year.is_none() && month.is_none() && day.is_none()).then_some(date),
        None => PartialDate::new(year?, Some(month?), day),
    }
}

/// "2013-05-03", "2013/05/03", "21.04.2025", "05/03/2013": `Some(date)` for a numeric date
/// (the year alone when day and month could be swapped, `None` inside when it is no valid
/// date), `None` for anything else.
fn numeric_date(word: &str) -> Option<Option<PartialDate>> {
    let parts: Vec<&str> = word.split(['/', '.', '-']).collect();
    let numeric = (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    if !numeric {
        return None;
    }
    let n: Vec<u32> = parts.iter().map(|p| p.parse().unwrap_or(0)).collect();
    let date = |y: u32, m: u32, d: u32| PartialDate::new(y as i32, Some(m as u8), Some(d as u8));
    if parts.len() == 2 {
        return (parts[0].len() == 4 && parts[1].len() <= 2)
            .then(|| PartialDate::new(n[0] as i32, Some(n[1] as u8), None));
    }
    Some(match (parts[0].len(), parts[2].len()) {
        (4, 1..=2) => date(n[0], n[1], n[2]),
        (1..=2, 4) if n[0] > 12 || n[0] == n[1] => date(n[2], n[1], n[0]),
        (1..=2, 4) if n[1] > 12 => date(n[2], n[0], n[1]),
        (1..=2, 4) => PartialDate::new(n[2] as i32, None, None).filter(|_| n[0] >= 1 && n[1] >= 1),
        _ => None,
    })
}

fn is_dateline_filler(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "published"
            | "updated"
            | "posted"
            | "on"
            | "at"
            | "am"
            | "pm"
            | "the"
            | "of"
            | "last"
            | "originally"
            | "first"
            | "date"
            | "a.m"
            | "p.m"
    ) || is_time_zone(word)
}

/// Time-zone abbreviations that follow a clock time in datelines ("9:15am EST").
fn is_time_zone(word: &str) -> bool {
    matches!(
        word.to_ascii_uppercase().as_str(),
        "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "WET"
            | "MSK"
            | "IST"
            | "JST"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "ET"
            | "PT"
            | "AEST"
            | "AEDT"
    )
}

fn ordinal_day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn is_clock_time(word: &str) -> bool {
    let word = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let mut parts = word.split(':');
    let (Some(h), Some(m)) = (parts.next(), parts.next()) else {
        return false;
    };
    !h.is_empty()
        && h.len() <= 2
        && m.len() == 2
        && (h.to_owned() + m).bytes().all(|b| b.is_ascii_digit())
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Editors may write a bare TOML date (published = 2025-04-17) or a string.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Text(String),
            Date(toml::value::Datetime),
        }
        let text = match Raw::deserialize(deserializer)? {
            Raw::Text(text) => text,
            Raw::Date(date) => date.to_string(),
        };
        PartialDate::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "invalid date {text:?}: expected YYYY, YYYY-MM or YYYY-MM-DD with a real month and day"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_ends_after_it_starts_and_outside_it() {
        let can_end = |end: &str, start: &str| {
            PartialDate::parse(end)
                .unwrap()
                .can_end(PartialDate::parse(start).unwrap())
        };
        assert!(can_end("2009", "1999"));
        assert!(can_end("2024-05", "2024-03"));
        assert!(can_end("2000-01", "1999"));
        assert!(!can_end("1999", "2009"));
        assert!(!can_end("1999-05", "1999"));
        assert!(!can_end("1999", "1999"));
        assert!(
            !can_end("1999", "1999-05"),
            "a year does not end within itself"
        );
    }

    #[test]
    fn periods_say_their_shared_parts_once() {
        let period = |a: &str, b: &str| {
            PartialDate::parse(a)
                .unwrap()
                .human_until(PartialDate::parse(b))
        };
        assert_eq!(period("1999", "2009"), "1999–2009");
        assert_eq!(period("2024-03", "2024-05"), "March–May 2024");
        assert_eq!(period("2024-05-03", "2024-05-05"), "3–5 May 2024");
        assert_eq!(period("2024-04-30", "2024-05-02"), "30 April – 2 May 2024");
        assert_eq!(
            period("2023-12", "2024-02"),
            "December 2023 – February 2024"
        );
        assert_eq!(period("1999", "2001-06"), "1999–June 2001");
        assert_eq!(period("1999", ""), "1999");
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2003").unwrap().precision(),
            Precision::Year
        );
        assert_eq!(
            PartialDate::parse("2024-03").unwrap().to_string(),
            "2024-03"
        );
        let day = PartialDate::parse("2025-04-17").unwrap();
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(day.human(), "17 April 2025");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2025-02-29",
            "2025-13",
            "2025-04-31",
            "25-04-17",
            "2025-4-7",
            "2025-04-17-1",
            "",
            "x",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
        assert!(PartialDate::parse("2024-02-29").is_some());
    }

    #[test]
    fn weekdays_of_dates_with_a_day() {
        let weekday = |text| PartialDate::parse(text).and_then(PartialDate::weekday);
        assert_eq!(weekday("2025-04-17"), Some(3)); // a Thursday
        assert_eq!(weekday("2000-02-29"), Some(1)); // a Tuesday
        assert_eq!(weekday("2025-04"), None);
    }

    #[test]
    fn civil_dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_195), (2025, 4, 17));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    #[test]
    fn datelines_state_only_a_date() {
        let d = |s| parse_dateline(s).map(|d| d.to_string());
        assert_eq!(d("Monday 21 April 2025").as_deref(), Some("2025-04-21"));
        assert_eq!(d("April 21, 2025").as_deref(), Some("2025-04-21"));
        assert_eq!(
            d("Published: Tue, 3rd Sept 2024 10:45 GMT").as_deref(),
            Some("2024-09-03")
        );
        assert_eq!(d("2025-04-21").as_deref(), Some("2025-04-21"));
        assert_eq!(d("March 2024").as_deref(), Some("2024-03"));
        assert_eq!(d("The talks began in April 2025"), None);
        assert_eq!(
            d("Mon Mar 4, 2019 9:15am EST").as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(
            d("Last updated 4 March 2019").as_deref(),
            Some("2019-03-04")
        );
        assert_eq!(
            d("UPDATED 05/03/2013 at 11:00 AM EDT").as_deref(),
            Some("2013")
        );
        assert_eq!(
            d("Posted 25/03/2013 at 11:00").as_deref(),
            Some("2013-03-25")
        );
        assert_eq!(d("21.04.2025 10:30").as_deref(), Some("2025-04-21"));
        assert_eq!(d("2013/05/03").as_deref(), Some("2013-05-03"));
        assert_eq!(d("Published 2013-05").as_deref(), Some("2013-05"));
        assert_eq!(d("05/31/2013").as_deref(), Some("2013-05-31"));
        assert_eq!(d("May 2, 2013 | 5:03pm").as_deref(), Some("2013-05-02"));
        assert_eq!(d("99/99/2013"), None);
        assert_eq!(d("27/09/2013 - Councils to merge next year"), None);
        assert_eq!(d("2013-09-27 3 May"), None);
        assert_eq!(d("Day Week Month"), None);
    }
}
