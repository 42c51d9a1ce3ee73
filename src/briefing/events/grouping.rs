//! Candidates → clusters: one cluster per happening.
//!
//! A candidate joins the cluster that reports the same action (a shared action stem), with
//! the same participants (shared actors) or much the same words, at a compatible date. What
//! is shared is weighed by rarity across sources, so an actor every source names says little.
//! Clusters are indexed by date and by each actor and action, so a candidate is compared only
//! with clusters that share one of them: the work grows with the corpus, not its square.

use super::candidates::precision_rank;
use super::stories::stories;
use super::{sort_key, Candidate, Cluster, Undated};
use crate::model::date::{PartialDate, Precision};
use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// What a claim is about, as compared between claims.
struct Features<'a> {
    actors: &'a BTreeSet<usize>,
    actions: &'a BTreeSet<String>,
    words: &'a BTreeSet<String>,
}

impl<'a> Features<'a> {
    fn of(candidate: &'a Candidate) -> Self {
        Features {
            actors: &candidate.actors,
            actions: &candidate.actions,
            words: &candidate.words,
        }
    }

    fn of_undated(claim: &'a Undated) -> Self {
        Features {
            actors: &claim.actors,
            actions: &claim.actions,
            words: &claim.words,
        }
    }

    fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        self.actors
            .iter()
            .map(|&a| Key::Actor(a))
            .chain(self.actions.iter().map(|s| Key::Action(s.clone())))
    }
}

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Actor(usize),
    Action(String),
}

/// Rarity of each actor and word across sources: ln(1 + sources / sources naming it).
#[derive(Default)]
pub(super) struct Rarity {
    actors: HashMap<usize, f64>,
    words: HashMap<String, f64>,
}

impl Rarity {
    pub(super) fn new(candidates: &[Candidate], undated: &[Undated]) -> Self {
        let mut actor_sources: HashMap<usize, BTreeSet<usize>> = HashMap::new();
        let mut word_sources: HashMap<&str, BTreeSet<usize>> = HashMap::new();
        let mut sources = BTreeSet::new();
        let features = candidates
            .iter()
            .map(|c| (c.source, Features::of(c)))
            .chain(undated.iter().map(|u| (u.source, Features::of_undated(u))));
        for (source, features) in features {
            sources.insert(source);
            for &a in features.actors {
                actor_sources.entry(a).or_default().insert(source);
            }
            for w in features.actions.iter().chain(features.words) {
                word_sources.entry(w).or_default().insert(source);
            }
        }
        let total = sources.len() as f64;
        let weight = |n: usize| (1.0 + total / n as f64).ln();
        Rarity {
            actors: actor_sources
                .into_iter()
                .map(|(a, s)| (a, weight(s.len())))
                .collect(),
            words: word_sources
                .into_iter()
                .map(|(w, s)| (w.to_string(), weight(s.len())))
                .collect(),
        }
    }

    fn actor(&self, actor: usize) -> f64 {
        self.actors.get(&actor).copied().unwrap_or(1.0)
    }

    fn word(&self, word: &str) -> f64 {
        self.words.get(word).copied().unwrap_or(1.0)
    }

    /// The whole weight of what a claim is about: its actors, actions and words (words
    /// counting `WORD_WEIGHT`), summed in that order.
    fn own(&self, features: &Features) -> f64 {
        let mut own = 0.0;
        for &a in features.actors {
            own += self.actor(a);
        }
        for action in features.actions {
            own += self.word(action);
        }
        for word in features.words {
            own += WORD_WEIGHT * self.word(word);
        }
        own
    }
}

/// What a claim shares with a cluster, weighed.
#[derive(Default, Debug, Clone, Copy)]
struct Evidence {
    shared_actors: usize,
    actors: f64,
    actions: f64,
    words: f64,
    /// The shared weight over the claim's own weight, 0–1.
    similarity: f64,
}

impl Evidence {
    /// A shared participant that tells happenings apart: one actor that not every source
    /// names, or two that they do (the country every report mentions is no participant).
    fn identifies_participant(&self) -> bool {
        self.actors >= DISTINCTIVE_ACTOR
    }
}

