//! Candidates → clusters: one cluster per happening.

use super::candidates::precision_rank;
use super::{sort_key, Candidate, Cluster};
use crate::model::date::PartialDate;
use std::collections::{BTreeSet, HashMap};

/// One date contains the other: same year, and same month and day where both have them.
pub(super) fn compatible(a: PartialDate, b: PartialDate) -> bool {
    a.year() == b.year()
        && (a.month().is_none() || b.month().is_none() || a.month() == b.month())
        && (a.day().is_none() || b.day().is_none() || a.day() == b.day())
}

/// Days of one month that differ: the same happening may be dated differently by two sources.
pub(super) fn same_month_other_day(a: PartialDate, b: PartialDate) -> bool {
    a.year() == b.year()
        && a.month().is_some()
        && a.month() == b.month()
        && a.day().is_some()
        && b.day().is_some()
        && a.day() != b.day()
}

/// Share of the candidate's words that the cluster already has.
pub(super) fn word_overlap(words: &BTreeSet<String>, cluster: &Cluster) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    words.iter().filter(|w| cluster.words.contains(*w)).count() as f64 / words.len() as f64
}

/// Whether a candidate reports the cluster's happening. The same date with two shared actors
/// is strong evidence on its own (a briefing rarely has two happenings on one day between the
/// same parties); a vaguer or finer date needs shared words too.
pub(super) fn joins(candidate: &Candidate, cluster: &Cluster) -> bool {
    let Some(date) = cluster.date else {
        return false;
    };
    let shared = candidate.actors.intersection(&cluster.actors).count();
    let overlap = word_overlap(&candidate.words, cluster);
    if candidate.date == date {
        shared >= 2 || (shared >= 1 && overlap >= 0.2) || overlap >= 0.5
    } else if compatible(candidate.date, date) {
        (shared >= 1 && overlap >= 0.25) || overlap >= 0.5
    } else {
        same_month_other_day(candidate.date, date) && shared >= 2 && overlap >= 0.5
    }
}

/// Clusters candidates, most precise dates first so that vaguer mentions join precise events.
/// Returns (curation index, cluster) pairs; curation indices are filled in later.
pub(super) fn cluster(candidates: &[Candidate]) -> Vec<(Option<usize>, Cluster)> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| {
        let c = &candidates[i];
        (
            std::cmp::Reverse(precision_rank(Some(c.date))),
            sort_key(c.date),
            c.source,
            c.claim,
        )
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_year: HashMap<i32, Vec<usize>> = HashMap::new();
    for i in order {
        let candidate = &candidates[i];
        let bucket = by_year.entry(candidate.date.year()).or_default();
        let best = bucket
            .iter()
            .copied()
            .filter(|&k| joins(candidate, &clusters[k]))
            .max_by(|&a, &b| {
                let score = |k: usize| {
                    word_overlap(&candidate.words, &clusters[k])
                        + candidate.actors.intersection(&clusters[k].actors).count() as f64 * 0.1
                };
                score(a).total_cmp(&score(b)).then(b.cmp(&a))
            });
        let k = best.unwrap_or_else(|| {
            clusters.push(Cluster {
                date: Some(candidate.date),
                ..Cluster::default()
            });
            bucket.push(clusters.len() - 1);
            clusters.len() - 1
        });
        let cluster = &mut clusters[k];
        cluster.members.push(i);
        cluster.actors.extend(candidate.actors.iter().copied());
        cluster.words.extend(candidate.words.iter().cloned());
    }
    clusters.into_iter().map(|c| (None, c)).collect()
}
