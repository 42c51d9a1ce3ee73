//! A city that acts, where the corpus names a team after it, is the team: with "Tessin
//! Ravens" in the corpus, "Tessin signed a forward" and "Tessin lost at home" are the Ravens,
//! while "a club in Tessin" stays the city. A team's name is the city's name and a plural
//! nickname ("Ravens"), not a body's head-word ("Times", "Airlines"), and the corpus must name
//! one such team only. Without such a team, a city that acts under the family name of the one
//! person the corpus names with it ("Lyons said" beside "spokeswoman Michelle Lyons", where the
//! gazetteer reads "Lyons" as a city) is that person: a town does not speak.

use super::{display_name, fold, vote_kind, At, Group, UncertainMerge};
use crate::analyse::mentions::{Mention, CITY_AS_AGENT};
use crate::model::actor::ActorKind;
use crate::text::gazetteer;
use std::collections::{BTreeMap, BTreeSet};

const TEAM: &str = "a city acting for the team named after it";
const PERSON: &str = "a city acting under the family name of a person named in full";

/// Moves each acting city's mentions to the one team named after it, or else to the one
/// person whose family name it is, listed for the editor.
/// `organisations` are the keys already known to name a body (named with and without their
/// home place).
pub(super) fn fold_acting_cities<'g>(
    mut groups: BTreeMap<String, Group>,
    organisations: &BTreeSet<String>,
    mention: &dyn Fn(At) -> &'g Mention,
    uncertain: &mut BTreeSet<UncertainMerge>,
) -> BTreeMap<String, Group> {
    let is_team = |key: &str, group: &Group| {
        let nickname = key.rsplit(' ').next().unwrap_or(key);
        let plural = nickname.len() > 3 && nickname.ends_with('s') && !nickname.ends_with("ss");
        let body_word = gazetteer::organisation_head(nickname).is_some()
            || gazetteer::is_company_head(nickname)
            || gazetteer::is_legal_suffix(nickname);
        plural
            && !body_word
            && (organisations.contains(key) || vote_kind(group, mention) == ActorKind::Organisation)
    };
    let is_person = |key: &str, group: &Group| {
        key.contains(' ') && vote_kind(group, mention) == ActorKind::Person
    };
    let mut moves: Vec<(String, String, &'static str)> = Vec::new();
    for (city, group) in &groups {
        let acts = group
            .occurrences
            .iter()
            .any(|&at| mention(at).evidence == CITY_AS_AGENT);
        if !acts {
            continue;
        }
        let prefix = format!("{city} ");
        let teams: Vec<&String> = groups
            .range(prefix.clone()..)
            .take_while(|(key, _)| key.starts_with(&prefix))
            .filter(|(key, team)| is_team(key, team))
            .map(|(key, _)| key)
            .collect();
        if let [team] = teams.as_slice() {
            moves.push((city.clone(), (*team).clone(), TEAM));
            continue;
        }
        let surnames: BTreeSet<String> = group
            .occurrences
            .iter()
            .filter(|&&at| mention(at).evidence == CITY_AS_AGENT)
            .map(|&at| fold(&mention(at).text))
            .collect();
        let people: Vec<&String> = groups
            .iter()
            .filter(|(key, person)| {
                let surname = key.rsplit(' ').next().unwrap_or_default();
                surnames.contains(surname) && is_person(key, person)
            })
            .map(|(key, _)| key)
            .collect();
        if let [person] = people.as_slice() {
            moves.push((city.clone(), (*person).clone(), PERSON));
        }
    }
    for (city, target, reason) in moves {
        uncertain.insert(UncertainMerge {
            name: display_name(&city, &groups[&city], mention),
            other: display_name(&target, &groups[&target], mention),
            reason,
            merged: true,
        });
        let Some(group) = groups.get_mut(&city) else {
            continue;
        };
        let surname = target.rsplit(' ').next().unwrap_or_default().to_string();
        let moves_it = |at: At| {
            mention(at).evidence == CITY_AS_AGENT
                && (reason == TEAM || fold(&mention(at).text) == surname)
        };
        let (acting, staying): (Vec<At>, Vec<At>) =
            group.occurrences.iter().partition(|&&at| moves_it(at));
        group.occurrences = staying;
        if group.occurrences.is_empty() {
            groups.remove(&city);
        }
        groups.entry(target).or_default().occurrences.extend(acting);
    }
    groups
}
