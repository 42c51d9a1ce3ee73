//! A capital that acts is its state: "Nairobi denied the report", "Nairobi has hosted talks"
//! are Kenya acting, while "talks in Nairobi" and "the Nairobi talks" stay in the city. Only
//! capitals are read this way, since the gazetteer knows their states; seats of government
//! ("the Kremlin", "the White House") stay actors of their own, as they name an institution
//! with its own people and statements, not a place that stands in for one. Another city that
//! acts keeps its kind and says so in its evidence ("Tessin signed a forward"), for the
//! corpus to tell: where a team carries the city's name, that is the team (`actors`). So is a
//! city on the other side of a game ("a loss to Tessin").

use super::tokenise::Shape;
use super::{ActorKind, Doc, Found};
use crate::text::gazetteer;
use crate::text::lexicon::parts_of_speech::{class_of, Class, VerbForm};

/// The evidence of a city, not a capital, that is the subject of a verb.
pub const CITY_AS_AGENT: &str = "gazetteer: city as agent";

impl Doc<'_> {
    /// Gives each capital that is the subject of a verb to its state, and marks each other
    /// city that is one.
    pub(super) fn capitals_as_agents(&self, found: &mut [Found]) {
        for f in found.iter_mut() {
            if f.kind != ActorKind::Place {
                continue;
            }
            if self.is_opponent(f) {
                if f.evidence == "gazetteer: city" {
                    f.evidence = CITY_AS_AGENT;
                }
                continue;
            }
            if !self.acts(f) {
                continue;
            }
            let state = f.canonical.and_then(gazetteer::state_of_capital);
            match (f.evidence, state) {
                ("gazetteer: capital", Some(state)) => {
                    f.kind = ActorKind::State;
                    f.canonical = Some(state);
                    f.evidence = "metonymy: capital as agent";
                }
                ("gazetteer: city", _) => f.evidence = CITY_AS_AGENT,
                _ => {}
            }
        }
    }

    /// Whether a city is the other side of a game: "a loss to Tessin", "the win over Tessin",
    /// "beat Tessin", "played against Tessin", "Varn vs. Tessin". A city does not play, so
    /// this is the team named after it when the corpus names one (`actors`), the city else.
    fn is_opponent(&self, f: &Found) -> bool {
        const SIDES: &[&str] = &["against", "vs", "versus", "beat", "beats", "defeated"];
        const RESULTS: &[&str] = &[
            "loss",
            "losses",
            "defeat",
            "defeats",
            "lost",
            "fell",
            "win",
            "wins",
            "won",
            "victory",
            "victories",
        ];
        let word = |back: usize| {
            f.tokens
                .start
                .checked_sub(back)
                .filter(|&i| self.same_line(i, f.tokens.start))
                .map(|i| self.tokens[i].text.to_lowercase())
        };
        let Some(before) = word(1) else {
            return false;
        };
        let vs_dot = before == "." && word(2).is_some_and(|w| w == "vs");
        let result = || word(2).is_some_and(|w| RESULTS.contains(&w.as_str()));
        SIDES.contains(&before.as_str())
            || vs_dot
            || (matches!(before.as_str(), "to" | "over" | "at") && result())
    }

    /// Whether a name is followed by a finite verb ("denied", "views", "has taken", "will
    /// not sign") and not ruled by a preposition or determiner before it.
    fn acts(&self, f: &Found) -> bool {
        // The class of a word written in lowercase, or capitalised only as a sentence's first.
        let lower_class = |i: usize| {
            let token = &self.tokens[i];
            let lower = token.shape == Shape::Lower
                || (token.shape == Shape::Capitalised && token.sentence_start);
            (lower && self.same_line(f.tokens.start, i))
                .then(|| class_of(&token.text.to_lowercase()))
        };
        let ruled = f
            .tokens
            .start
            .checked_sub(1)
            .and_then(lower_class)
            .is_some_and(|c| {
                matches!(
                    c,
                    Class::Preposition | Class::Determiner | Class::Possessive
                )
            });
        let mut next = f.tokens.end;
        let mut helped = false;
        while next < self.tokens.len() {
            match lower_class(next) {
                Some(Class::Auxiliary | Class::Modal) => helped = true,
                Some(Class::Adverb | Class::Negation | Class::NonFiniteAuxiliary) => {}
                _ => break,
            }
            next += 1;
        }
        let finite = next < self.tokens.len()
            && match lower_class(next) {
                Some(Class::Verb(
                    VerbForm::Present | VerbForm::Past | VerbForm::PastOrParticiple,
                )) => true,
                Some(Class::Verb(_)) => helped,
                _ => false,
            };
        finite && !ruled
    }
}