/// The weight of an actor named by a third of the sources, ln(1 + 3): more than two actors
/// that every source names (2 ln 2).
const DISTINCTIVE_ACTOR: f64 = 1.38;

/// Words other than actions count half: they describe, actions and actors identify.
const WORD_WEIGHT: f64 = 0.5;

/// What a claim with `features` shares with `cluster`; `own` is the claim's whole weight
/// (`Rarity::own`), weighed once per claim rather than once per cluster compared.
fn evidence(features: &Features, own: f64, cluster: &Cluster, rarity: &Rarity) -> Evidence {
    let mut found = Evidence::default();
    for &a in features.actors {
        if cluster.actors.contains(&a) {
            found.shared_actors += 1;
            found.actors += rarity.actor(a);
        }
    }
    for action in features.actions {
        if cluster.actions.contains(action) {
            found.actions += rarity.word(action);
        }
    }
    for word in features.words {
        if cluster.words.contains(word) {
            found.words += WORD_WEIGHT * rarity.word(word);
        }
    }
    if own > 0.0 {
        found.similarity = (found.actors + found.actions + found.words) / own;
    }
    found
}

/// Whether a dated candidate reports the cluster's happening. The same day with a shared
/// actor is strong evidence (a briefing rarely has two happenings on one day between the
/// same parties), and so is the same day within the story that started the cluster, with
/// anything in common (the story already keeps like happenings apart); otherwise the action
/// must be shared, with a participant or much of the wording. A year alone says little, so a
/// year-only date needs action and participants both, or nearly the same wording; a relative
/// year ("last year") joins nothing.
fn joins(candidate: &Candidate, cluster: &Cluster, found: Evidence, story: usize) -> bool {
    let Some(date) = cluster.date else {
        return false;
    };
    let action = found.actions > 0.0;
    let participant = found.identifies_participant();
    let year_only =
        candidate.date.precision() == Precision::Year || date.precision() == Precision::Year;
    if candidate.vague {
        false
    } else if year_only {
        compatible(candidate.date, date)
            && ((action && participant && found.similarity >= 0.35) || found.similarity >= 0.7)
    } else if candidate.date == date {
        let same_day = date.precision() == Precision::Day;
        found.shared_actors >= 2
            || (participant && action)
            || (same_day && found.shared_actors > 0 && found.similarity >= 0.2)
            || (action && found.similarity >= 0.3)
            || found.similarity >= 0.5
            || tolls_of_one_happening(candidate, cluster, found)
            || (same_day && cluster.story == Some(story) && found.similarity > 0.0)
    } else if compatible(candidate.date, date) {
        (action && (participant || found.similarity >= 0.35) && found.similarity >= 0.2)
            || tolls_of_one_happening(candidate, cluster, found)
    } else {
        same_month_other_day(candidate.date, date)
            && action
            && found.shared_actors >= 2
            && found.similarity >= 0.5
    }
}

/// Two tolls (people killed, wounded…) of one month or day, with an actor and some wording in
/// common, count one deadly happening, even worded apart ("the attack … claimed 150 lives",
/// "the massacre … killed 145 people").
fn tolls_of_one_happening(candidate: &Candidate, cluster: &Cluster, found: Evidence) -> bool {
    candidate.toll && cluster.toll && found.shared_actors > 0 && found.similarity >= 0.15
}

/// Whether an undated claim reports a cluster's happening: the action shared, with a
/// participant; within the claim's own source, much of the wording may stand for the
/// participant (a report names its subject once and then says "the ship"), while another
/// source's happening needs more in common, since a corpus holds like happenings.
fn undated_joins(found: Evidence, own_source: bool) -> bool {
    let action = found.actions > 0.0;
    let participant = found.identifies_participant();
    if own_source {
        action && found.similarity >= 0.2 && (participant || found.similarity >= 0.4)
    } else {
        action && participant && found.similarity >= 0.35
    }
}

/// Whether an undated claim tells the same happening as a gathering of its story's undated
/// claims. The story already keeps like happenings apart, and a report tells its one
/// happening in many words (the quake "struck", "killed", "left thousands homeless"), so
/// anything in common is enough: measured on many-outlet corpora, requiring a shared action
/// or participant split each happening into pieces without keeping happenings apart better.
fn gathers(found: Evidence) -> bool {
    found.similarity > 0.0
}

