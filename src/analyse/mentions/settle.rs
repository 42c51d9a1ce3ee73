//! The pass over the whole document: names of unknown kind take the kind the text gives them
//! elsewhere, unconfirmed everyday words go, and mentions are materialised.

use super::{Doc, Found};

use super::tokenise::Shape;
use super::{AcronymDefinition, ActorKind, Mention, Via};
use crate::text::gazetteer;
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

/// Gives names of unknown kind the kind the document establishes elsewhere, and drops
/// ordinary words that nothing confirms as names. An acronym the text defines takes its
/// expansion's kind. Returns the names the document shows to be things' (see `things`).
pub(super) fn settle_kinds(
    doc: &Doc,
    found: &mut Vec<Found>,
    definitions: &[AcronymDefinition],
) -> Vec<String> {
    doc.kinds_from_lists(found);
    let names: Vec<String> = found.iter().map(|f| doc.name_of(f)).collect();
    let known = KnownNames::collect(doc, found, &names);
    for (f, name) in found.iter_mut().zip(&names) {
        let defined = definitions
            .iter()
            .find(|d| d.acronym == doc.text(f.tokens.start))
            .and_then(|d| known.kinds.get(d.expansion.as_str()));
        if let (Via::Acronym, Some(&kind)) = (f.via, defined) {
            // The text's own definition beats the gazetteer's reading of the letters.
            (f.kind, f.evidence, f.canonical) = (kind, "acronym: defined in text", None);
        } else if (f.kind == ActorKind::Other || is_weak_person(f))
            && known.companies.contains(name.as_str())
        {
            // "Harwick" beside "Harwick Aviation": a founder's name standing for the firm,
            // even where a person of the family is named too ("Ann Harwick, its chair").
            (f.kind, f.evidence, f.tentative) =
                (ActorKind::Organisation, "short for a company's name", false);
        } else if f.kind == ActorKind::Other {
            if let Some((kind, evidence)) = known.kind_of(name) {
                (f.kind, f.evidence, f.tentative) = (kind, evidence, false);
            }
        }
    }
    found.retain(|f| !f.tentative);
    let names: Vec<String> = found.iter().map(|f| doc.name_of(f)).collect();
    doc.drop_things(found, &names)
}

/// What a document's typed mentions say about its other names.
struct KnownNames<'n> {
    /// Each typed name's most frequent kind, so one mistyped occurrence does not type all
    /// the others.
    kinds: HashMap<&'n str, ActorKind>,
    /// "Novak" after "Jana Novak", and "Jana" too: the parts of a person's full name.
    parts_of_names: HashSet<&'n str>,
    /// "Acme" after "Acme Holdings": the first word of a longer name, standing for it.
    first_words: HashMap<&'n str, ActorKind>,
    /// Names shown to be companies' ("shares of Acme"), and the first words of companies'
    /// names ("Acme" of "Acme Motors", "Acme Australia").
    companies: HashSet<&'n str>,
}

/// A one-word person with no title or role: its look ("given name", "name shape") or a
/// verb a company takes too ("said") is all that says it is a person.
fn is_weak_person(found: &Found) -> bool {
    found.kind == ActorKind::Person
        && found.tokens.len() == 1
        && found.role.is_none()
        && !found.evidence.starts_with("title")
}

impl<'n> KnownNames<'n> {
    pub(super) fn collect(doc: &'n Doc, found: &[Found], names: &'n [String]) -> Self {
        let mut votes: HashMap<&str, HashMap<ActorKind, usize>> = HashMap::new();
        let mut known = KnownNames {
            kinds: HashMap::new(),
            parts_of_names: HashSet::new(),
            first_words: HashMap::new(),
            companies: HashSet::new(),
        };
        for (f, name) in found.iter().zip(names) {
            if f.kind == ActorKind::Other {
                continue;
            }
            if f.evidence != "acronym" {
                *votes.entry(name).or_default().entry(f.kind).or_default() += 1;
            }
            if f.evidence == "context: shares of" {
                known.companies.insert(name);
            }
            let last = doc.text(f.tokens.end - 1);
            let branch = f.evidence.starts_with("branch");
            if f.tokens.len() > 1 && (gazetteer::is_company_head(last) || branch) {
                known.companies.insert(doc.text(f.tokens.start));
            }
            if f.tokens.len() < 2 {
                continue;
            }
            let capitalised = |i: &usize| doc.tokens[*i].shape == Shape::Capitalised;
            if capitalised(&f.tokens.start) {
                known
                    .first_words
                    .entry(doc.text(f.tokens.start))
                    .or_insert(f.kind);
            }
            if f.kind == ActorKind::Person {
                let words = f.tokens.clone().filter(capitalised);
                known.parts_of_names.extend(words.map(|i| doc.text(i)));
            }
        }
        known.kinds = votes
            .into_iter()
            .filter_map(|(name, counts)| {
                let most = counts
                    .into_iter()
                    .max_by_key(|&(kind, n)| (n, Reverse(kind)))?;
                Some((name, most.0))
            })
            .collect();
        known
    }

    fn kind_of(&self, name: &str) -> Option<(ActorKind, &'static str)> {
        if self.parts_of_names.contains(name) {
            return Some((ActorKind::Person, "part of a named person's name"));
        }
        if let Some(&kind) = self.kinds.get(name) {
            return Some((kind, "same name elsewhere"));
        }
        let first_word = self.first_words.get(name);
        first_word.map(|&kind| (kind, "short for a longer name"))
    }
}

impl Doc<'_> {
    pub(super) fn name_of(&self, found: &Found) -> String {
        match (found.canonical, &found.joined_name) {
            (Some(name), _) => name.to_string(),
            (None, Some(name)) => name.clone(),
            (None, None) => self.source_text(found.tokens.clone()),
        }
    }

    pub(super) fn mention(&self, found: Found) -> Mention {
        let start = self.tokens[found.tokens.start].start;
        let end = self.tokens[found.tokens.end - 1].end;
        Mention {
            start,
            end,
            text: self.chars[start..end].iter().collect(),
            name: self.name_of(&found),
            kind: found.kind,
            via: found.via,
            role: found.role,
            evidence: found.evidence,
        }
    }
}
