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
use crate::text::gazetteer;
use std::collections::{BTreeMap, BTreeSet};

/// Moves each short form of a body's name into the one full form the corpus has, listed for
/// the editor; lists the branches named under another parent.
pub(super) fn fold_branch_names<'g>(
    mut groups: BTreeMap<String, Group>,
    mention: &dyn Fn(At) -> &'g Mention,
    editor_placed: &dyn Fn(&str, &str) -> bool,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let bodies: BTreeSet<String> = groups
        .iter()
        .filter(|(_, group)| is_body(group, mention))
        .map(|(key, _)| key.clone())
        .collect();
    for found in without_unit_head(&groups, &bodies, mention) {
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

/// (short, full) for each body "K" of two words or more whose name with one unit word after
/// it ("K Command", "K Province") is the one such body in the corpus.
fn without_unit_head<'g>(
    groups: &BTreeMap<String, Group>,
    bodies: &BTreeSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> Vec<(String, String)> {
    let mut headed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for key in bodies {
        let name = display_name(key, &groups[key], mention);
        let Some(last) = name.split_whitespace().last() else {
            continue;
        };
        let unit = gazetteer::organisation_head(last).is_some()
            || gazetteer::place_head_last(last).is_some();
        if let Some((short, _)) = key.rsplit_once(' ').filter(|_| unit) {
            headed.entry(short).or_default().push(key);
        }
    }
    headed
        .into_iter()
        .filter(|(short, _)| short.contains(' ') && bodies.contains(*short))
        .filter_map(|(short, full)| match full[..] {
            [one] => Some((short.to_string(), one.to_string())),
            _ => None,
        })
        .collect()
}

/// (branch, full) for each name written "Parent-X" (a dash and one or two capitals) whose
/// parent's name continues, in the one body the corpus has, with words of those initials.
fn branch_letters<'g>(
    groups: &BTreeMap<String, Group>,
    bodies: &BTreeSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
) -> Vec<(String, String)> {
    let mut found = Vec::new();
    // The branch's own form may be typed anything but a place: "Varn-E" reads like no
    // person's name, yet a given name at its start makes it look like one.
    for (key, group) in groups {
        if matches!(
            vote_kind(group, mention),
            ActorKind::Place | ActorKind::State
        ) {
            continue;
        }
        let name = display_name(key, group, mention);
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
