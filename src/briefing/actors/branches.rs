//! One body's name with and without the word that says what kind of unit it is, and its
//! short branch forms: "Varn Popular Army Eastern" joins "Varn Popular Army Eastern
//! Command", and "Varn Popular Army-E" (the parent's name, a dash and the branch's initial)
//! joins the one name the corpus has that the letter continues. A branch written under
//! another parent's name ("Kessel-Eastern" beside "Varn Popular Army Eastern Command") may
//! be the same body under another name or a rival's branch: listed, never merged. (A
//! defined abbreviation, "(VPLA-E)", is keyed by its expansion before this.)

use super::{display_name, fold, merge_listed, vote_kind, At, Group, UncertainMerge};
use crate::analyse::mentions::{dashed_letters, is_dash, Mention};
use crate::model::actor::ActorKind;
use crate::text::gazetteer::{self, Category};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Moves each short form of a body's name into the one full form the corpus has, listed for
/// the editor; lists the branches named under another parent.
pub(super) fn fold_branch_names<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    acronyms: &HashMap<String, String>,
    editor_placed: &dyn Fn(&str, &str) -> bool,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let bodies: BTreeSet<String> = groups
        .iter()
        .filter(|(_, group)| is_body(group, mention))
        .map(|(key, _)| key.clone())
        .collect();
    let headed = unit_headed(&groups, &bodies, mention);
    let one_headed = |short: &str| match headed.get(short).map(Vec::as_slice) {
        Some([one]) => Some(one.clone()),
        _ => None,
    };
    for found in expanded_parents(&groups, acronyms, &one_headed, mention) {
        if !editor_placed(&found.0, &found.1) {
            let reason = "a branch after its parent's abbreviation";
            merge_listed(&mut groups, found, reason, mention, uncertain);
        }
    }
    let short_forms: Vec<(String, String)> = headed
        .keys()
        .filter(|short| short.contains(' ') && bodies.contains(*short))
        .filter_map(|short| Some((short.clone(), one_headed(short)?)))
        .collect();
    for found in short_forms {
        if !editor_placed(&found.0, &found.1) {
            let reason = "a body's name with and without its kind of unit";
            merge_listed(&mut groups, found, reason, mention, uncertain);
        }
    }
    let bodies: BTreeSet<String> = bodies
        .into_iter()
        .filter(|k| groups.contains_key(k))
        .collect();
    for found in branch_letters(&groups, &bodies, mention) {
        if !editor_placed(&found.0, &found.1) {
            let reason = "a branch's initial after its parent's name";
            merge_listed(&mut groups, found, reason, mention, uncertain);
        }
    }
    list_other_parents(&groups, &bodies, mention, uncertain);
    groups
}

/// A group that names an organisation, or that nothing types ("Other").
fn is_body<'g>(group: &Group, mention: &dyn Fn(At) -> &'g Mention) -> bool {
    matches!(
        vote_kind(group, mention),
        ActorKind::Organisation | ActorKind::Other
    )
}

/// The key and name of each group not typed a place or state. A branch's own form may be
/// typed anything else: "Varn-E" reads like no person's name, yet a given name at its start
/// makes it look like one.
fn not_places<'a, 'g>(
    groups: &'a BTreeMap<String, Group>,
    mention: &'a dyn Fn(At) -> &'g Mention,
) -> Vec<(&'a String, String)> {
    groups
        .iter()
        .filter(|(_, group)| {
            !matches!(
                vote_kind(group, mention),
                ActorKind::Place | ActorKind::State
            )
        })
        .map(|(key, group)| (key, display_name(key, group, mention)))
        .collect()
}

