//! What a figure counts, as a measure two sources can be compared on: what happened to the
//! people counted, read from the noun or the verb beside the number ("killed 145", "145 people
//! were killed", "claimed nearly 150 lives", "the death toll rose to 40", "40 dead"), or the
//! unit itself for things ("tons", "dollars USD"). A count of people with no word saying what
//! happened to them ("5,000 people" in a camp, at a concert) has no measure.

use super::words::{AUXILIARIES, GROUP_NOUNS, LIFE_TAKING, OUTCOMES, PEOPLE_NOUNS, TOLL_LINKS};
use super::{Draft, Scanner};
use crate::text::tokens::Gap;

/// The outcome a word names ("died" → "killed", "injuries" → "wounded").
fn outcome(word: &str) -> Option<&'static str> {
    OUTCOMES
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(measure, _)| *measure)
}

/// Whether a measure counts what happened to people ("killed", "wounded soldiers"), as
/// against a unit ("dollars USD", "percent"): a happening's toll is about the happening, a
/// sum or a share in the same sentence may be about anything.
pub(crate) fn is_outcome(measure: &str) -> bool {
    let head = measure.split(' ').next().unwrap_or(measure);
    OUTCOMES.iter().any(|(outcome, _)| *outcome == head)
}

impl Scanner<'_> {
    /// The measure of a figure being finished (see the module comment).
    pub(super) fn measure_of(&self, draft: &Draft) -> Option<String> {
        let unit = draft.unit.as_deref();
        if let Some(measure) = unit.and_then(outcome) {
            return Some(measure.to_string());
        }
        if unit == Some("lives") {
            let taken = self
                .word_before(draft.first)
                .is_some_and(|w| LIFE_TAKING.contains(&w))
                || self.verb_after(draft.last) == Some("lost");
            return taken.then(|| "killed".to_string());
        }
        let happened = self
            .verb_after(draft.last)
            .and_then(|w| outcome(w))
            .or_else(|| self.outcome_before(draft.first));
        match unit {
            None => happened.map(str::to_string),
            Some(u) if PEOPLE_NOUNS.contains(&u) => happened.map(str::to_string),
            Some(u) if GROUP_NOUNS.contains(&u) => happened.map(|m| format!("{m} {u}")),
            Some(u) => Some(match draft.currency {
                Some(code) => format!("{u} {code}"),
                None => u.to_string(),
            }),
        }
    }

    /// The word right before `first` in the same clause (a space between, no mark).
    fn word_before(&self, first: usize) -> Option<&str> {
        let spaced = self.gap(first) == Some(Gap::Space);
        first
            .checked_sub(1)
            .filter(|_| spaced)
            .and_then(|p| self.word(p))
    }

    /// The verb after a count, past auxiliaries and one adverb: "were killed", "have been
    /// arrested", "reportedly died", "lost (their lives)".
    fn verb_after(&self, last: usize) -> Option<&str> {
        let mut at = last + 1;
        while self
            .spaced_word(at)
            .is_some_and(|w| AUXILIARIES.contains(&w) || w == "been")
        {
            at += 1;
        }
        if self
            .spaced_word(at)
            .is_some_and(|w| w.len() > 3 && w.ends_with("ly"))
        {
            at += 1;
        }
        self.spaced_word(at)
    }

    /// An outcome named before the number: "killed 145", "injuring 30", "the death toll rose
    /// to 40", "a toll of 40".
    fn outcome_before(&self, first: usize) -> Option<&'static str> {
        let mut at = first;
        for _ in 0..4 {
            let word = self.word_before(at)?;
            if let Some(measure) = outcome(word).filter(|_| at == first) {
                return Some(measure);
            }
            if word == "toll" {
                return Some("killed");
            }
            if !TOLL_LINKS.contains(&word) {
                return None;
            }
            at -= 1;
        }
        None
    }
}