/// Whether a claim dated by a day of the week ("on Tuesday") may tell a gathering's
/// happening: not when the gathering's claims name other days and never this one (two
/// arrests of one kind, one on a Tuesday, one on a Sunday).
fn on_its_weekday(claim: &Undated, gathering: &Cluster) -> bool {
    claim
        .weekday
        .is_none_or(|day| gathering.weekdays.is_empty() || gathering.weekdays.contains(&day))
}

/// How much a cluster holding a dated claim of the undated claim's own source is preferred:
/// a report's undated sentences are often about its own happening, but not always.
const OWN_SOURCE_BONUS: f64 = 0.15;

/// And how much each further source reporting a cluster counts (up to a limit): an undated
/// sentence is more likely about the happening many sources report than about a side note.
const REACH_BONUS: f64 = 0.05;
const REACH_LIMIT: usize = 4;

impl Cluster {
    /// Takes in a claim's actors, actions and words; returns the keys the cluster did not
    /// have, under which an index must now file it.
    fn take_in(&mut self, features: &Features) -> Vec<Key> {
        let new_keys = features
            .keys()
            .filter(|key| match key {
                Key::Actor(a) => !self.actors.contains(a),
                Key::Action(s) => !self.actions.contains(s),
            })
            .collect();
        self.actors.extend(features.actors.iter().copied());
        self.actions.extend(features.actions.iter().cloned());
        self.words.extend(features.words.iter().cloned());
        new_keys
    }
}

/// Clusters indexed by a date part and a feature, once per feature. A cluster is filed under
/// its year and its month: candidates come most precise first, so a candidate's compatible
/// clusters are filed under its own month (or year, for a year-only date).
#[derive(Default)]
struct Index {
    by_date: HashMap<(YearMonth, Key), Vec<usize>>,
    by_feature: HashMap<Key, Vec<usize>>,
}

/// How many clusters of one index entry are compared, the newest first: a feature every
/// claim shares (the corpus's main actor) must not make each comparison scan all clusters.
const SCAN_LIMIT: usize = 64;

/// A year, and a month or 0 for the whole year.
type YearMonth = (i32, u8);

fn date_parts(date: PartialDate) -> Vec<YearMonth> {
    let mut parts = vec![(date.year(), 0)];
    if let Some(month) = date.month() {
        parts.push((date.year(), month));
    }
    parts
}

/// The date part under which clusters compatible with a candidate's date are filed.
fn lookup_part(date: PartialDate) -> YearMonth {
    (date.year(), date.month().unwrap_or(0))
}

impl Index {
    fn file(&mut self, k: usize, cluster: &Cluster, keys: impl Iterator<Item = Key>) {
        let date = cluster.date.expect("clusters have dates");
        for key in keys {
            for part in date_parts(date) {
                self.by_date.entry((part, key.clone())).or_default().push(k);
            }
            self.by_feature.entry(key).or_default().push(k);
        }
    }

    fn near<'a>(lists: impl Iterator<Item = Option<&'a Vec<usize>>>) -> BTreeSet<usize> {
        let mut found = BTreeSet::new();
        for list in lists.flatten() {
            found.extend(list.iter().rev().take(SCAN_LIMIT));
        }
        found
    }
}

