//! A city that acts, where the corpus names a team after it, is the team: with "Tessin
//! Ravens" in the corpus, "Tessin signed a forward" and "Tessin lost at home" are the Ravens,
//! while "a club in Tessin" stays the city. A team's name is the city's name and a plural
//! nickname ("Ravens"), not a body's head-word ("Times", "Airlines"), and the corpus must name
//! one such team only.

use super::{display_name, vote_kind, At, Group, UncertainMerge};
use crate::analyse::mentions::{Mention, CITY_AS_AGENT};
use crate::model::actor::ActorKind;
use crate::text::gazetteer;
use std::collections::{BTreeMap, BTreeSet};

/// Moves each acting city's mentions to the one team named after it, listed for the editor.
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
    let mut moves: Vec<(String, String)> = Vec::new();
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
            moves.push((city.clone(), (*team).clone()));
        }
    }
    for (city, team) in moves {
        uncertain.insert(UncertainMerge {
            name: display_name(&city, &groups[&city], mention),
            other: display_name(&team, &groups[&team], mention),
            reason: "a city acting for the team named after it",
            merged: true,
        });
        let Some(group) = groups.get_mut(&city) else {
            continue;
        };
        let (acting, staying): (Vec<At>, Vec<At>) = group
            .occurrences
            .iter()
            .partition(|&&at| mention(at).evidence == CITY_AS_AGENT);
        group.occurrences = staying;
        if group.occurrences.is_empty() {
            groups.remove(&city);
        }
        groups.entry(team).or_default().occurrences.extend(acting);
    }
    groups
}
