//! Dated claims → events, and where the sources disagree. A claim with a resolved date and
//! an actor or an action is a candidate (once per date it gives); candidates with compatible
//! dates (a day falls within its month) that share the action and participants are one
//! event, across sources, and undated claims reporting that happening join it. Clusters are
//! indexed by date, actor and action, so clustering compares only what could match.

use super::actors::Actors;
use crate::analyse::Analysis;
use crate::error::Warning;
use crate::load::curation::{EventCuration, Verdict};
use crate::model::date::PartialDate;
use crate::model::ids::slugify;
use crate::model::source::LoadedSource;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod candidates;
mod curation;
mod discrepancies;
mod grouping;
pub mod reading_cache;
mod stories;
mod titles;

use candidates::{candidates, precision_rank};
pub use candidates::{read_text, TextReading};
use curation::apply_curation;
pub use curation::{apply_verdicts, check_claim_ids};
use discrepancies::discrepancies;
use grouping::cluster;
use titles::{auto_title, distinct_titles};

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: String,
    /// None when no source dates the happening: several sources report it without a date.
    pub date: Option<PartialDate>,
    /// The last date of an event that spans a period ("from 1999 to 2009"); after `date`.
    pub end: Option<PartialDate>,
    /// Indices into the paged actors, most involved first.
    pub actors: Vec<usize>,
    pub sources: Vec<String>,
    /// Claim ids in corpus order.
    pub claims: Vec<String>,
    /// How each claim's date was found.
    pub dating: Vec<Dating>,
    pub summary: Option<crate::model::source::Document>,
    pub curated: bool,
}

impl Event {
    /// The date or period as a reader says it ("3 May 2024", "1999–2009"), or that the
    /// sources give none.
    pub fn when(&self) -> String {
        self.date
            .map_or_else(|| UNDATED.to_string(), |d| d.human_until(self.end))
    }
}

/// What an event without a date shows where its date would be.
pub const UNDATED: &str = "Date not given";

/// How a claim's date was derived: the expression, the rule, and the anchor when relative.
#[derive(Debug, Clone, PartialEq)]
pub struct Dating {
    pub claim: String,
    pub source: String,
    pub expression: String,
    pub rule: &'static str,
    pub value: PartialDate,
    /// The end of the period when the expression is a range ("1999–2009").
    pub until: Option<PartialDate>,
    pub anchor: Option<PartialDate>,
}

/// Sources disagreeing about one thing: each side is a value and the claims that give it.
#[derive(Debug, Clone, PartialEq)]
pub struct Discrepancy {
    /// "d-" and a hash of the measure and the sorted claim ids of all sides.
    pub id: String,
    pub about: String,
    /// Index into `Events::events`: the first of `events`.
    pub event: Option<usize>,
    /// Each value given ("145", "nearly 150", "December 2023"), lowest first, with its claims.
    pub sides: Vec<(String, Vec<String>)>,
    /// What is given differently: "date", or a figure's measure ("killed", "tons").
    pub measure: String,
    /// The values differ only as an approximation allows ("nearly 150" and 145).
    pub minor: bool,
    /// Every event whose claims take a side (indices, ascending): a date given differently
    /// can put one happening's claims into two events.
    pub events: Vec<usize>,
}

/// The editor's verdict on a discrepancy (content/discrepancies/*.md), with the note.
#[derive(Debug, Clone, PartialEq)]
pub struct Ruling {
    pub verdict: Verdict,
    pub note: Option<crate::model::source::Document>,
}

#[derive(Debug, Default)]
pub struct Events {
    /// In date order.
    pub events: Vec<Event>,
    pub discrepancies: Vec<Discrepancy>,
    /// The editor's verdicts, by discrepancy id; a discrepancy without one is open.
    pub rulings: BTreeMap<String, Ruling>,
    /// Related events of each event (indices), closest first.
    pub related: Vec<Vec<usize>>,
    pub warnings: Vec<Warning>,
    /// Relative expressions that could not be resolved (no publication date): (source, text).
    pub unresolved: Vec<(String, String)>,
}

