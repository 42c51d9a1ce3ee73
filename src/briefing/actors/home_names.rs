//! A body named with and without its home place: "Tessin Harbour Rovers" and "Harbour
//! Rovers", "Varn Valley Recovery Center" and "Recovery Center" when the corpus names only
//! one such body and a source uses both names (a name of two words or more: any sources). A
//! short name that only describes ("Economic Forum": everyday words before a head-word) may
//! be any body of its kind, and stays apart, unless the corpus uses its first word alone as
//! a name ("Pledges" beside "Pledges Treatment Center"). A place before a name that the corpus also
//! uses alone names a team, a company or an institution of that place, never a person: that
//! is the evidence of its kind. A name that is a company's short name ("Acme" beside "Acme
//! Motor Company") stays that company's.

use super::{is_decisive, merge_listed, short_company_name, vote_kind, At, Group, UncertainMerge};
use crate::analyse::mentions::Mention;
use crate::model::actor::ActorKind;
use crate::text::gazetteer::{self, Category};
use std::collections::{BTreeMap, BTreeSet};

/// The most words a home place takes before the name ("New Orleans").
const PLACE_WORDS: usize = 2;

/// Moves each name used without its home place into the one group that has it, listed for
/// the editor; returns the keys of the groups that gained one, which are organisations.
pub(super) fn fold_home_names<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    editor_placed: &dyn Fn(&str, &str) -> bool,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> (BTreeMap<String, Group>, BTreeSet<String>) {
    let is_place = |phrase: &str| {
        let known = gazetteer::lookup(phrase).is_some_and(|e| {
            matches!(
                e.category,
                Category::Country | Category::Capital | Category::City | Category::Region
            )
        });
        let named = groups
            .get(phrase)
            .is_some_and(|g| matches!(vote_kind(g, mention), ActorKind::Place | ActorKind::State));
        // "Jackson Reyes": a town's name that is also a given name starts a person's.
        let given = phrase
            .split(' ')
            .next()
            .is_some_and(gazetteer::is_given_name);
        (known || named) && !given
    };
    // A person's title or role in either group says the name is a person's after all.
    let titled = |group: &Group| {
        group.occurrences.iter().any(|&at| {
            let m = mention(at);
            m.kind == ActorKind::Person && (m.role.is_some() || is_decisive(m.evidence))
        })
    };
    let mut homes: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (key, group) in &groups {
        let words: Vec<&str> = key.split(' ').collect();
        for split in 1..=PLACE_WORDS.min(words.len().saturating_sub(1)) {
            let (place, rest) = (words[..split].join(" "), words[split..].join(" "));
            let Some((rest_key, rest_group)) = groups.get_key_value(rest.as_str()) else {
                continue;
            };
            let rest_words: Vec<&str> = rest.split(' ').collect();
            // "Pledges Treatment Center" beside "Pledges" alone: everyday words that name.
            let named_alone = rest_words.len() > 1
                && groups.get(rest_words[0]).is_some_and(|g| {
                    matches!(
                        vote_kind(g, mention),
                        ActorKind::Organisation | ActorKind::Other
                    )
                });
            let describes = !named_alone
                && rest_words.len() > 1
                && rest_words
                    .last()
                    .is_some_and(|w| gazetteer::organisation_head(w).is_some())
                && rest_words[..rest_words.len() - 1]
                    .iter()
                    .all(|w| gazetteer::is_english_word(w));
            let rest_is_place = matches!(
                vote_kind(rest_group, mention),
                ActorKind::Place | ActorKind::State
            );
            // "Ford" beside "Ford Motor Company" is that company's short name, whatever
            // a "Michigan Ford" elsewhere may be.
            let company_short = groups
                .keys()
                .any(|k| short_company_name(k) == Some(rest.as_str()));
            let sources = |g: &Group| g.occurrences.iter().map(|at| at.0).collect::<BTreeSet<_>>();
            let one_source_uses_both = !sources(group).is_disjoint(&sources(rest_group));
            // A name of two words or more is one body's across sources too; a single word
            // ("Rovers") is a body's short name only where a source shows it.
            if is_place(&place)
                && !describes
                && !company_short
                && (one_source_uses_both || rest_words.len() > 1)
                && !rest_is_place
                && !titled(group)
                && !titled(rest_group)
                && !editor_placed(rest_key, key)
            {
                homes
                    .entry(rest_key.as_str())
                    .or_default()
                    .push(key.as_str());
            }
        }
    }
    let moves: Vec<(String, String)> = homes
        .into_iter()
        .filter_map(|(rest, full)| match full.as_slice() {
            [one] => Some((rest.to_string(), one.to_string())),
            _ => None,
        })
        .collect();
    let mut organisations = BTreeSet::new();
    for (rest, full) in moves {
        let reason = "a name used with and without its home place";
        if merge_listed(
            &mut groups,
            (rest, full.clone()),
            reason,
            mention,
            uncertain,
        ) {
            organisations.insert(full);
        }
    }
    (groups, organisations)
}
