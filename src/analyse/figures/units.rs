//! Units: what a number counts, normalised to a lowercase plural ("1 year" and "5 years" share
//! "years"), and participles that name what happened to those counted.

use super::words::{PARTICIPLES, UNIT_SYNONYMS};
use crate::text::lexicon::grammar::{INVARIANT_NOUNS, IRREGULAR_PLURALS, PLURALS_WITHOUT_S};
use crate::text::lexicon::numbers::ORDINALS;

/// A word naming what happened to those counted: "killed", "arrested", "dead". "-eed" words
/// ("speed", "seed") are nouns.
pub(super) fn is_participle(word: &str) -> bool {
    let ed_form = word.chars().count() >= 4 && word.ends_with("ed") && !word.ends_with("eed");
    ed_form || PARTICIPLES.contains(&word)
}

/// Ordinals and fractions ("third", "thirds", "twenty-first"): after a number they make it a
/// fraction or an ordinal, not a count. "second" is left out: "one second" is a count.
pub(super) fn is_ordinal(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    (ORDINALS.contains(&stem) && stem != "second")
        || stem.ends_with("teenth")
        || stem.ends_with("ieth")
}

/// Lowercase plural form of a unit noun, so "1 year" and "5 years" share "years".
pub(super) fn normalise_unit(word: &str) -> String {
    let lower = word.to_lowercase();
    let bare = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    let plurals = || UNIT_SYNONYMS.iter().chain(IRREGULAR_PLURALS);
    if let Some((_, plural)) = plurals().find(|(form, _)| *form == bare) {
        return (*plural).to_string();
    }
    let already_plural = plurals().any(|(_, plural)| *plural == bare);
    if already_plural
        || bare.ends_with('s')
        || is_participle(bare)
        || INVARIANT_NOUNS.contains(&bare)
    {
        return bare.to_string();
    }
    pluralise(bare)
}

fn pluralise(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('y') {
        if stem.ends_with(|c: char| !"aeiou".contains(c)) {
            return format!("{stem}ies");
        }
    }
    if ["ch", "sh", "x", "z"].iter().any(|end| word.ends_with(end)) {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// Whether a unit word as written is plural (or a participle), i.e. reads as a count.
pub(super) fn looks_plural(word: &str) -> bool {
    (word.ends_with('s') && !word.ends_with("ss"))
        || PLURALS_WITHOUT_S.contains(&word)
        || is_participle(word)
}
