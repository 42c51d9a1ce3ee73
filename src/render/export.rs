//! data/briefing.json, schema "sourcebook/1" (DESIGN §6): the briefing as data for readers
//! and researchers. Arrays are sorted, so the same inputs give the same bytes.
//!
//! The same records are also written split, so that a reader of a large briefing fetches only
//! what they need: data/index.json names the parts, each part file holds one key of
//! briefing.json (data/sources.json holds "sources", …), and the claims are split by source,
//! data/claims/<source id>.json, in the order of data/index.json's "claims" list.
//! Source ids are safe as file names (`model::ids::validate_id`, checked at load).

use super::routes;
use super::sink::Stream;
use crate::briefing::Briefing;
use crate::error::Result;
use serde::ser::SerializeMap;
use serde::Serialize;
use std::collections::BTreeMap;

pub(super) const SCHEMA: &str = "sourcebook/1";

#[derive(Serialize)]
struct Export<'a> {
    schema: &'static str,
    title: &'a str,
    sources: Vec<SourceRecord<'a>>,
    claims: Vec<ClaimRecord<'a>>,
    actors: Vec<ActorRecord<'a>>,
    events: Vec<EventRecord<'a>>,
    themes: Vec<ThemeRecord<'a>>,
    discrepancies: Vec<DiscrepancyRecord<'a>>,
}

#[derive(Serialize)]
struct EventRecord<'a> {
    id: &'a str,
    title: &'a str,
    /// None (null) when no source dates the event.
    date: Option<String>,
    /// The last date of an event that spans a period.
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    precision: Option<crate::model::date::Precision>,
    actors: Vec<&'a str>,
    sources: &'a [String],
    claims: Vec<&'a str>,
    page: String,
}

#[derive(Serialize)]
struct DiscrepancyRecord<'a> {
    id: &'a str,
    about: &'a str,
    measure: &'a str,
    minor: bool,
    event: Option<&'a str>,
    events: Vec<&'a str>,
    claims: Vec<&'a str>,
    values: Vec<&'a str>,
    /// The editor's verdict ("confirmed", "dismissed") and note (markdown), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    verdict: Option<crate::load::curation::Verdict>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    sides: Vec<SideRecord<'a>>,
}

/// One value of a discrepancy and the claims that give it.
#[derive(Serialize)]
struct SideRecord<'a> {
    value: &'a str,
    claims: &'a [String],
}

#[derive(Serialize)]
struct SourceRecord<'a> {
    id: &'a str,
    title: &'a str,
    outlet: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<&'a str>,
    url: Option<&'a str>,
    published: Option<String>,
    sha256: &'a str,
    page: String,
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    id: &'a str,
    name: &'a str,
    kind: crate::model::actor::ActorKind,
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
    actors: Vec<&'a str>,
    events: Vec<&'a str>,
    themes: Vec<&'a str>,
    /// Each theme's score: how many cue words the claim matches.
    theme_scores: BTreeMap<&'a str, usize>,
}

#[derive(Serialize)]
struct ThemeRecord<'a> {
    id: &'a str,
    name: &'a str,
    cues: &'a [String],
    claims: Vec<&'a str>,
    actors: Vec<&'a str>,
    events: Vec<&'a str>,
    page: String,
}

/// `ids` sorted: every array of the export is, so the file is deterministic.
fn sorted<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut ids: Vec<&str> = ids.collect();
    ids.sort_unstable();
    ids
}

/// Records in the order of their ids: every array of the export is sorted, so the file is
/// deterministic.
fn by_id<'a, R>(records: impl Iterator<Item = R>, id: fn(&R) -> &'a str) -> Vec<R> {
    let mut records: Vec<R> = records.collect();
    records.sort_by(|a, b| id(a).cmp(id(b)));
    records
}