/// Clusters candidates, most precise dates first so that vaguer mentions join precise events;
/// then undated claims join the event they report, preferring their own source's events.
/// Returns (curation index, cluster) pairs; curation indices are filled in later.
pub(super) fn cluster(
    candidates: &[Candidate],
    undated: &[Undated],
    sources: usize,
) -> Vec<(Option<usize>, Cluster)> {
    let rarity = Rarity::new(candidates, undated);
    let story_of = stories(candidates, undated, sources);
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
    let mut index = Index::default();
    for i in order {
        let candidate = &candidates[i];
        let features = Features::of(candidate);
        let weight = rarity.own(&features);
        let part = lookup_part(candidate.date);
        let near = Index::near(features.keys().map(|key| index.by_date.get(&(part, key))));
        let best = near
            .into_iter()
            .map(|k| (k, evidence(&features, weight, &clusters[k], &rarity)))
            .filter(|&(k, found)| joins(candidate, &clusters[k], found, story_of[candidate.source]))
            .max_by(|a, b| {
                a.1.similarity
                    .total_cmp(&b.1.similarity)
                    .then(b.0.cmp(&a.0))
            })
            .map(|(k, _)| k);
        let k = best.unwrap_or_else(|| {
            clusters.push(Cluster {
                date: Some(candidate.date),
                story: Some(story_of[candidate.source]),
                ..Cluster::default()
            });
            clusters.len() - 1
        });
        let new_keys = clusters[k].take_in(&features);
        clusters[k].members.push(i);
        clusters[k].told.extend(candidate.told.iter().cloned());
        clusters[k].toll |= candidate.toll;
        index.file(k, &clusters[k], new_keys.into_iter());
    }
    // A claim told only relative to a missing publication date ("on Sunday") has a date of
    // its own that nothing here knows: it first looks for the others telling its happening.
    let placeable = (0..undated.len()).filter(|&u| undated[u].done && !undated[u].unplaced);
    let attached = attach_undated(
        &mut clusters,
        &index,
        candidates,
        undated,
        placeable,
        &rarity,
    );
    let (gathered, alone) = gather_undated(undated, &attached, &story_of, &rarity);
    let reach = reach(&clusters, candidates);
    let gathered = join_dated_happenings(
        &mut clusters,
        &index,
        &reach,
        gathered,
        undated,
        &story_of,
        &rarity,
    );
    let alone = alone.into_iter().filter(|&u| undated[u].done);
    attach_undated(&mut clusters, &index, candidates, undated, alone, &rarity);
    clusters.extend(gathered);
    clusters.into_iter().map(|c| (None, c)).collect()
}

/// How many sources report each cluster.
fn reach(clusters: &[Cluster], candidates: &[Candidate]) -> Vec<usize> {
    clusters
        .iter()
        .map(|c| {
            let sources: BTreeSet<usize> =
                c.members.iter().map(|&m| candidates[m].source).collect();
            sources.len()
        })
        .collect()
}

/// Of the clusters that passed, the one with most in common plus its `bonus`, the earliest
/// on a tie.
fn best_reported(
    passed: impl Iterator<Item = (usize, Evidence)>,
    bonus: impl Fn(usize) -> f64,
) -> Option<usize> {
    passed
        .max_by(|a, b| {
            let rank = |&(k, found): &(usize, Evidence)| found.similarity + bonus(k);
            rank(a).total_cmp(&rank(b)).then(b.0.cmp(&a.0))
        })
        .map(|(k, _)| k)
}

/// The preference for a cluster that more sources report.
fn reach_bonus(reach: usize) -> f64 {
    REACH_BONUS * reach.saturating_sub(1).min(REACH_LIMIT) as f64
}

/// A gathering of undated claims tells the dated happening of its story that falls on the
/// day of the week its claims name ("on Thursday", in the sources that lack a publication
/// date, of what the others could date), when they share an action and a participant and
/// the person the gathering is about takes part. A gathering that names no day joins only a
/// happening two sources or more report. Returns the gatherings that joined none.
fn join_dated_happenings(
    clusters: &mut [Cluster],
    index: &Index,
    reach: &[usize],
    gathered: Vec<Cluster>,
    undated: &[Undated],
    story_of: &[usize],
    rarity: &Rarity,
) -> Vec<Cluster> {
    let mut left = Vec::new();
    for gathering in gathered {
        let story = story_of[undated[gathering.undated[0]].source];
        let lead = lead_person(&gathering, undated);
        let features = Features {
            actors: &gathering.actors,
            actions: &gathering.actions,
            words: &gathering.words,
        };
        let weight = rarity.own(&features);
        let on_its_day = |k: usize| {
            clusters[k]
                .date
                .and_then(PartialDate::weekday)
                .is_some_and(|day| {
                    if gathering.weekdays.is_empty() {
                        reach[k] >= 2
                    } else {
                        gathering.weekdays.contains(&day)
                    }
                })
        };
        let near = Index::near(features.keys().map(|key| index.by_feature.get(&key)));
        let passed = near
            .into_iter()
            .filter(|&k| clusters[k].story == Some(story) && on_its_day(k))
            .filter(|&k| lead.is_none_or(|p| clusters[k].actors.contains(&p)))
            .map(|k| (k, evidence(&features, weight, &clusters[k], rarity)))
            .filter(|&(_, found)| found.actions > 0.0 && found.shared_actors > 0);
        let best = best_reported(passed, |k| reach_bonus(reach[k]));
        match best {
            Some(k) => {
                let into = &mut clusters[k];
                into.actors.extend(gathering.actors);
                into.actions.extend(gathering.actions);
                into.words.extend(gathering.words);
                into.undated.extend(gathering.undated);
            }
            None => left.push(gathering),
        }
    }
    left
}