impl Events {
    /// Whether the editor dismissed the discrepancy: considered, and not a disagreement.
    pub fn dismissed(&self, discrepancy: &Discrepancy) -> bool {
        self.rulings
            .get(&discrepancy.id)
            .is_some_and(|r| r.verdict == Verdict::Dismissed)
    }

    /// The discrepancies still standing: open or confirmed.
    pub fn standing(&self) -> impl Iterator<Item = &Discrepancy> {
        self.discrepancies.iter().filter(|d| !self.dismissed(d))
    }
}

pub struct SourceInput<'a> {
    pub id: &'a str,
    pub published: Option<PartialDate>,
    pub analysis: &'a Analysis,
}

/// A dated claim, once per happening it dates.
struct Candidate {
    source: usize,
    claim: usize,
    time: usize,
    date: PartialDate,
    /// The actors nearest this date in the claim.
    actors: BTreeSet<usize>,
    /// Stemmed content words that are not actions.
    words: BTreeSet<String>,
    /// Stemmed words the corpus uses as verbs ("attack" of "attacked"): what happened.
    actions: BTreeSet<String>,
    /// A relative year ("last year"): too vague to join another claim's happening.
    vague: bool,
    /// The claim counts people killed, wounded, missing…: a toll marks one deadly happening.
    toll: bool,
    /// The actions of the clause the date governs (all of `actions` when that clause names
    /// none): what an undated claim must share to report this happening.
    told: BTreeSet<String>,
    /// The content words of the clause the date governs, until `candidates::mark_actions`
    /// reads them.
    clause: Option<BTreeSet<String>>,
    /// The claim's headline anchored at this date: what may title the event.
    headline: crate::text::headline::Headline,
}

/// A claim without a date that reports something done: it may join a dated happening.
struct Undated {
    source: usize,
    claim: usize,
    actors: BTreeSet<usize>,
    /// Those of `actors` that are people.
    people: BTreeSet<usize>,
    words: BTreeSet<String>,
    actions: BTreeSet<String>,
    /// Dated only relative to a publication date the source lacks ("on Sunday").
    unplaced: bool,
    /// The day of the week that date names, if it does (0 for Monday).
    weekday: Option<u8>,
    /// Says something was done with a regular past ("attacked"), not only a noun ("the
    /// attack") or an irregular form: only such a claim joins a dated happening, where a
    /// looser reading drew commentary into happenings it was not about.
    done: bool,
}

#[derive(Default)]
struct Cluster {
    date: Option<PartialDate>,
    members: Vec<usize>,
    actors: BTreeSet<usize>,
    words: BTreeSet<String>,
    actions: BTreeSet<String>,
    /// The actions its candidates' dated clauses tell (`Candidate::told`).
    told: BTreeSet<String>,
    /// The days of the week its undated claims name: a happening falls on one.
    weekdays: BTreeSet<u8>,
    /// Undated claims reporting this happening (indices into the undated claims).
    undated: Vec<usize>,
    /// Some claim gives a toll of this happening.
    toll: bool,
    /// The story of the source whose claim started it.
    story: Option<usize>,
}

/// Each source's text read for the event stage (`analyses[i]` is `sources[i]`'s), in the
/// sources' order and on every core.
pub fn read_texts(sources: &[LoadedSource], analyses: &[Analysis]) -> Vec<TextReading> {
    sources
        .par_iter()
        .zip(analyses)
        .map(|(source, analysis)| read_text(source.meta.published, analysis))
        .collect()
}

pub fn resolve_events(
    sources: &[SourceInput],
    actors: &Actors,
    curation: &[EventCuration],
) -> Events {
    let readings: Vec<TextReading> = sources
        .par_iter()
        .map(|source| read_text(source.published, source.analysis))
        .collect();
    resolve_read_events(sources, &readings, actors, curation)
}