/// data/index.json: the split export's table of contents. Paths are relative to data/.
#[derive(Serialize)]
struct ExportIndex<'a> {
    schema: &'static str,
    title: &'a str,
    /// Each key of briefing.json but "claims", and the file that holds it under that key.
    parts: BTreeMap<&'static str, String>,
    /// The files of the claims, one per source in source order; concatenated, their "claims"
    /// are briefing.json's.
    claims: Vec<String>,
}

/// data/claims/<source id>.json: one source's claims, in text order.
#[derive(Serialize)]
struct ClaimsFile<'r, 'a> {
    schema: &'static str,
    source: &'a str,
    claims: &'r [ClaimRecord<'a>],
}

/// A part file: `{"schema": …, key: records}`.
struct Part<'r, T> {
    key: &'static str,
    records: &'r T,
}

impl<T: Serialize> Serialize for Part<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("schema", SCHEMA)?;
        map.serialize_entry(self.key, self.records)?;
        map.end()
    }
}

/// Where the split export's files go, relative to the site's root.
const DATA_DIR: &str = "data/";

/// The path of the claims of source `id`, relative to data/.
fn claims_file(id: &str) -> String {
    format!("claims/{id}.json")
}

/// data/briefing.json, whole, and the split export (data/index.json and the files it names),
/// each file handed to `put` as soon as it is made.
pub(super) fn write_files(briefing: &Briefing, put: &mut Put<'_>) -> Result<()> {
    let export = export(briefing);
    json_file(put, routes::BRIEFING_JSON.to_string(), &export)?;
    let parts = BTreeMap::from([
        part(put, "sources", &export.sources)?,
        part(put, "actors", &export.actors)?,
        part(put, "events", &export.events)?,
        part(put, "themes", &export.themes)?,
        part(put, "discrepancies", &export.discrepancies)?,
    ]);
    let mut claims = Vec::new();
    let mut rest: &[ClaimRecord] = &export.claims;
    // Claims are in source order (see `export`), so each source's are the next run.
    for source in &export.sources {
        let count = rest.iter().take_while(|c| c.source == source.id).count();
        let (own, after) = rest.split_at(count);
        rest = after;
        let path = claims_file(source.id);
        let file = ClaimsFile {
            schema: SCHEMA,
            source: source.id,
            claims: own,
        };
        json_file(put, format!("{DATA_DIR}{path}"), &file)?;
        claims.push(path);
    }
    debug_assert!(rest.is_empty(), "every claim belongs to a listed source");
    let index = ExportIndex {
        schema: SCHEMA,
        title: export.title,
        parts,
        claims,
    };
    json_file(put, format!("{DATA_DIR}index.json"), &index)
}

/// Writes data/<key>.json, holding `records` under `key`; gives the key and the file's path.
fn part<T: Serialize>(
    put: &mut Put<'_>,
    key: &'static str,
    records: &T,
) -> Result<(&'static str, String)> {
    let path = format!("{key}.json");
    json_file(put, format!("{DATA_DIR}{path}"), &Part { key, records })?;
    Ok((key, path))
}

/// Takes a file of the export by its path, as its serialisation streams it.
pub(super) type Put<'p> = dyn FnMut(String, &mut Stream<'_>) -> Result<()> + 'p;

/// How much of a file of the export is gathered before it is handed on.
const JSON_BLOCK: usize = 16 * 1024;

/// Puts `value` at `path` as compact JSON ending in a newline, as every file of the export is,
/// streamed as it is serialised: briefing.json is never whole in memory. Compact, because the
/// export is read by programs: indentation was a quarter of its bytes (19 MB of the 75 MB of
/// data/ at 1,000 bench sources), and any JSON viewer indents it again.
fn json_file(put: &mut Put<'_>, path: String, value: &impl Serialize) -> Result<()> {
    put(path, &mut |out| {
        // serde_json writes a token at a time: gathered here, those small writes are copies
        // rather than calls through `dyn Write`.
        use std::io::Write;
        let mut buffered = std::io::BufWriter::with_capacity(JSON_BLOCK, out);
        serde_json::to_writer(&mut buffered, value)?;
        buffered.write_all(b"\n")?;
        buffered.flush()
    })
}