/// Undated claims join the cluster they report best, their own source's clusters and those
/// many sources report a little preferred. Returns the claims that joined one.
fn attach_undated(
    clusters: &mut [Cluster],
    index: &Index,
    candidates: &[Candidate],
    undated: &[Undated],
    claims: impl Iterator<Item = usize>,
    rarity: &Rarity,
) -> BTreeSet<usize> {
    let mut attached = BTreeSet::new();
    let mut of_source: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut reach = vec![0usize; clusters.len()];
    for (k, cluster) in clusters.iter().enumerate() {
        let sources: BTreeSet<usize> = cluster
            .members
            .iter()
            .map(|&m| candidates[m].source)
            .collect();
        reach[k] = sources.len();
        for source in sources {
            of_source.entry(source).or_default().insert(k);
        }
    }
    for u in claims {
        let claim = &undated[u];
        let features = Features::of_undated(claim);
        let weight = rarity.own(&features);
        let near = Index::near(features.keys().map(|key| index.by_feature.get(&key)));
        let own = of_source.get(&claim.source);
        let passed = near
            .into_iter()
            .map(|k| (k, evidence(&features, weight, &clusters[k], rarity)))
            .filter(|&(k, found)| undated_joins(found, own.is_some_and(|o| o.contains(&k))))
            .filter(|&(k, _)| claim.actions.iter().any(|a| clusters[k].told.contains(a)));
        let best = best_reported(passed, |k| {
            let bonus = if own.is_some_and(|o| o.contains(&k)) {
                OWN_SOURCE_BONUS
            } else {
                0.0
            };
            bonus + reach_bonus(reach[k])
        });
        if let Some(k) = best {
            clusters[k].undated.push(u);
            attached.insert(u);
        }
    }
    attached
}

/// The undated claims that joined no dated happening gather among themselves, story by story:
/// a happening that sources date only relative to publication dates they lack ("on Tuesday")
/// is still one happening. Claims so dated gather first, by the rule for undated claims; a
/// gathering that two sources tell is a happening, and the story's other undated claims may
/// then join it. A gathering that one source alone tells is no event: its claims are
/// returned, to join a dated happening if they can. Returns (events, claims left alone).
fn gather_undated(
    undated: &[Undated],
    attached: &BTreeSet<usize>,
    story_of: &[usize],
    rarity: &Rarity,
) -> (Vec<Cluster>, Vec<usize>) {
    let free = |u: &usize| !attached.contains(u) && !undated[*u].actions.is_empty();
    let (telling, others): (Vec<usize>, Vec<usize>) = (0..undated.len())
        .filter(free)
        .partition(|&u| undated[u].unplaced);
    let mut gatherings = Gatherings::default();
    for &u in &telling {
        gatherings.take(u, undated, story_of, rarity, true);
    }
    let (told, alone): (Vec<usize>, Vec<usize>) =
        (0..gatherings.clusters.len()).partition(|&k| gatherings.sources[k].len() >= 2);
    gatherings.open = told.iter().copied().collect();
    for &u in &others {
        gatherings.take(u, undated, story_of, rarity, false);
    }
    let left: Vec<usize> = alone
        .iter()
        .flat_map(|&k| gatherings.clusters[k].undated.clone())
        .collect();
    let events = gatherings
        .clusters
        .into_iter()
        .enumerate()
        .filter(|(k, _)| gatherings.open.contains(k))
        .map(|(_, c)| c)
        .collect();
    (merge_by_lead_person(events, undated, story_of), left)
}

