//! A demonym written as a noun names one of its people, not its state: "the 40-year-old
//! Varnian never recovered", "one Varnian and one Tessine were rescued". Such a word names a
//! person the text does not name, so it is no mention at all; as an adjective ("the Varnian
//! envoy") or as a nation's people ("the French said", "the Varnians said", which are not
//! one person) it stays its country's.

use super::tokenise::{is_dash, Shape};
use super::{Doc, Found, Via};
use crate::text::lexicon::parts_of_speech::{class_of, Class, VerbForm};

impl Doc<'_> {
    /// Drops each demonym that is a noun for one person.
    pub(super) fn drop_nationals(&self, found: &mut Vec<Found>) {
        found.retain(|f| !self.is_national(f));
    }

    /// A lone demonym that can name one person ("Varnian", "Tessini", not "French" or
    /// "Chinese"), after a determiner, a number or an age ("a", "the", "one", "40-year-old"),
    /// with no noun after it for it to describe.
    fn is_national(&self, f: &Found) -> bool {
        let word = &self.tokens[f.tokens.start].text;
        if f.via != Via::Demonym || f.tokens.len() != 1 || !names_one_person(word) {
            return false;
        }
        let counted = f.tokens.start.checked_sub(1).is_some_and(|i| {
            let token = &self.tokens[i];
            self.same_line(i, f.tokens.start)
                && (token.is("one")
                    || matches!(
                        class_of(&token.text.to_lowercase()),
                        Class::Determiner | Class::Number
                    ))
        }) || self.age_beside(f.tokens.clone());
        let next = f.tokens.end;
        let described = self.same_line(f.tokens.start, next)
            && match self.tokens[next].shape {
                // A word that can only be a verb's past or another closed class ends the
                // phrase ("never", "was", "swam", "and"); anything that may be a noun or an
                // adjective is described by the demonym ("the Varnian state").
                Shape::Lower => matches!(
                    class_of(&self.tokens[next].text),
                    Class::Content
                        | Class::Verb(VerbForm::Base | VerbForm::Present | VerbForm::Gerund)
                ),
                // "the Varnian-backed militia": a dash glues it to the word it describes.
                Shape::Punct => self.tokens[next].text.chars().all(is_dash),
                Shape::Possessive => false,
                _ => true,
            };
        counted && !described
    }
}

/// Whether a demonym is the noun for one of its people: "-an", "-i" and the like are ("an
/// Australian"), while "-ish", "-ch", "-ese" and "-ss" name a people only ("the French", "the
/// Swiss"), and so does a plural ("the Varnians said" speaks for the state, as the project
/// reads it).
fn names_one_person(demonym: &str) -> bool {
    let lower = demonym.to_lowercase();
    !["sh", "ch", "ese", "s"]
        .iter()
        .any(|end| lower.ends_with(end))
}
