//! The words that make a number or a month a date here, and those that end a date's clause:
//! this reader's own tuning (general calendar and number words are in `text::lexicon`).

/// Words before a year that make a number a year even when a plural noun follows it.
#[rustfmt::skip]
pub(super) const STRONG_YEAR_CUES: &[&str] = &[
    "in", "since", "during", "until", "till", "before", "after", "between", "through",
    "throughout", "year", "early", "mid", "late", "end", "spring", "summer", "autumn", "fall",
    "winter", "fiscal", "circa", "pre", "post",
];

/// Words before a year that make a number a year unless it is followed by a plural noun.
pub(super) const WEAK_YEAR_CUES: &[&str] = &[
    "of", "by", "from", "to", "for", "with", "than", "as", "around", "the", "a", "an", "its",
    "his", "her", "their", "our", "this", "that", "whose", "s",
];

/// Prepositions that scraped text glues to a year ("in2022"); any other glued word makes the
/// number a code ("A2022").
pub(super) const GLUED_PREPOSITIONS: &[&str] = &[
    "in", "since", "by", "from", "until", "till", "through", "during", "before", "after", "of",
    "to",
];

/// Words before a month name that make it a month and not a name or a verb ("in May").
#[rustfmt::skip]
pub(super) const MONTH_CUES: &[&str] = &[
    "in", "since", "by", "until", "till", "through", "throughout", "from", "during", "before",
    "after", "of", "between", "early", "mid", "late", "around",
];

/// Units that follow a count, not a year ("1500 km").
pub(super) const UNITS: &[&str] = &[
    "percent", "per", "km", "kg", "m", "cm", "mm", "ft", "mph", "kph", "mw", "gw", "kw", "gmt",
    "utc", "bst", "cet", "est", "et", "pst", "hrs", "hours", "am", "pm",
];

/// Words that open a future clause: a bare month or weekday after them points forward.
pub(super) const FUTURE_WORDS: &[&str] = &["will", "shall", "ll", "upcoming", "scheduled"];

/// Reporting verbs end the clause a date belongs to ("said Friday that it will …").
pub(super) const REPORTING_VERBS: &[&str] = &["said", "says", "told", "announced", "reported"];

/// Capitalised words before a weekday that do not make it a name ("Late Monday").
pub(super) const TIME_MODIFIERS: &[&str] = &["early", "late", "earlier", "later", "also", "since"];

/// Words before a weekday that make it no particular day ("the Sunday before", "a Monday").
pub(super) const NOT_A_PARTICULAR_DAY: &[&str] = &[
    "the", "a", "an", "first", "second", "third", "fourth", "fifth", "any", "one",
];

/// Words that open the noun phrase of "six days after the ruling".
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "this", "that",
];

/// "the end of March", "the beginning of the year".
pub(super) const PERIOD_PARTS: &[&str] = &["end", "start", "beginning", "middle", "turn", "close"];

/// Beginnings of verbs that move a date: "postponed the vote from March to May" names two
/// dates, not a period.
pub(super) const RESCHEDULING_STEMS: &[&str] = &[
    "postpon",
    "delay",
    "moved",
    "moving",
    "move",
    "reschedul",
    "push",
    "shift",
    "brought",
    "bring",
    "advanc",
    "defer",
];