/// Gatherings of one story about the same person are one happening told in different words
/// (one outlet's "was offered the post", another's "was approached"): without dates, nothing
/// tells them apart better than whom they are about.
fn merge_by_lead_person(
    gatherings: Vec<Cluster>,
    undated: &[Undated],
    story_of: &[usize],
) -> Vec<Cluster> {
    let mut merged: Vec<Cluster> = Vec::new();
    let mut by_lead: HashMap<(usize, usize), usize> = HashMap::new();
    for gathering in gatherings {
        let Some(&first) = gathering.undated.first() else {
            continue;
        };
        let key = lead_person(&gathering, undated).map(|p| (story_of[undated[first].source], p));
        match key.and_then(|key| by_lead.get(&key)) {
            Some(&k) => {
                let into = &mut merged[k];
                into.actors.extend(gathering.actors);
                into.actions.extend(gathering.actions);
                into.words.extend(gathering.words);
                into.undated.extend(gathering.undated);
            }
            None => {
                if let Some(key) = key {
                    by_lead.insert(key, merged.len());
                }
                merged.push(gathering);
            }
        }
    }
    merged
}

/// The person most of a gathering's claims name, if two or more name them.
fn lead_person(gathering: &Cluster, undated: &[Undated]) -> Option<usize> {
    let mut named: BTreeMap<usize, usize> = BTreeMap::new();
    for &u in &gathering.undated {
        for &p in &undated[u].people {
            *named.entry(p).or_default() += 1;
        }
    }
    named
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(p, _)| p)
}

/// Gatherings of undated claims, filed under their story and a feature: a claim meets only
/// its story's.
#[derive(Default)]
struct Gatherings {
    clusters: Vec<Cluster>,
    sources: Vec<BTreeSet<usize>>,
    by_feature: HashMap<(usize, Key), Vec<usize>>,
    /// Once set, the gatherings that claims may still join.
    open: BTreeSet<usize>,
}

