//! data/briefing.json, schema "sourcebook/1" (DESIGN §6): the briefing as data for readers
//! and researchers. Arrays are sorted, so the same inputs give the same bytes.

use crate::briefing::Briefing;
use serde::Serialize;

pub const SCHEMA: &str = "sourcebook/1";

#[derive(Serialize)]
struct Export<'a> {
    schema: &'static str,
    title: &'a str,
    sources: Vec<SourceRecord<'a>>,
    claims: Vec<ClaimRecord<'a>>,
    actors: Vec<ActorRecord<'a>>,
    events: Vec<EventRecord<'a>>,
    themes: Vec<serde_json::Value>,
    discrepancies: Vec<DiscrepancyRecord<'a>>,
}

#[derive(Serialize)]
struct EventRecord<'a> {
    id: &'a str,
    title: &'a str,
    date: String,
    precision: crate::date::Precision,
    actors: Vec<&'a str>,
    sources: &'a [String],
    claims: Vec<&'a str>,
    page: String,
}

#[derive(Serialize)]
struct DiscrepancyRecord<'a> {
    id: &'a str,
    about: &'a str,
    event: Option<&'a str>,
    claims: Vec<&'a str>,
    values: Vec<&'a str>,
}

#[derive(Serialize)]
struct SourceRecord<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a str,
    url: Option<&'a str>,
    published: Option<String>,
    sha256: &'a str,
    page: String,
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    id: &'a str,
    name: &'a str,
    kind: crate::analyse::mentions::ActorKind,
    aliases: &'a [String],
    sources: &'a [String],
    claims: Vec<&'a str>,
    page: String,
}

#[derive(Serialize)]
struct ClaimRecord<'a> {
    id: &'a str,
    source: &'a str,
    text: &'a str,
    start: usize,
    end: usize,
    page: String,
    actors: Vec<String>,
    events: Vec<String>,
    themes: Vec<String>,
}

/// The ids of the actors a claim mentions, sorted.
fn claim_actor_ids(briefing: &Briefing, claim: &str) -> Vec<String> {
    let mut ids: Vec<String> = briefing
        .claim_actors
        .get(claim)
        .map(|indices| {
            indices
                .iter()
                .map(|&i| briefing.actors.actors[i].id.clone())
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

/// The ids of the events a claim reports, sorted.
fn claim_event_ids(briefing: &Briefing, claim: &str) -> Vec<String> {
    let mut ids: Vec<String> = briefing
        .events
        .claim_events
        .get(claim)
        .map(|indices| {
            indices
                .iter()
                .map(|&i| briefing.events.events[i].id.clone())
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

pub fn briefing_json(briefing: &Briefing) -> Vec<u8> {
    let sources = briefing
        .sources
        .iter()
        .map(|s| {
            let meta = &s.source.meta;
            SourceRecord {
                id: &meta.id,
                title: &meta.title,
                outlet: &meta.outlet,
                url: meta.url.as_deref(),
                published: meta.published.map(|d| d.to_string()),
                sha256: &meta.sha256,
                page: format!("sources/{}.html", meta.id),
            }
        })
        .collect();
    // Sources are in id order and claims in text order within each: a stable total order.
    let claims = briefing
        .claims()
        .map(|c| ClaimRecord {
            id: &c.id,
            source: &c.source,
            text: &c.text,
            start: c.start,
            end: c.end,
            page: format!("sources/{}.html#{}", c.source, c.id),
            actors: claim_actor_ids(briefing, &c.id),
            events: claim_event_ids(briefing, &c.id),
            themes: Vec::new(),
        })
        .collect();
    let mut events: Vec<EventRecord> = briefing
        .events
        .events
        .iter()
        .map(|e| {
            let mut actors: Vec<&str> = e
                .actors
                .iter()
                .map(|&a| briefing.actors.actors[a].id.as_str())
                .collect();
            actors.sort_unstable();
            let mut claims: Vec<&str> = e.claims.iter().map(String::as_str).collect();
            claims.sort_unstable();
            EventRecord {
                id: &e.id,
                title: &e.title,
                date: e.date.to_string(),
                precision: e.date.precision(),
                actors,
                sources: &e.sources,
                claims,
                page: format!("events/{}.html", e.id),
            }
        })
        .collect();
    events.sort_by(|a, b| a.id.cmp(b.id));
    let mut discrepancies: Vec<DiscrepancyRecord> = briefing
        .events
        .discrepancies
        .iter()
        .map(|d| DiscrepancyRecord {
            id: &d.id,
            about: &d.about,
            event: d.event.map(|e| briefing.events.events[e].id.as_str()),
            claims: d
                .sides
                .iter()
                .flat_map(|(_, claims)| claims.iter().map(String::as_str))
                .collect(),
            values: d.sides.iter().map(|(value, _)| value.as_str()).collect(),
        })
        .collect();
    discrepancies.sort_by(|a, b| a.id.cmp(b.id));
    let mut actors: Vec<ActorRecord> = briefing
        .actors
        .actors
        .iter()
        .map(|a| {
            let mut claims: Vec<&str> = a.claims.iter().map(String::as_str).collect();
            claims.sort_unstable();
            ActorRecord {
                id: &a.id,
                name: &a.name,
                kind: a.kind,
                aliases: &a.aliases,
                sources: &a.sources,
                claims,
                page: format!("actors/{}.html", a.id),
            }
        })
        .collect();
    actors.sort_by(|a, b| a.id.cmp(b.id));
    let export = Export {
        schema: SCHEMA,
        title: &briefing.config.book.title,
        sources,
        claims,
        actors,
        events,
        themes: Vec::new(),
        discrepancies,
    };
    let mut bytes = serde_json::to_vec_pretty(&export).expect("the export always serialises");
    bytes.push(b'\n');
    bytes
}