/// Each body's name without its last word when that word says what kind of unit it is
/// ("K Command", "K Province" under "K"), with the names that have it.
fn unit_headed<'g>(
    groups: &BTreeMap<String, Group>,
    bodies: &BTreeSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> BTreeMap<String, Vec<String>> {
    let mut headed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for key in bodies {
        let name = display_name(key, &groups[key], mention);
        let Some(last) = name.split_whitespace().last() else {
            continue;
        };
        let unit = gazetteer::organisation_head(last).is_some()
            || gazetteer::place_head_last(last).is_some();
        if let Some((short, _)) = key.rsplit_once(' ').filter(|_| unit) {
            headed
                .entry(short.to_string())
                .or_default()
                .push(key.clone());
        }
    }
    headed
}

/// (branch, full) for each name written "ABBR-Rest" whose abbreviation a source defines or
/// the gazetteer knows ("VPLA-Ostrava", VPLA the Varn Popular Army): the body named by the
/// expansion and the rest, with or without a unit word after it ("Varn Popular Army
/// Ostrava", or the one "Varn Popular Army Ostrava Command").
fn expanded_parents<'g>(
    groups: &BTreeMap<String, Group>,
    acronyms: &HashMap<String, String>,
    one_headed: &dyn Fn(&str) -> Option<String>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (key, name) in not_places(groups, mention) {
        let Some((parent, rest)) = name.split_once(is_dash) else {
            continue;
        };
        let abbreviation = parent.chars().count() >= 2 && parent.chars().all(char::is_uppercase);
        if !abbreviation || rest.is_empty() {
            continue;
        }
        let known = || {
            gazetteer::lookup(parent)
                .filter(|e| e.category == Category::Organisation)
                .map(|e| fold(e.name))
        };
        let Some(expansion) = acronyms.get(&fold(parent)).cloned().or_else(known) else {
            continue;
        };
        let expanded = format!("{expansion} {}", fold(rest));
        let target = if groups.contains_key(&expanded) {
            Some(expanded)
        } else {
            one_headed(&expanded)
        };
        if let Some(target) = target.filter(|t| t != key) {
            found.push((key.clone(), target));
        }
    }
    found
}

/// (branch, full) for each name written "Parent-X" (a dash and one or two capitals) whose
/// parent's name continues, in the one body the corpus has, with words of those initials.
fn branch_letters<'g>(
    groups: &BTreeMap<String, Group>,
    bodies: &BTreeSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (key, name) in not_places(groups, mention) {
        let Some((parent, letters)) = dashed_letters(&name) else {
            continue;
        };
        let parent = fold(parent);
        let letters = letters.to_lowercase();
        let continues = |other: &&String| {
            other.strip_prefix(&parent).is_some_and(|rest| {
                let initials: String = rest
                    .split_whitespace()
                    .filter_map(|w| w.chars().next())
                    .collect();
                rest.starts_with(' ') && initials.starts_with(&letters)
            })
        };
        let full: Vec<&String> = bodies
            .iter()
            .filter(|other| *other != key)
            .filter(continues)
            .collect();
        if let [one] = full[..] {
            found.push((key.clone(), one.clone()));
        }
    }
    found
}

/// A body written "Parent-Word" ("Kessel-Eastern") whose word, not an everyday one, is a
/// word of another body's name: the same branch under another parent's name, or a rival's
/// branch. Listed for the editor, never merged.
fn list_other_parents<'g>(
    groups: &BTreeMap<String, Group>,
    bodies: &BTreeSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) {
    for key in bodies.iter().filter(|k| groups.contains_key(*k)) {
        let name = display_name(key, &groups[key], mention);
        let Some((_, word)) = name.rsplit_once(is_dash) else {
            continue;
        };
        if word.chars().count() < 3 || gazetteer::is_english_word(word) || word.contains(' ') {
            continue;
        }
        let word = fold(word);
        for other in bodies
            .iter()
            .filter(|o| *o != key && groups.contains_key(*o))
        {
            if other.split(' ').skip(1).any(|w| w == word) {
                uncertain.insert(UncertainMerge {
                    name: name.clone(),
                    other: display_name(other, &groups[other], mention),
                    reason: "a branch named under another parent's name",
                    merged: false,
                });
            }
        }
    }
}
