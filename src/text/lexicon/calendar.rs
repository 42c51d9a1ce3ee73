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
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_ascii_lowercase();
            m == word
                || (word.len() <= 4 && m.starts_with(&word) && (word.len() == 3 || word == "sept"))
        })
        .map(|i| i as u8 + 1)
}

/// A month's name spelt out in full, in any case ("April", not "Apr").
pub(crate) fn is_full_month_name(word: &str) -> bool {
    MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
}

/// A weekday's name or its three-letter abbreviation, maybe with a comma or full stop.
pub fn is_weekday(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']).to_ascii_lowercase();
    WEEKDAYS.iter().any(|d| {
        let d = d.to_ascii_lowercase();
        d == word || (word.len() == 3 && d.starts_with(&word))
    })
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
        assert!(is_full_month_name("april") && !is_full_month_name("Apr"));
    }

    #[test]
    fn weekday_names_and_abbreviations() {
        assert!(is_weekday("Thursday,") && is_weekday("tue.") && !is_weekday("Th"));
    }
}