fn export(briefing: &Briefing) -> Export<'_> {
    let actor_id = |i: usize| briefing.actors.actors[i].id.as_str();
    let event_id = |i: usize| briefing.events.events[i].id.as_str();
    let claim_themes = |c: &crate::analyse::Claim| {
        briefing
            .links
            .of(&c.id)
            .themes
            .iter()
            .map(|&(t, score)| (briefing.themes.themes[t].id.as_str(), score))
    };
    let sources = briefing
        .sources
        .iter()
        .map(|s| {
            let meta = &s.source.meta;
            SourceRecord {
                id: &meta.id,
                title: &meta.title,
                outlet: &meta.outlet,
                byline: meta.byline.as_deref(),
                url: meta.url.as_deref(),
                published: meta.published.map(|d| d.to_string()),
                sha256: &meta.sha256,
                page: routes::source(&meta.id),
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
            page: routes::claim(&c.source, &c.id),
            actors: sorted(briefing.links.of(&c.id).actors.iter().map(|&a| actor_id(a))),
            events: sorted(briefing.links.of(&c.id).events.iter().map(|&e| event_id(e))),
            themes: sorted(claim_themes(c).map(|(id, _)| id)),
            theme_scores: claim_themes(c).collect(),
        })
        .collect();
    let events = by_id(
        briefing.events.events.iter().map(|e| EventRecord {
            id: &e.id,
            title: &e.title,
            date: e.date.map(|d| d.to_string()),
            end: e.end.map(|end| end.to_string()),
            precision: e.date.map(|d| d.precision()),
            actors: sorted(e.actors.iter().map(|&a| actor_id(a))),
            sources: &e.sources,
            claims: sorted(e.claims.iter().map(String::as_str)),
            page: routes::event(&e.id),
        }),
        |record| record.id,
    );
    let discrepancies = by_id(
        briefing
            .events
            .discrepancies
            .iter()
            .map(|d| DiscrepancyRecord {
                id: &d.id,
                about: &d.about,
                measure: &d.measure,
                minor: d.minor,
                event: d.event.map(&event_id),
                events: d.events.iter().map(|&e| event_id(e)).collect(),
                claims: d
                    .sides
                    .iter()
                    .flat_map(|(_, claims)| claims.iter().map(String::as_str))
                    .collect(),
                values: d.sides.iter().map(|(value, _)| value.as_str()).collect(),
                verdict: briefing.events.rulings.get(&d.id).map(|r| r.verdict),
                note: briefing
                    .events
                    .rulings
                    .get(&d.id)
                    .and_then(|r| r.note.as_ref())
                    .map(|n| n.text.as_str()),
                sides: d
                    .sides
                    .iter()
                    .map(|(value, claims)| SideRecord { value, claims })
                    .collect(),
            }),
        |record| record.id,
    );
    let actors = by_id(
        briefing.actors.actors.iter().map(|a| ActorRecord {
            id: &a.id,
            name: &a.name,
            kind: a.kind,
            aliases: &a.aliases,
            sources: &a.sources,
            claims: sorted(a.claims.iter().map(String::as_str)),
            page: routes::actor(&a.id),
        }),
        |record| record.id,
    );
    let themes = by_id(
        briefing.themes.themes.iter().map(|t| ThemeRecord {
            id: &t.id,
            name: &t.name,
            cues: &t.cues,
            claims: sorted(t.claims.iter().map(|c| c.claim.as_str())),
            actors: sorted(t.actors.iter().map(|&(a, _)| actor_id(a))),
            events: sorted(t.events.iter().map(|&(e, _)| event_id(e))),
            page: routes::theme(&t.id),
        }),
        |record| record.id,
    );
    Export {
        schema: SCHEMA,
        title: &briefing.config.book.title,
        sources,
        claims,
        actors,
        events,
        themes,
        discrepancies,
    }
}