impl Gatherings {
    /// Puts a claim into the gathering it shares most with, or a new one when `may_start`.
    fn take(
        &mut self,
        u: usize,
        undated: &[Undated],
        story_of: &[usize],
        rarity: &Rarity,
        may_start: bool,
    ) {
        let claim = &undated[u];
        let features = Features::of_undated(claim);
        let weight = rarity.own(&features);
        let story = story_of[claim.source];
        let near = Index::near(
            features
                .keys()
                .map(|key| self.by_feature.get(&(story, key))),
        );
        let best = near
            .into_iter()
            .filter(|k| may_start || self.open.contains(k))
            .filter(|&k| on_its_weekday(claim, &self.clusters[k]))
            .map(|k| (k, evidence(&features, weight, &self.clusters[k], rarity)))
            .filter(|&(_, found)| gathers(found))
            .max_by(|a, b| {
                a.1.similarity
                    .total_cmp(&b.1.similarity)
                    .then(b.0.cmp(&a.0))
            })
            .map(|(k, _)| k);
        let k = match best {
            Some(k) => k,
            None if may_start => {
                self.clusters.push(Cluster::default());
                self.sources.push(BTreeSet::new());
                self.clusters.len() - 1
            }
            None => return,
        };
        for key in self.clusters[k].take_in(&features) {
            self.by_feature.entry((story, key)).or_default().push(k);
        }
        self.clusters[k].undated.push(u);
        self.clusters[k].weekdays.extend(claim.weekday);
        self.sources[k].insert(claim.source);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(source: usize, date: &str, actors: &[usize], actions: &[&str]) -> Candidate {
        Candidate {
            source,
            claim: 0,
            time: 0,
            date: PartialDate::parse(date).expect("test date"),
            actors: actors.iter().copied().collect(),
            words: BTreeSet::new(),
            actions: actions.iter().map(|a| a.to_string()).collect(),
            told: actions.iter().map(|a| a.to_string()).collect(),
            vague: false,
            toll: false,
            clause: None,
            headline: Default::default(),
        }
    }

    fn groups(candidates: &[Candidate], undated: &[Undated]) -> Vec<(Vec<usize>, Vec<usize>)> {
        cluster(candidates, undated, 4)
            .into_iter()
            .map(|(_, c)| (c.members, c.undated))
            .collect()
    }

    #[test]
    fn claims_sharing_only_a_year_stay_apart() {
        let found = groups(
            &[
                candidate(0, "2030", &[1], &["flood"]),
                candidate(1, "2030", &[2], &["elect"]),
                candidate(2, "2030", &[3], &["sign"]),
            ],
            &[],
        );
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn a_year_joins_a_precise_date_with_action_and_participant() {
        let found = groups(
            &[
                candidate(0, "2030-05-02", &[1, 4], &["flood"]),
                candidate(1, "2030", &[1], &["flood"]),
                candidate(2, "2030", &[2], &["flood"]),
            ],
            &[],
        );
        assert_eq!(found[0].0, [0, 1]);
        assert_eq!(
            found.len(),
            2,
            "a shared action alone does not join on a year"
        );
    }

    #[test]
    fn a_relative_year_joins_nothing() {
        let mut last_year = candidate(1, "2030", &[1], &["flood"]);
        last_year.vague = true;
        let found = groups(&[candidate(0, "2030", &[1], &["flood"]), last_year], &[]);
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn different_days_with_different_participants_stay_apart() {
        let found = groups(
            &[
                candidate(0, "2030-05-02", &[1], &["attack"]),
                candidate(1, "2030-05-02", &[1], &["attack"]),
                candidate(2, "2030-05-20", &[2], &["attack"]),
            ],
            &[],
        );
        assert_eq!(found[0].0, [0, 1]);
        assert_eq!(found[1].0, [2]);
    }

    #[test]
    fn an_undated_claim_joins_the_happening_it_shares_action_and_participants_with() {
        let undated = |source, actors: &[usize], actions: &[&str]| Undated {
            source,
            claim: 1,
            actors: actors.iter().copied().collect(),
            people: BTreeSet::new(),
            words: BTreeSet::new(),
            actions: actions.iter().map(|a| a.to_string()).collect(),
            unplaced: false,
            weekday: None,
            done: true,
        };
        let found = groups(
            &[
                candidate(0, "2030-05-02", &[1, 5], &["attack"]),
                candidate(1, "2030-05-20", &[2, 6], &["arrest"]),
            ],
            &[
                undated(2, &[1, 5], &["attack"]),
                undated(2, &[2, 6], &["arrest"]),
                undated(3, &[3], &["attack"]),
            ],
        );
        assert_eq!(found[0].1, [0]);
        assert_eq!(found[1].1, [1]);
    }

    #[test]
    fn gatherings_of_one_story_about_one_person_merge() {
        let claim = |source, people: &[usize]| Undated {
            source,
            claim: 0,
            actors: people.iter().copied().collect(),
            people: people.iter().copied().collect(),
            words: BTreeSet::new(),
            actions: BTreeSet::new(),
            unplaced: true,
            weekday: None,
            done: true,
        };
        // Sources 0–3 are one story, 4–5 another; person 7 leads gatherings in both.
        let undated = [
            claim(0, &[7]),
            claim(1, &[7, 8]),
            claim(2, &[7]),
            claim(3, &[7]),
            claim(4, &[7]),
            claim(5, &[7]),
            claim(2, &[9]),
            claim(3, &[9]),
        ];
        let story_of = [0, 0, 0, 0, 1, 1];
        let gathering = |claims: &[usize]| Cluster {
            undated: claims.to_vec(),
            ..Cluster::default()
        };
        let merged = merge_by_lead_person(
            vec![
                gathering(&[0, 1]),
                gathering(&[6, 7]),
                gathering(&[2, 3]),
                gathering(&[4, 5]),
            ],
            &undated,
            &story_of,
        );
        let claims: Vec<Vec<usize>> = merged.into_iter().map(|c| c.undated).collect();
        assert_eq!(claims, [vec![0, 1, 2, 3], vec![6, 7], vec![4, 5]]);
    }

    #[test]
    fn claims_naming_different_weekdays_gather_apart() {
        let claim = |source, weekday| Undated {
            source,
            claim: 0,
            actors: [1].into(),
            people: BTreeSet::new(),
            words: ["driver".to_string()].into(),
            actions: ["arrest".to_string()].into(),
            unplaced: true,
            weekday: Some(weekday),
            done: true,
        };
        // One story; sources 0 and 1 tell an arrest on a Tuesday, 2 and 3 one on a Sunday.
        let undated = [claim(0, 1), claim(1, 1), claim(2, 6), claim(3, 6)];
        let rarity = Rarity::new(&[], &undated);
        let (events, alone) = gather_undated(&undated, &BTreeSet::new(), &[0; 4], &rarity);
        let claims: Vec<Vec<usize>> = events.into_iter().map(|c| c.undated).collect();
        assert_eq!(claims, [vec![0, 1], vec![2, 3]]);
        assert!(alone.is_empty());
    }

    #[test]
    fn a_gathering_joins_its_storys_happening_on_the_weekday_it_names() {
        let claim = |source, weekday, people: &[usize]| Undated {
            source,
            claim: 0,
            actors: [1].into_iter().chain(people.iter().copied()).collect(),
            people: people.iter().copied().collect(),
            words: BTreeSet::new(),
            actions: ["arrest".to_string()].into(),
            unplaced: true,
            weekday: Some(weekday),
            done: true,
        };
        // Sources 0 and 1 (undated) say "on Thursday", 2 and 3 "on Tuesday"; 4 and 5 say
        // "on Thursday" of person 9, whom the dated happening does not name.
        let undated = [
            claim(0, 3, &[]),
            claim(1, 3, &[]),
            claim(2, 1, &[]),
            claim(3, 1, &[]),
            claim(4, 3, &[9]),
            claim(5, 3, &[9]),
        ];
        let dated = |day: &str| Cluster {
            date: PartialDate::parse(day),
            actors: [1, 2].into(),
            actions: ["arrest".to_string()].into(),
            story: Some(0),
            ..Cluster::default()
        };
        // 2 May 2030 is a Thursday, 4 May a Saturday.
        let mut clusters = vec![dated("2030-05-02"), dated("2030-05-04")];
        let mut index = Index::default();
        for (k, cluster) in clusters.iter().enumerate() {
            let keys = [Key::Actor(1), Key::Actor(2), Key::Action("arrest".into())];
            index.file(k, cluster, keys.into_iter());
        }
        let gathering = |claims: &[usize]| Cluster {
            undated: claims.to_vec(),
            actors: claims
                .iter()
                .flat_map(|&u| undated[u].actors.clone())
                .collect(),
            actions: ["arrest".to_string()].into(),
            weekdays: claims.iter().filter_map(|&u| undated[u].weekday).collect(),
            ..Cluster::default()
        };
        let rarity = Rarity::new(&[], &undated);
        let left = join_dated_happenings(
            &mut clusters,
            &index,
            &[2, 2],
            vec![gathering(&[0, 1]), gathering(&[2, 3]), gathering(&[4, 5])],
            &undated,
            &[0; 6],
            &rarity,
        );
        assert_eq!(clusters[0].undated, [0, 1]);
        assert!(clusters[1].undated.is_empty());
        let left: Vec<Vec<usize>> = left.into_iter().map(|c| c.undated).collect();
        assert_eq!(left, [vec![2, 3], vec![4, 5]]);
    }

    #[test]
    fn on_one_day_a_storys_claims_join_with_anything_in_common() {
        // Sources 0 and 1 name participants 5 and 6 elsewhere, so they tell one story; on
        // one day, source 1's claim shares only participant 5 with source 0's, little of
        // its own weight, yet joins it.
        let elsewhere = |source| candidate(source, "2029", &[5, 6], &["meet"]);
        let found = groups(
            &[
                candidate(0, "2030-05-02", &[5], &["rule"]),
                candidate(1, "2030-05-02", &[5, 7, 8, 9], &["say"]),
                elsewhere(0),
                elsewhere(1),
            ],
            &[],
        );
        assert!(
            found.iter().any(|(members, _)| members == &[0, 1]),
            "{found:?}"
        );
    }
}
