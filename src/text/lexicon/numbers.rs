//! Number words: cardinals, scales, ordinals, and the plurals that only say "many".

/// "zero" to "nineteen", each at its value.
pub(crate) const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// "twenty" to "ninety": the tens, from 20.
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// The value of a one-word cardinal from "zero" to "ninety" ("seven" → 7, "forty" → 40), in
/// lowercase. Numbers of several words ("twenty-five", "two hundred") are the reader's to build.
pub(crate) fn cardinal(word: &str) -> Option<u32> {
    let index = |list: &[&str]| list.iter().position(|w| *w == word);
    if let Some(n) = index(&SMALL_NUMBERS) {
        return u32::try_from(n).ok();
    }
    index(&TENS).and_then(|n| u32::try_from(20 + 10 * n).ok())
}

/// Scale words and what they multiply by.
pub(crate) const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Scales as newsrooms abbreviate them ("3 bn", "5 mln").
pub(crate) const SCALE_ABBREVIATIONS: &[(&str, f64)] = &[
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Ordinal words that do not end in "-teenth" or "-ieth" ("thirteenth", "twentieth").
pub(crate) const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
];

/// Plurals and quantity words that only say "many": "dozens of people" is no figure.
pub(crate) const VAGUE_NUMBERS: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "trillions",
    "tens",
    "scores",
    "several",
    "many",
    "numerous",
];

/// Qualifiers that may stand right before a number, with their normalised form. They are tried
/// in order at each token; none is the start of another, so the order does not matter.
pub(crate) const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["at", "least"], "at least"),
    (&["no", "fewer", "than"], "at least"),
    (&["no", "less", "than"], "at least"),
    (&["no", "more", "than"], "up to"),
    (&["more", "than"], "more than"),
    (&["upwards", "of"], "more than"),
    (&["in", "excess", "of"], "more than"),
    (&["over"], "more than"),
    (&["less", "than"], "less than"),
    (&["fewer", "than"], "less than"),
    (&["under"], "less than"),
    (&["up", "to"], "up to"),
    (&["as", "many", "as"], "up to"),
    (&["as", "much", "as"], "up to"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["close", "to"], "nearly"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["roughly"], "about"),
    (&["approximately"], "about"),
    (&["some"], "about"),
    (&["an", "estimated"], "about"),
];

/// The qualifier whose words end `words` (lowercase), with how many words it has: "… more
/// than" before "20 years ago" makes the date a bound, not a date.
pub(crate) fn qualifier_ending(words: &[&str]) -> Option<(usize, &'static str)> {
    QUALIFIERS
        .iter()
        .filter(|(qualifier, _)| words.ends_with(qualifier))
        .map(|(qualifier, normal)| (qualifier.len(), *normal))
        .max_by_key(|&(len, _)| len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals_from_zero_to_ninety() {
        let values = ["zero", "nineteen", "twenty", "ninety", "hundred", "Seven"].map(cardinal);
        assert_eq!(values, [Some(0), Some(19), Some(20), Some(90), None, None]);
    }

    #[test]
    fn the_longest_qualifier_ending_the_words() {
        assert_eq!(
            qualifier_ending(&["ago", "more", "than"]),
            Some((2, "more than"))
        );
        assert_eq!(
            qualifier_ending(&["no", "more", "than"]),
            Some((3, "up to"))
        );
        assert_eq!(qualifier_ending(&["nearly"]), Some((1, "nearly")));
        assert_eq!(qualifier_ending(&["than", "the"]), None);
    }
}
