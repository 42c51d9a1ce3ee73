//! One country's body under its several names: "Supreme Court of Varnia", "the Varnian
//! Supreme Court", "Varnia's Supreme Court" and "Varnia Supreme Court" share the key "varnia
//! supreme court"; and "the Supreme Court" alone joins it when the corpus names no other
//! country's.

use super::{display_name, fold, move_group, vote_kind, At, Group, UncertainMerge};
use crate::analyse::mentions::Mention;
use crate::model::actor::ActorKind;
use crate::text::gazetteer::{self, Category};
use std::collections::{BTreeMap, BTreeSet};

/// A body named with its country: the country's folded name and the body's.
pub(super) struct NationalBody {
    country: String,
    body: String,
}

impl NationalBody {
    pub(super) fn key(&self) -> String {
        format!("{} {}", self.country, self.body)
    }
}

/// A name made of a country and a body with a head-word ("Court", "Ministry"), before it or
/// after "of". After "of", the body takes two words or more: "Bank of Varnia" is more often a
/// company's whole name than its country's bank.
pub(super) fn national_body(name: &str) -> Option<NationalBody> {
    let country = |phrase: &str| {
        let phrase = phrase.strip_prefix("the ").unwrap_or(phrase);
        gazetteer::lookup(phrase)
            .filter(|e| matches!(e.category, Category::Country | Category::Demonym))
            .map(|e| e.name)
    };
    // "Varnia's Supreme Court", as the mention finder names a state's body.
    let possessed = ["'s ", "’s "]
        .into_iter()
        .find_map(|mark| name.split_once(mark))
        .and_then(|(owner, body)| Some((country(owner)?, body)));
    let (country, body) = match (possessed, name.rsplit_once(" of ")) {
        (Some(owned), _) => owned,
        (None, Some((body, place))) if body.contains(' ') => (country(place)?, body),
        (None, Some(_)) => return None,
        (None, None) => {
            let (first, body) = name.split_once(' ')?;
            (country(first)?, body)
        }
    };
    let headed = body
        .split_whitespace()
        .any(|w| gazetteer::organisation_head(w).is_some());
    headed.then(|| NationalBody {
        country: fold(country),
        body: fold(body),
    })
}

/// "the Supreme Court" joins "varnia supreme court" when that is the only country's body of
/// that name in the corpus; listed for the editor.
pub(super) fn fold_bare_bodies<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let organisation = |group: &Group| vote_kind(group, mention) == ActorKind::Organisation;
    let mut national: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (key, group) in &groups {
        let named = group
            .occurrences
            .first()
            .map(|&at| mention(at).name.as_str());
        let Some(body) = named.and_then(national_body) else {
            continue;
        };
        if body.key() == *key && organisation(group) {
            national.entry(body.body).or_default().push(key);
        }
    }
    let moves: Vec<(String, String)> = national
        .into_iter()
        .filter_map(|(body, keys)| match keys.as_slice() {
            [one] if groups.get(&body).is_some_and(organisation) => {
                uncertain.insert(UncertainMerge {
                    name: display_name(&body, &groups[&body], mention),
                    other: display_name(one, &groups[*one], mention),
                    reason: "a country's body named without its country",
                    merged: true,
                });
                Some((body, one.to_string()))
            }
            _ => None,
        })
        .collect();
    for (from, to) in moves {
        move_group(&mut groups, &from, to);
    }
    groups
}