/// `resolve_events` with each source's text already read (`read_texts`, one per source in
/// the same order; the build cache keeps them).
pub fn resolve_read_events(
    sources: &[SourceInput],
    readings: &[TextReading],
    actors: &Actors,
    curation: &[EventCuration],
) -> Events {
    let mut events = Events::default();
    let found = candidates(sources, readings, actors, &mut events.unresolved);
    let candidates = found.dated;
    let mut clusters = cluster(&candidates, &found.undated, sources.len());
    events.warnings = apply_curation(
        &mut clusters,
        &candidates,
        &found.undated,
        sources,
        curation,
    );
    let mut built: Vec<(Event, Vec<usize>)> = clusters
        .into_par_iter()
        .filter(|(_, c)| !c.members.is_empty() || !c.undated.is_empty())
        .map(|(curated, c)| {
            (
                build_event(
                    &c,
                    &candidates,
                    &found.undated,
                    sources,
                    curated.map(|i| &curation[i]),
                ),
                c.members,
            )
        })
        .collect();
    let in_order = |built: &mut Vec<(Event, Vec<usize>)>| {
        built.sort_by(|(a, _), (b, _)| {
            event_order(a.date)
                .cmp(&event_order(b.date))
                .then(a.title.cmp(&b.title))
        })
    };
    in_order(&mut built);
    distinct_titles(&mut built, &candidates, sources);
    in_order(&mut built);
    unique_ids(&mut built);
    events.discrepancies = discrepancies(&built, &candidates, sources, actors);
    events.events = built.into_iter().map(|(e, _)| e).collect();
    events.related = related(&events.events);
    events
}

/// Dated events in date order, then the undated ones.
fn event_order(date: Option<PartialDate>) -> (bool, (i32, u8, u8)) {
    (date.is_none(), date.map_or((0, 0, 0), sort_key))
}

/// Year, month, day for ordering: a year or month without a finer part sorts at its start.
fn sort_key(date: PartialDate) -> (i32, u8, u8) {
    (
        date.year(),
        date.month().unwrap_or(0),
        date.day().unwrap_or(0),
    )
}

fn claim_of<'a>(candidate: &Candidate, sources: &'a [SourceInput]) -> &'a crate::analyse::Claim {
    &sources[candidate.source].analysis.claims[candidate.claim]
}

fn event_id(date: Option<PartialDate>, title: &str) -> String {
    let words: Vec<String> = slugify(title)
        .split('-')
        .take(6)
        .map(str::to_string)
        .collect();
    match date {
        Some(date) => format!("{date}-{}", words.join("-")),
        None => format!("undated-{}", words.join("-")),
    }
}

