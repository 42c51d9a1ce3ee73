//! A capital that acts is its state: "Nairobi denied the report" is Kenya denying it, while
//! "talks in Nairobi" stay in the city. Only capitals are read this way, since the gazetteer
//! knows their states; seats of government ("the Kremlin", "the White House") stay actors of
//! their own, as they name an institution, not a place that stands in for one.

use super::tokenise::Shape;
use super::{ActorKind, Doc, Found};
use crate::text::gazetteer;

/// Verbs of a state's acts that follow their agent ("Nairobi announced", "Nairobi has
/// rejected"); reporting verbs come from the gazetteer.
const AGENT_VERBS: &[&str] = &[
    "accused",
    "agreed",
    "announced",
    "appointed",
    "banned",
    "blamed",
    "called",
    "condemned",
    "demanded",
    "expelled",
    "imposed",
    "launched",
    "objected",
    "ordered",
    "pledged",
    "promised",
    "protested",
    "recalled",
    "recognised",
    "recognized",
    "refused",
    "rejected",
    "responded",
    "retaliated",
    "sanctioned",
    "signed",
    "summoned",
    "threatened",
    "urged",
    "vowed",
    "welcomed",
];

/// Words that may stand between the agent and its verb ("Nairobi has also denied").
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "also", "later", "quickly",
];

/// Prepositions after which a capital is a place whatever follows ("officials in Nairobi
/// said").
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "to", "from", "into", "near", "of", "via", "across", "outside", "around", "within",
    "toward", "towards", "through",
];

impl Doc<'_> {
    /// Gives each capital used as an agent to its state.
    pub(super) fn capitals_as_agents(&self, found: &mut [Found]) {
        for f in found.iter_mut() {
            let Some(state) = self.acting_capital(f) else {
                continue;
            };
            f.kind = ActorKind::State;
            f.canonical = Some(state);
            f.evidence = "metonymy: capital as agent";
        }
    }

    fn acting_capital(&self, f: &Found) -> Option<&'static str> {
        if f.kind != ActorKind::Place || f.evidence != "gazetteer: capital" {
            return None;
        }
        let state = gazetteer::state_of_capital(f.canonical?)?;
        let after_preposition = f.tokens.start.checked_sub(1).is_some_and(|before| {
            self.tokens[before].shape == Shape::Lower
                && PLACE_PREPOSITIONS.contains(&self.text(before))
        });
        let mut next = f.tokens.end;
        while next < self.tokens.len() && AUXILIARIES.contains(&self.text(next)) {
            next += 1;
        }
        let verb = self.tokens.get(next).is_some_and(|t| {
            t.shape == Shape::Lower
                && (gazetteer::speech_verb(&t.text).is_some()
                    || AGENT_VERBS.contains(&t.text.as_str()))
        });
        (verb && !after_preposition && self.same_line(f.tokens.start, next)).then_some(state)
    }
}
