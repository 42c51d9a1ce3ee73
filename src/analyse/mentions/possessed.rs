//! A body after a state's possessive is that state's: "Kenya's Supreme Court" names the body
//! "Kenya's Supreme Court" (its span stays "Supreme Court"), so the corpus joins it with the
//! body's other names ("Supreme Court of Kenya", "the Kenyan Supreme Court") and can title its
//! page by a name that says whose body it is. Only a body named in everyday words and a
//! head-word ("Foreign Ministry", "Central Bank"): a name of its own ("Acme Group") is no
//! state's.

use super::tokenise::Shape;
use super::{ActorKind, Doc, Found};
use crate::text::gazetteer;

impl Doc<'_> {
    /// Names each everyday-worded body right after a state's possessive by the state's name
    /// as written, the possessive and the body's name.
    pub(super) fn name_states_bodies(&self, found: &mut [Found]) {
        for i in 1..found.len() {
            let (before, rest) = found.split_at_mut(i);
            let (owner, body) = (&before[i - 1], &mut rest[0]);
            let possessive = owner.tokens.end;
            let owned = owner.kind == ActorKind::State
                && body.kind == ActorKind::Organisation
                && body.tokens.start == possessive + 1
                && self.tokens[possessive].shape == Shape::Possessive;
            if !owned {
                continue;
            }
            let name = self.name_of(body);
            let words: Vec<&str> = name.split_whitespace().collect();
            let everyday =
                |w: &str| gazetteer::lookup(w).is_none() && gazetteer::is_english_word(w);
            let headed = words
                .last()
                .is_some_and(|w| gazetteer::organisation_head(w).is_some());
            if words.len() >= 2 && headed && words.iter().all(|w| everyday(w)) {
                let state = self.source_text(owner.tokens.start..possessive + 1);
                body.joined_name = Some(format!("{state} {name}"));
                // The body's usual name ("Supreme Court") is now the state's body's.
                body.canonical = None;
            }
        }
    }
}
