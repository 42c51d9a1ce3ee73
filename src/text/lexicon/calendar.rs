//! Calendar words: the names of months, weekdays and seasons, and their usual abbreviations.

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Northern-hemisphere seasons, "fall" being autumn.
pub(crate) const SEASONS: [&str; 5] = ["spring", "summer", "autumn", "fall", "winter"];

/// Words that make a weekday part of a holiday's name ("Good Friday", "Super Tuesday").
pub(crate) const HOLIDAY_WORDS: &[&str] = &[
    "ash", "black", "bloody", "cyber", "easter", "good", "holy", "maundy", "palm", "super",
];

/// The month number (1–12) of an English month name or its common abbreviation.
pub fn month_number(word: &str) -> Option<u8> {
    // Compared without allocating: the analysers ask this of nearly every word.
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    let abbreviation = word.len() == 3 || word.eq_ignore_ascii_case("sept");
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(word)
                || (abbreviation && starts_with_ignoring_ascii_case(m, word))
        })
        .map(|i| i as u8 + 1)
}

fn starts_with_ignoring_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A month's name spelt out in full, in any case ("April", not "Apr").
pub(crate) fn is_full_month_name(word: &str) -> bool {
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// A weekday's name or its three-letter abbreviation, maybe with a comma or full stop.
pub fn is_weekday(word: &str) -> bool {
    weekday_number(word).is_some()
}

/// The day of the week a word names, 0 for Monday, as a full name or three letters.
pub fn weekday_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches([',', '.']);
    WEEKDAYS
        .iter()
        .position(|d| {
            d.eq_ignore_ascii_case(word)
                || (word.len() == 3 && starts_with_ignoring_ascii_case(d, word))
        })
        .map(|n| n as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("apr"), Some(4));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Marching"), None);
        assert_eq!(month_number("SEPT"), Some(9));
        assert_eq!(month_number("Septe"), None);
        assert_eq!(month_number("Déc"), None);
        assert!(is_full_month_name("april") && !is_full_month_name("Apr"));
    }

    #[test]
    fn weekday_names_and_abbreviations() {
        assert!(is_weekday("Thursday,") && is_weekday("tue.") && !is_weekday("Th"));
        assert_eq!(weekday_number("Monday"), Some(0));
        assert_eq!(weekday_number("SUN"), Some(6));
        assert_eq!(weekday_number("Sundays"), None);
    }
}