/// The event of a cluster: the most precise date its claims give (the first cluster date wins
/// ties), the shortest claim as title; the editor's curation overrides both.
fn build_event(
    cluster: &Cluster,
    candidates: &[Candidate],
    undated: &[Undated],
    sources: &[SourceInput],
    curation: Option<&EventCuration>,
) -> Event {
    let found =
        cluster
            .members
            .iter()
            .map(|&m| candidates[m].date)
            .fold(cluster.date, |best, d| {
                if precision_rank(Some(d)) > precision_rank(best) {
                    Some(d)
                } else {
                    best
                }
            });
    let date = curation.and_then(|c| c.date).or(found);
    // An editor who dates the event owns its period too: a range found in the claims would
    // end a period the editor may not mean.
    let end = match curation.and_then(|c| c.date) {
        Some(_) => curation.and_then(|c| c.end),
        None => date.and_then(|date| range_end(date, &cluster.members, candidates, sources)),
    };
    let title = curation
        .and_then(|c| c.title.clone())
        .unwrap_or_else(|| auto_title(cluster, candidates, undated, sources));
    let mut actor_counts: BTreeMap<usize, usize> = BTreeMap::new();
    let mut source_ids = BTreeSet::new();
    let mut claim_ids: Vec<(usize, usize, &str)> = Vec::new();
    let mut dating = Vec::new();
    let mut members = cluster.members.clone();
    members.sort_by_key(|&m| (candidates[m].source, candidates[m].claim));
    for m in members {
        let candidate = &candidates[m];
        let source = &sources[candidate.source];
        let claim = claim_of(candidate, sources);
        for &a in &candidate.actors {
            *actor_counts.entry(a).or_default() += 1;
        }
        source_ids.insert(source.id.to_string());
        claim_ids.push((candidate.source, candidate.claim, &claim.id));
        let time = &source.analysis.times[candidate.time];
        dating.push(Dating {
            claim: claim.id.clone(),
            source: source.id.to_string(),
            expression: time.text.clone(),
            rule: time.rule,
            value: candidate.date,
            until: time.until,
            anchor: source.published.filter(|_| time.relative),
        });
    }
    // Claims without a date of their own are listed, not counted in the dating.
    for &u in &cluster.undated {
        let claim = &undated[u];
        let source = &sources[claim.source];
        source_ids.insert(source.id.to_string());
        claim_ids.push((
            claim.source,
            claim.claim,
            &source.analysis.claims[claim.claim].id,
        ));
    }
    // A claim that dates this happening twice is listed once.
    claim_ids.sort();
    claim_ids.dedup();
    let claims = claim_ids
        .into_iter()
        .map(|(_, _, id)| id.to_string())
        .collect();
    let mut actors: Vec<(usize, usize)> = actor_counts.into_iter().collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Event {
        id: curation.map_or_else(|| event_id(date, &title), |c| c.slug.clone()),
        title,
        date,
        end,
        actors: actors.into_iter().map(|(a, _)| a).collect(),
        sources: source_ids.into_iter().collect(),
        claims,
        dating,
        summary: curation
            .and_then(|c| crate::model::source::Document::summary(&c.path, &c.body, c.body_line)),
        curated: curation.is_some(),
    }
}

/// The latest end of the ranges that date the event's claims from its start ("from 1999 to
/// 2009" for an event of 1999), when one does.
fn range_end(
    date: PartialDate,
    members: &[usize],
    candidates: &[Candidate],
    sources: &[SourceInput],
) -> Option<PartialDate> {
    members
        .iter()
        .map(|&m| &candidates[m])
        .filter(|c| c.date == date)
        .filter_map(|c| sources[c.source].analysis.times[c.time].until)
        .max_by_key(|&end| sort_key(end))
}

fn unique_ids(events: &mut [(Event, Vec<usize>)]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (event, _) in events.iter_mut() {
        let count = seen.entry(event.id.clone()).or_default();
        *count += 1;
        if *count > 1 {
            event.id = format!("{}-{count}", event.id);
        }
    }
}

/// How many events on each side of an event, among those naming one of its actors, are
/// looked at for related events: an actor in thousands of events must not make this quadratic.
const RELATED_WINDOW: usize = 32;

/// Events that share actors, closest in time first (at most five), among the events nearest
/// in time that name each actor.
fn related(events: &[Event]) -> Vec<Vec<usize>> {
    let mut by_actor: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, event) in events.iter().enumerate() {
        for &a in &event.actors {
            by_actor.entry(a).or_default().push(i);
        }
    }
    events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
            for a in &event.actors {
                let list = &by_actor[a];
                let at = list.partition_point(|&j| j < i);
                let near = &list
                    [at.saturating_sub(RELATED_WINDOW)..(at + RELATED_WINDOW + 1).min(list.len())];
                for &j in near.iter().filter(|&&j| j != i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
            let mut ranked: Vec<(usize, usize)> = shared.into_iter().collect();
            ranked.sort_by_key(|&(j, n)| (std::cmp::Reverse(n), i.abs_diff(j)));
            ranked.into_iter().take(5).map(|(j, _)| j).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests;
