//! content/events/*.md applied to the clusters, and content/discrepancies/*.md to the
//! discrepancies found.

use super::candidates::precision_rank;
use super::grouping::compatible;
use super::titles::auto_title;
use super::{claim_of, event_id, Candidate, Cluster, Events, Ruling, SourceInput, Undated};
use crate::error::{Error, Location, Result, Warning};
use crate::load::curation::{DiscrepancyCuration, EventCuration};
use crate::model::ids::nearest_id;
use crate::model::source::Document;
use std::collections::{BTreeMap, BTreeSet};

/// A cluster of `members` (and the `undated` claims reporting it) with the date, actors, words
/// and actions they give: the most precise date (the first of equals, in the order given)
/// seeds it.
fn gather(members: Vec<usize>, undated: Vec<usize>, candidates: &[Candidate]) -> Cluster {
    let mut cluster = Cluster::default();
    for &m in &members {
        let candidate = &candidates[m];
        let finer = cluster
            .date
            .is_none_or(|d| precision_rank(Some(candidate.date)) > precision_rank(Some(d)));
        if finer {
            cluster.date = Some(candidate.date);
        }
        cluster.actors.extend(candidate.actors.iter().copied());
        cluster.words.extend(candidate.words.iter().cloned());
        cluster.actions.extend(candidate.actions.iter().cloned());
        cluster.told.extend(candidate.told.iter().cloned());
        cluster.toll |= candidate.toll;
    }
    cluster.members = members;
    cluster.undated = undated;
    cluster
}

/// Takes `taken` candidates out of every cluster, re-gathering the clusters that lose some.
fn remove_members(
    clusters: &mut [(Option<usize>, Cluster)],
    candidates: &[Candidate],
    taken: &BTreeSet<usize>,
) {
    for (_, cluster) in clusters.iter_mut() {
        if cluster.members.iter().any(|m| taken.contains(m)) {
            let kept = cluster
                .members
                .iter()
                .copied()
                .filter(|m| !taken.contains(m))
                .collect();
            let undated = std::mem::take(&mut cluster.undated);
            *cluster = gather(kept, undated, candidates);
        }
    }
}

/// Applies content/events/*.md. First every file's `split` claims leave their clusters and form
/// that file's cluster, so that no other file's aliases can pull them back; then each file
/// merges the clusters it names (by claim id, title or id) into its own, drops its `exclude`
/// claims (they join no event: the editor said they are not this happening) and is marked
/// curated; hidden ones are emptied. Claim ids were checked by [`check_claim_ids`]; a claim
/// without a date is in no cluster, which is a warning. Returns warnings.
pub(super) fn apply_curation(
    clusters: &mut Vec<(Option<usize>, Cluster)>,
    candidates: &[Candidate],
    undated: &[Undated],
    sources: &[SourceInput],
    curation: &[EventCuration],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    // A claim giving several dates has a candidate for each.
    let mut by_claim: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (m, c) in candidates.iter().enumerate() {
        by_claim
            .entry(claim_of(c, sources).id.as_str())
            .or_default()
            .push(m);
    }
    let undated_id = |u: usize| {
        sources[undated[u].source].analysis.claims[undated[u].claim]
            .id
            .as_str()
    };
    let undated_by_claim: BTreeMap<&str, usize> =
        (0..undated.len()).map(|u| (undated_id(u), u)).collect();
    for (index, event) in curation.iter().enumerate() {
        let mut taken = BTreeSet::new();
        let mut reporting = BTreeSet::new();
        for claim in &event.split {
            if let Some(found) = by_claim.get(claim.as_str()) {
                taken.extend(found.iter().copied());
            } else if let Some(&u) = undated_by_claim.get(claim.as_str()) {
                reporting.insert(u);
            }
        }
        for (_, cluster) in clusters.iter_mut() {
            cluster.undated.retain(|u| !reporting.contains(u));
        }
        if taken.is_empty() {
            // An event needs a date: claims without one can only join a split that has one.
            for claim in &event.split {
                warnings.push(Warning::new(
                    event.location_of_item("split", claim),
                    format!(
                        "claim {claim:?} has no date the tool could read, and no claim split \
                         beside it has one, so it can be in no event"
                    ),
                ));
            }
            continue;
        }
        remove_members(clusters, candidates, &taken);
        let split = gather(
            taken.into_iter().collect(),
            reporting.into_iter().collect(),
            candidates,
        );
        clusters.push((Some(index), split));
    }
    for (index, event) in curation.iter().enumerate() {
        let wanted: BTreeSet<&str> = event.aliases.iter().map(String::as_str).collect();
        let own = clusters.iter().position(|(owner, _)| *owner == Some(index));
        let named: Vec<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(k, (owner, c))| {
                Some(*k) != own
                    && owner.is_none()
                    && (!c.members.is_empty() || !c.undated.is_empty())
                    && {
                        let title = auto_title(c, candidates, undated, sources);
                        wanted.contains(title.as_str())
                            || event_id(c.date, &title) == event.slug
                            || c.members.iter().any(|&m| {
                                // A claim giving two dates is in two clusters: the file's date
                                // says which one it means.
                                wanted.contains(claim_of(&candidates[m], sources).id.as_str())
                                    && event
                                        .date
                                        .is_none_or(|date| compatible(date, candidates[m].date))
                            })
                            || c.undated.iter().any(|&u| wanted.contains(undated_id(u)))
                    }
            })
            .map(|(k, _)| k)
            .collect();
        let Some(target) = own.or_else(|| named.first().copied()) else {
            warnings.push(Warning::new(
                event.location_of("aliases"),
                format!(
                    "event {:?} matches no dated claim; list claim ids in aliases or split",
                    event.slug
                ),
            ));
            continue;
        };
        let mut members = std::mem::take(&mut clusters[target].1.members);
        let mut reporting = std::mem::take(&mut clusters[target].1.undated);
        for &k in named.iter().filter(|&&k| k != target) {
            let merged = std::mem::take(&mut clusters[k].1);
            members.extend(merged.members);
            reporting.extend(merged.undated);
        }
        let excluded: BTreeSet<&str> = event.exclude.iter().map(String::as_str).collect();
        let present: BTreeSet<&str> = members
            .iter()
            .map(|&m| claim_of(&candidates[m], sources).id.as_str())
            .chain(reporting.iter().map(|&u| undated_id(u)))
            .collect();
        for claim in excluded.difference(&present) {
            warnings.push(Warning::new(
                event.location_of_item("exclude", claim),
                format!("claim {claim:?} is not in this event, so excluding it changes nothing"),
            ));
        }
        members.retain(|&m| !excluded.contains(claim_of(&candidates[m], sources).id.as_str()));
        reporting.retain(|&u| !excluded.contains(undated_id(u)));
        clusters[target] = (Some(index), gather(members, reporting, candidates));
        if event.hidden {
            clusters[target].1.members.clear();
        }
    }
    warnings
}

/// Errors for the ids in event files that name no claim of the corpus (a typo or a claim whose
/// sentence changed): in split and exclude always, in aliases when they look like a claim id.
pub fn check_claim_ids(curation: &[EventCuration], claims: &BTreeSet<&str>) -> Result<()> {
    let mut errors = Vec::new();
    for event in curation {
        let aliases = event.aliases.iter().filter(|a| looks_like_claim_id(a));
        let lists = [
            ("aliases", aliases.collect::<Vec<_>>()),
            ("split", event.split.iter().collect()),
            ("exclude", event.exclude.iter().collect()),
        ];
        for (key, ids) in lists {
            for id in ids.into_iter().filter(|id| !claims.contains(id.as_str())) {
                errors.push(unknown_id(
                    event.location_of_item(key, id),
                    "claim",
                    id,
                    claims.iter().copied(),
                    "claim ids are shown beside each passage on the source pages",
                ));
            }
        }
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// "c-" and hex digits, maybe with a "-2" repeat suffix: what claim ids look like.
fn looks_like_claim_id(text: &str) -> bool {
    text.strip_prefix("c-").is_some_and(|rest| {
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
    })
}

/// Attaches each discrepancy file's verdict and note to the discrepancy it names.
pub fn apply_verdicts(events: &mut Events, curation: &[DiscrepancyCuration]) -> Result<()> {
    let known: BTreeSet<&str> = events.discrepancies.iter().map(|d| d.id.as_str()).collect();
    let mut errors = Vec::new();
    let mut rulings = BTreeMap::new();
    for file in curation {
        if !known.contains(file.discrepancy.as_str()) {
            errors.push(unknown_id(
                file.location_of("discrepancy"),
                "discrepancy",
                &file.discrepancy,
                known.iter().copied(),
                "discrepancy ids are shown on the page of discrepancies, beside each one",
            ));
            continue;
        }
        rulings.insert(
            file.discrepancy.clone(),
            Ruling {
                verdict: file.verdict,
                note: Document::summary(&file.path, &file.body, file.body_line),
            },
        );
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => {
            events.rulings = rulings;
            Ok(())
        }
    }
}

fn unknown_id<'a>(
    location: Location,
    what: &str,
    id: &str,
    known: impl Iterator<Item = &'a str>,
    help: &str,
) -> Error {
    let help = match nearest_id(id, known) {
        Some(near) => format!("did you mean {near:?}? {help}"),
        None => help.to_string(),
    };
    Error::input(location, format!("no {what} has the id {id:?}"), help)
}
