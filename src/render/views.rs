//! What each template sees. Views hold plain strings and numbers so templates stay simple;
//! all text from sources reaches them unescaped and Tera's autoescape escapes it.

use super::highlight::{escape_html, Highlighter};
use super::svg::{network_svg, timeline_svg, NetworkEdge, NetworkNode, TimelineMark};
use crate::analyse::mentions::ActorKind;
use crate::briefing::actors::Actor;
use crate::briefing::events::{Discrepancy, Event};
use crate::briefing::themes::Theme;
use crate::briefing::{BriefedSource, Briefing};
use serde::Serialize;
use std::collections::BTreeMap;

/// Editor prose with its citations rendered; `root` leads from the page to the site root.
fn prose_html(
    briefing: &Briefing,
    path: &std::path::Path,
    root: &str,
    highlighter: &Highlighter,
) -> String {
    match briefing.prose.get(path) {
        Some(cited) => super::prose::render_prose(cited, briefing, root, highlighter),
        None => String::new(),
    }
}

/// What every page needs: the briefing's name and the way back to the site's root.
#[derive(Serialize, Clone)]
pub struct Common {
    pub title: String,
    pub description: String,
    pub language: String,
    pub authors: Vec<String>,
    pub generator: &'static str,
    /// The address the site is published at, ending in '/', when book.toml gives one.
    pub base_url: Option<String>,
}

impl Common {
    pub fn new(briefing: &Briefing) -> Self {
        let book = &briefing.config.book;
        Common {
            title: book.title.clone(),
            description: book.description.clone(),
            language: book.language.clone(),
            authors: book.authors.clone(),
            generator: concat!("sourcebook ", env!("CARGO_PKG_VERSION")),
            base_url: briefing
                .config
                .site
                .base_url
                .as_deref()
                .map(super::web::normalised_base),
        }
    }
}

/// A page's place in the site: its path and the relative way back to the root.
#[derive(Serialize)]
pub struct Place {
    /// "" at the top level, "../" one folder down: links never depend on where the site lives.
    pub root: String,
    pub path: String,
    /// For link previews (OpenGraph): the page's own title and summary, and its kind.
    pub title: Option<String>,
    pub description: Option<String>,
    pub og_type: &'static str,
    /// schema.org data for the page, as JSON safe to put inside a script element.
    pub json_ld: Option<String>,
}

impl Place {
    fn at(path: &str) -> Self {
        Place {
            root: "../".repeat(path.matches('/').count()),
            path: path.to_string(),
            title: None,
            description: None,
            og_type: "website",
            json_ld: None,
        }
    }

    /// The page describes one thing: its title, a line about it, and its schema.org data.
    fn about(mut self, title: &str, description: String, json_ld: serde_json::Value) -> Self {
        self.title = Some(title.to_string());
        self.description = Some(description);
        self.og_type = "article";
        self.json_ld = Some(json_ld_text(&json_ld));
        self
    }
}

/// JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no text
/// can close the element.
fn json_ld_text(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .expect("JSON values always serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// A schema.org reference to a source: what a citation points at.
fn source_ld(meta: &crate::model::source::SourceMeta) -> serde_json::Value {
    let mut work = serde_json::json!({"@type": "CreativeWork", "name": meta.title});
    if let Some(url) = &meta.url {
        work["url"] = url.as_str().into();
    }
    if !meta.outlet.is_empty() {
        work["publisher"] = serde_json::json!({"@type": "Organization", "name": meta.outlet});
    }
    if let Some(date) = meta.published {
        work["datePublished"] = date.to_string().into();
    }
    work
}

/// A source as listed and as shown in page headers.
#[derive(Serialize)]
pub struct SourceSummary {
    pub id: String,
    pub title: String,
    pub outlet: String,
    pub byline: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub published_human: Option<String>,
    pub retrieved: Option<String>,
    pub sha256: String,
    pub encoding: String,
    pub language: String,
    pub format: &'static str,
    pub original_name: String,
    /// Paths relative to the site root.
    pub page: String,
    pub original_page: String,
    pub original_raw: String,
    pub claims: usize,
    pub dropped: usize,
}

impl SourceSummary {
    fn of(briefed: &BriefedSource) -> Self {
        let meta = &briefed.source.meta;
        let is_html = meta.original.ends_with(".html");
        SourceSummary {
            id: meta.id.clone(),
            title: meta.title.clone(),
            outlet: meta.outlet.clone(),
            byline: meta.byline.clone(),
            url: meta.url.clone(),
            published: meta.published.map(|d| d.to_string()),
            published_human: meta.published.map(|d| d.human()),
            retrieved: meta.retrieved.map(|d| d.to_string()),
            sha256: meta.sha256.clone(),
            encoding: meta.encoding.clone(),
            language: meta.language.clone(),
            format: if is_html { "HTML" } else { "plain text" },
            original_name: meta.original.clone(),
            page: format!("sources/{}.html", meta.id),
            original_page: format!("sources/{}.original.html", meta.id),
            original_raw: original_raw_path(meta),
            claims: briefed.analysis.claims.len(),
            dropped: briefed.source.dropped.len().max(meta.dropped),
        }
    }
}

/// Where a source's original is published byte for byte, relative to the site root: always as a
/// .txt, so that a browser shows an HTML original as text rather than running it.
pub fn original_raw_path(meta: &crate::model::source::SourceMeta) -> String {
    if meta.original.ends_with(".txt") {
        format!("sources/{}", meta.original)
    } else {
        format!("sources/{}.txt", meta.original)
    }
}

/// Sources in the order a reader follows a story: by publication date (undated last), then title.
fn summaries(briefing: &Briefing) -> Vec<SourceSummary> {
    ordered_sources(briefing)
        .into_iter()
        .map(SourceSummary::of)
        .collect()
}

#[derive(Serialize)]
pub struct FrontPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub content_html: Option<String>,
    pub glance: Glance,
    /// The most widely reported actors.
    pub actors: Vec<ActorSummary>,
    pub themes: Vec<ThemeSummary>,
    /// The most recent events, latest first.
    pub latest_events: Vec<EventSummary>,
    pub sources: Vec<SourceSummary>,
}

/// The briefing's key facts at a glance.
#[derive(Serialize)]
pub struct Glance {
    pub sources: usize,
    pub claims: usize,
    pub actors: usize,
    pub events: usize,
    pub themes: usize,
    pub discrepancies: usize,
    /// The first and last event dates, as a reader says them.
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

pub fn front_page<'a>(
    briefing: &Briefing,
    common: &'a Common,
    highlighter: &Highlighter,
) -> FrontPage<'a> {
    let events = &briefing.events.events;
    let mut actors: Vec<&Actor> = briefing.actors.actors.iter().collect();
    actors.sort_by(|a, b| {
        (b.sources.len(), b.mentions)
            .cmp(&(a.sources.len(), a.mentions))
            .then(a.name.cmp(&b.name))
    });
    let mut themes = ranked_themes(briefing);
    themes.truncate(8);
    FrontPage {
        site: common,
        place: Place::at("index.html").about(
            &common.title,
            common.description.clone(),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": common.title,
                "description": common.description,
                "inLanguage": common.language,
                "citation": ordered_sources(briefing)
                    .into_iter()
                    .map(|s| source_ld(&s.source.meta))
                    .collect::<Vec<_>>(),
            }),
        ),
        content_html: briefing
            .front_page
            .as_ref()
            .map(|doc| prose_html(briefing, &doc.path, "", highlighter)),
        glance: Glance {
            sources: briefing.sources.len(),
            claims: briefing.claims().count(),
            actors: briefing.actors.actors.len(),
            events: events.len(),
            themes: briefing.themes.themes.len(),
            discrepancies: briefing.events.discrepancies.len(),
            first_date: events.first().map(|e| e.date.human()),
            last_date: events.last().map(|e| e.date.human()),
        },
        actors: actors.into_iter().take(10).map(ActorSummary::of).collect(),
        themes,
        latest_events: events
            .iter()
            .rev()
            .take(5)
            .map(|e| EventSummary::of(e, briefing))
            .collect(),
        sources: summaries(briefing),
    }
}

#[derive(Serialize)]
pub struct SourcesIndex<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub sources: Vec<SourceSummary>,
}

pub fn sources_index<'a>(briefing: &Briefing, common: &'a Common) -> SourcesIndex<'a> {
    SourcesIndex {
        site: common,
        place: Place::at("sources/index.html"),
        sources: summaries(briefing),
    }
}

/// A piece of a claim's text, linked to an actor's page when it names one.
#[derive(Serialize)]
pub struct Segment {
    pub text: String,
    pub actor: Option<String>,
}

#[derive(Serialize)]
pub struct ClaimView {
    pub id: String,
    pub segments: Vec<Segment>,
    /// The pages whose prose cites this passage, linked to their reference.
    pub cited_on: Vec<CitedOn>,
}

#[derive(Serialize, Clone)]
pub struct CitedOn {
    pub title: String,
    /// Relative to the site root, ending in the reference's anchor.
    pub href: String,
    pub number: usize,
}

/// Every page with cited prose: its title, its path, and the prose document behind it.
fn prose_pages(briefing: &Briefing) -> Vec<(String, String, &crate::model::source::Document)> {
    let front = briefing
        .front_page
        .iter()
        .map(|d| ("Briefing".to_string(), "index.html".to_string(), d));
    let actors = briefing.actors.actors.iter().filter_map(|a| {
        let doc = a.summary.as_ref()?;
        Some((a.name.clone(), actor_path(a), doc))
    });
    let events = briefing.events.events.iter().filter_map(|e| {
        let doc = e.summary.as_ref()?;
        Some((e.title.clone(), format!("events/{}.html", e.id), doc))
    });
    let themes = briefing.themes.themes.iter().filter_map(|t| {
        let doc = t.summary.as_ref()?;
        Some((t.name.clone(), theme_path(t), doc))
    });
    front.chain(actors).chain(events).chain(themes).collect()
}

/// For each cited passage, as (source index, claim index), the pages that cite it.
pub fn citing_pages(briefing: &Briefing) -> BTreeMap<(usize, usize), Vec<CitedOn>> {
    let mut map: BTreeMap<(usize, usize), Vec<CitedOn>> = BTreeMap::new();
    for (title, page, doc) in prose_pages(briefing) {
        let Some(cited) = briefing.prose.get(&doc.path) else {
            continue;
        };
        for (claim, number) in super::prose::cited_claims(cited) {
            map.entry(claim).or_default().push(CitedOn {
                title: title.clone(),
                href: format!("{page}#ref-{number}"),
                number,
            });
        }
    }
    map
}

#[derive(Serialize)]
pub struct DroppedView {
    pub line: usize,
    pub reason: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct SourcePage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub source: SourceSummary,
    pub paragraphs: Vec<Vec<ClaimView>>,
    pub dropped: Vec<DroppedView>,
}

/// Splits a claim's text (starting at char `offset` of its source) at the mentions that name
/// actors with pages; `linked` is in text order.
fn segments(text: &str, offset: usize, linked: &[(usize, usize, &Actor)]) -> Vec<Segment> {
    let chars: Vec<char> = text.chars().collect();
    let end = offset + chars.len();
    let mut out = Vec::new();
    let mut at = offset;
    let first = linked.partition_point(|(start, _, _)| *start < offset);
    for &(start, stop, actor) in linked[first..]
        .iter()
        .take_while(|(start, _, _)| *start < end)
    {
        if start < at || stop > end {
            continue;
        }
        if start > at {
            out.push(Segment {
                text: chars[at - offset..start - offset].iter().collect(),
                actor: None,
            });
        }
        out.push(Segment {
            text: chars[start - offset..stop - offset].iter().collect(),
            actor: Some(actor_path(actor)),
        });
        at = stop;
    }
    if at < end {
        out.push(Segment {
            text: chars[at - offset..].iter().collect(),
            actor: None,
        });
    }
    out
}

fn actor_path(actor: &Actor) -> String {
    format!("actors/{}.html", actor.id)
}

/// `cited` is `citing_pages` of the briefing, built once for all source pages.
pub fn source_page<'a>(
    briefing: &Briefing,
    index: usize,
    common: &'a Common,
    cited: &BTreeMap<(usize, usize), Vec<CitedOn>>,
) -> SourcePage<'a> {
    let briefed = &briefing.sources[index];
    let source = SourceSummary::of(briefed);
    let analysis = &briefed.analysis;
    let linked: Vec<(usize, usize, &Actor)> = analysis
        .mentions
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let actor = briefing.actors.of_mention(&source.id, i)?;
            Some((m.start, m.end, &briefing.actors.actors[actor]))
        })
        .collect();
    let paragraphs = analysis
        .paragraphs
        .iter()
        .map(|range| {
            range
                .clone()
                .map(|k| {
                    let c = &analysis.claims[k];
                    ClaimView {
                        id: c.id.clone(),
                        segments: segments(&c.text, c.start, &linked),
                        cited_on: cited.get(&(index, k)).cloned().unwrap_or_default(),
                    }
                })
                .collect()
        })
        .collect();
    let mut dropped: Vec<DroppedView> = briefed
        .source
        .dropped
        .iter()
        .map(|d| DroppedView {
            line: d.line,
            reason: d.reason.clone(),
            text: d.text.clone(),
        })
        .collect();
    dropped.sort_by_key(|d| d.line);
    SourcePage {
        site: common,
        place: Place::at(&source.page).about(
            &source.title,
            format!(
                "The cleaned text of {:?}{}, each passage linked to the archived original.",
                source.title,
                if source.outlet.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", source.outlet)
                }
            ),
            {
                let mut ld = source_ld(&briefed.source.meta);
                ld["@context"] = "https://schema.org".into();
                ld["@type"] = "Article".into();
                ld
            },
        ),
        source,
        paragraphs,
        dropped,
    }
}

#[derive(Serialize)]
pub struct OriginalLine {
    pub number: usize,
    pub text: String,
}

#[derive(Serialize)]
pub struct OriginalPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub source: SourceSummary,
    /// Plain-text originals: the decoded lines, to be escaped by the template.
    pub lines: Vec<OriginalLine>,
    /// HTML originals: the markup highlighted (already escaped) and its line count.
    pub code_html: Option<String>,
    pub line_numbers: Vec<usize>,
}

pub fn original_page<'a>(
    briefed: &BriefedSource,
    common: &'a Common,
    highlighter: &Highlighter,
) -> OriginalPage<'a> {
    let source = SourceSummary::of(briefed);
    let text = &briefed.source.original_text;
    let line_count = text.lines().count().max(1);
    let mut page = OriginalPage {
        site: common,
        place: Place::at(&source.original_page),
        lines: Vec::new(),
        code_html: None,
        line_numbers: Vec::new(),
        source,
    };
    if page.source.format == "HTML" {
        page.code_html = Some(
            highlighter
                .highlight(text, "html")
                .unwrap_or_else(|| escape_html(text)),
        );
        page.line_numbers = (1..=line_count).collect();
    } else {
        page.lines = text
            .lines()
            .enumerate()
            .map(|(i, line)| OriginalLine {
                number: i + 1,
                text: line.to_string(),
            })
            .collect();
    }
    page
}

pub fn kind_label(kind: ActorKind) -> (&'static str, &'static str) {
    match kind {
        ActorKind::Person => ("People", "person"),
        ActorKind::Organisation => ("Organisations", "organisation"),
        ActorKind::State => ("States", "state"),
        ActorKind::Place => ("Places", "place"),
        ActorKind::Other => ("Other names", "other"),
    }
}

#[derive(Serialize)]
pub struct ActorSummary {
    pub id: String,
    pub name: String,
    pub kind: &'static str,
    pub page: String,
    pub mentions: usize,
    pub sources: usize,
    pub claims: usize,
    pub roles: Vec<String>,
    pub aliases: Vec<String>,
}

impl ActorSummary {
    fn of(actor: &Actor) -> Self {
        ActorSummary {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: kind_label(actor.kind).1,
            page: actor_path(actor),
            mentions: actor.mentions,
            sources: actor.sources.len(),
            claims: actor.claims.len(),
            roles: actor.roles.iter().take(4).cloned().collect(),
            aliases: actor.aliases.clone(),
        }
    }
}

#[derive(Serialize)]
pub struct ActorGroup {
    pub label: &'static str,
    pub anchor: &'static str,
    pub actors: Vec<ActorSummary>,
}

#[derive(Serialize)]
pub struct ActorsIndex<'a> {
    pub site: &'a Common,
    pub place: Place,
    /// Who is mentioned with whom, as SVG (already escaped); empty with fewer than two actors.
    pub network_svg: String,
    pub groups: Vec<ActorGroup>,
}

/// At most this many actors in the network picture: more would be unreadable on a phone.
const NETWORK_ACTORS: usize = 30;

/// The most cited actors that share passages with another, linked by how many they share.
fn actor_network(briefing: &Briefing, root: &str) -> String {
    let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (_, links) in briefing.links.iter() {
        let actors = &links.actors;
        for (i, &a) in actors.iter().enumerate() {
            for &b in &actors[i + 1..] {
                *pairs.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut connected: Vec<usize> = pairs.keys().flat_map(|&(a, b)| [a, b]).collect();
    connected.sort_unstable();
    connected.dedup();
    let all = &briefing.actors.actors;
    connected.sort_by(|&a, &b| {
        all[b]
            .claims
            .len()
            .cmp(&all[a].claims.len())
            .then(all[a].name.cmp(&all[b].name))
    });
    connected.truncate(NETWORK_ACTORS);
    let position: BTreeMap<usize, usize> =
        connected.iter().enumerate().map(|(i, &a)| (a, i)).collect();
    let nodes: Vec<NetworkNode> = connected
        .iter()
        .map(|&a| NetworkNode {
            label: all[a].name.clone(),
            href: format!("{root}{}", actor_path(&all[a])),
            weight: all[a].claims.len(),
            kind: kind_label(all[a].kind).1.to_string(),
        })
        .collect();
    let edges: Vec<NetworkEdge> = pairs
        .iter()
        .filter_map(|(&(a, b), &weight)| {
            Some(NetworkEdge {
                a: *position.get(&a)?,
                b: *position.get(&b)?,
                weight,
            })
        })
        .collect();
    network_svg(
        &nodes,
        &edges,
        "Actors mentioned together",
        &format!(
            "The {} most cited actors that share passages; a line joins two actors mentioned in the same passage, thicker the more passages they share. Each actor links to its page.",
            nodes.len()
        ),
    )
}

/// Actors grouped by kind, each group most-cited first.
pub fn actors_index<'a>(briefing: &Briefing, common: &'a Common) -> ActorsIndex<'a> {
    let mut by_kind: BTreeMap<ActorKind, Vec<&Actor>> = BTreeMap::new();
    for actor in &briefing.actors.actors {
        by_kind.entry(actor.kind).or_default().push(actor);
    }
    let groups = by_kind
        .into_iter()
        .map(|(kind, mut actors)| {
            actors.sort_by(|a, b| {
                b.sources
                    .len()
                    .cmp(&a.sources.len())
                    .then(b.mentions.cmp(&a.mentions))
                    .then(a.name.cmp(&b.name))
            });
            let (label, anchor) = kind_label(kind);
            ActorGroup {
                label,
                anchor,
                actors: actors.into_iter().map(ActorSummary::of).collect(),
            }
        })
        .collect();
    ActorsIndex {
        site: common,
        place: Place::at("actors/index.html"),
        network_svg: actor_network(briefing, "../"),
        groups,
    }
}

#[derive(Serialize)]
pub struct CitedClaim {
    pub id: String,
    pub text: String,
    /// The claim's anchor on its source page, relative to the site root.
    pub href: String,
}

impl CitedClaim {
    fn of(claim: &crate::analyse::Claim) -> Self {
        CitedClaim {
            id: claim.id.clone(),
            text: claim.text.clone(),
            href: format!("sources/{}.html#{}", claim.source, claim.id),
        }
    }
}

#[derive(Serialize)]
pub struct ClaimsFromSource {
    pub title: String,
    pub outlet: String,
    pub published_human: Option<String>,
    pub page: String,
    pub claims: Vec<CitedClaim>,
}

#[derive(Serialize)]
pub struct Related {
    pub name: String,
    pub page: String,
    pub count: usize,
}

#[derive(Serialize)]
pub struct ActorPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub actor: ActorSummary,
    pub summary_html: Option<String>,
    pub by_source: Vec<ClaimsFromSource>,
    pub related: Vec<Related>,
    pub events: Vec<EventSummary>,
}

pub fn actor_page<'a>(
    briefing: &Briefing,
    index: usize,
    common: &'a Common,
    highlighter: &Highlighter,
) -> ActorPage<'a> {
    let actor = &briefing.actors.actors[index];
    let by_source = claims_by_source(briefing, &actor.claims);
    let mut together: BTreeMap<usize, usize> = BTreeMap::new();
    for claim in &actor.claims {
        for &other in &briefing.links.of(claim).actors {
            if other != index {
                *together.entry(other).or_default() += 1;
            }
        }
    }
    let mut related: Vec<Related> = together
        .into_iter()
        .map(|(other, count)| {
            let other = &briefing.actors.actors[other];
            Related {
                name: other.name.clone(),
                page: actor_path(other),
                count,
            }
        })
        .collect();
    related.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
    related.truncate(12);
    ActorPage {
        site: common,
        place: Place::at(&actor_path(actor)).about(
            &actor.name,
            format!(
                "What {} source{} say about {}.",
                actor.sources.len(),
                if actor.sources.len() == 1 { "" } else { "s" },
                actor.name
            ),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": match actor.kind {
                    ActorKind::Person => "Person",
                    ActorKind::Organisation => "Organization",
                    ActorKind::State => "Country",
                    ActorKind::Place => "Place",
                    ActorKind::Other => "Thing",
                },
                "name": actor.name,
                "alternateName": actor.aliases,
            }),
        ),
        actor: ActorSummary::of(actor),
        summary_html: actor
            .summary
            .as_ref()
            .map(|doc| prose_html(briefing, &doc.path, "../", highlighter)),
        by_source,
        related,
        events: briefing
            .events
            .events
            .iter()
            .filter(|e| e.actors.contains(&index))
            .map(|e| EventSummary::of(e, briefing))
            .collect(),
    }
}

/// The given claims grouped by source, sources in reading order, claims in text order.
fn claims_by_source(briefing: &Briefing, claims: &[String]) -> Vec<ClaimsFromSource> {
    let wanted: std::collections::HashSet<&str> = claims.iter().map(String::as_str).collect();
    let mut by_source = Vec::new();
    for briefed in ordered_sources(briefing) {
        let claims: Vec<CitedClaim> = briefed
            .analysis
            .claims
            .iter()
            .filter(|c| wanted.contains(c.id.as_str()))
            .map(CitedClaim::of)
            .collect();
        if !claims.is_empty() {
            let meta = &briefed.source.meta;
            by_source.push(ClaimsFromSource {
                title: meta.title.clone(),
                outlet: meta.outlet.clone(),
                published_human: meta.published.map(|d| d.human()),
                page: format!("sources/{}.html", meta.id),
                claims,
            });
        }
    }
    by_source
}

/// Sources in reading order (by date, then title), as the lists show them.
fn ordered_sources(briefing: &Briefing) -> Vec<&BriefedSource> {
    let mut sources: Vec<&BriefedSource> = briefing.sources.iter().collect();
    sources.sort_by(|a, b| {
        let (a, b) = (&a.source.meta, &b.source.meta);
        (a.published.is_none(), a.published, &a.title, &a.id).cmp(&(
            b.published.is_none(),
            b.published,
            &b.title,
            &b.id,
        ))
    });
    sources
}

#[derive(Serialize)]
pub struct ActorLink {
    pub name: String,
    pub page: String,
}

#[derive(Serialize)]
pub struct EventSummary {
    pub id: String,
    pub page: String,
    pub title: String,
    pub date: String,
    pub date_human: String,
    pub precision: crate::model::date::Precision,
    pub actors: Vec<ActorLink>,
    pub sources: usize,
}

impl EventSummary {
    fn of(event: &Event, briefing: &Briefing) -> Self {
        EventSummary {
            id: event.id.clone(),
            page: format!("events/{}.html", event.id),
            title: event.title.clone(),
            date: event.date.to_string(),
            date_human: event.date.human(),
            precision: event.date.precision(),
            actors: event
                .actors
                .iter()
                .take(6)
                .map(|&a| {
                    let actor = &briefing.actors.actors[a];
                    ActorLink {
                        name: actor.name.clone(),
                        page: actor_path(actor),
                    }
                })
                .collect(),
            sources: event.sources.len(),
        }
    }
}

#[derive(Serialize)]
pub struct TimelineMonth {
    pub label: String,
    pub events: Vec<EventSummary>,
}

#[derive(Serialize)]
pub struct TimelineYear {
    pub year: i32,
    pub months: Vec<TimelineMonth>,
}

#[derive(Serialize)]
pub struct TimelinePage<'a> {
    pub site: &'a Common,
    pub place: Place,
    /// The events drawn as an SVG timeline (already escaped); empty without events.
    pub chart_svg: String,
    pub years: Vec<TimelineYear>,
    pub discrepancies: usize,
    /// Relative dates that could not be placed (their source has no publication date).
    pub unresolved: Vec<Unresolved>,
}

#[derive(Serialize)]
pub struct Unresolved {
    pub expression: String,
    pub source_title: String,
    pub source_page: String,
}

/// Events by year and month; events known only to the year come first in their year.
pub fn timeline<'a>(briefing: &Briefing, common: &'a Common) -> TimelinePage<'a> {
    let mut years: Vec<TimelineYear> = Vec::new();
    for event in &briefing.events.events {
        let label = match event.date.month {
            Some(m) => format!(
                "{} {}",
                crate::model::date::MONTHS[m as usize - 1],
                event.date.year
            ),
            None => String::new(),
        };
        if years.last().is_none_or(|y| y.year != event.date.year) {
            years.push(TimelineYear {
                year: event.date.year,
                months: Vec::new(),
            });
        }
        let year = years.last_mut().expect("just pushed");
        if year.months.last().is_none_or(|m| m.label != label) {
            year.months.push(TimelineMonth {
                label,
                events: Vec::new(),
            });
        }
        year.months
            .last_mut()
            .expect("just pushed")
            .events
            .push(EventSummary::of(event, briefing));
    }
    let unresolved = briefing
        .events
        .unresolved
        .iter()
        .filter_map(|(id, expression)| {
            let source = briefing.sources.iter().find(|s| &s.source.meta.id == id)?;
            Some(Unresolved {
                expression: expression.clone(),
                source_title: source.source.meta.title.clone(),
                source_page: format!("sources/{id}.html"),
            })
        })
        .collect();
    let marks: Vec<TimelineMark> = briefing
        .events
        .events
        .iter()
        .map(|e| TimelineMark {
            label: e.title.clone(),
            href: format!("events/{}.html", e.id),
            date_label: e.date.human(),
            position: day_number(e.date),
            sources: e.sources.len(),
            year: Some(e.date.year),
        })
        .collect();
    TimelinePage {
        site: common,
        place: Place::at("timeline.html"),
        chart_svg: timeline_svg(
            &marks,
            "Timeline of events",
            &format!(
                "{} events from {} to {}, earliest at the top; each links to its page.",
                marks.len(),
                marks.first().map_or("", |m| m.date_label.as_str()),
                marks.last().map_or("", |m| m.date_label.as_str())
            ),
        ),
        years,
        discrepancies: briefing.events.discrepancies.len(),
        unresolved,
    }
}

/// Days from year 0 to the start of the date's period: a monotonic position for drawing.
fn day_number(date: crate::model::date::PartialDate) -> f64 {
    let month = date.month.map_or(0.0, |m| f64::from(m - 1));
    let day = date.day.map_or(0.0, |d| f64::from(d - 1));
    f64::from(date.year) * 365.25 + month * 30.44 + day
}

#[derive(Serialize)]
pub struct DatingView {
    pub expression: String,
    pub rule: &'static str,
    pub value: String,
    pub anchor: Option<String>,
    pub href: String,
}

#[derive(Serialize)]
pub struct SideView {
    pub value: String,
    pub claims: Vec<CitedClaim>,
}

type ClaimsById<'b> = BTreeMap<&'b str, &'b crate::analyse::Claim>;

fn claims_by_id(briefing: &Briefing) -> ClaimsById<'_> {
    briefing.claims().map(|c| (c.id.as_str(), c)).collect()
}

#[derive(Serialize)]
pub struct DiscrepancyView {
    pub id: String,
    pub about: String,
    pub event: Option<EventSummary>,
    pub sides: Vec<SideView>,
}

impl DiscrepancyView {
    /// `claims` maps claim ids to claims; built once per page, not once per discrepancy.
    fn of(d: &Discrepancy, briefing: &Briefing, claims: &ClaimsById) -> Self {
        DiscrepancyView {
            id: d.id.clone(),
            about: d.about.clone(),
            event: d
                .event
                .map(|e| EventSummary::of(&briefing.events.events[e], briefing)),
            sides: d
                .sides
                .iter()
                .map(|(value, ids)| SideView {
                    value: value.clone(),
                    claims: ids
                        .iter()
                        .filter_map(|id| claims.get(id.as_str()).copied())
                        .map(CitedClaim::of)
                        .collect(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct EventPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub event: EventSummary,
    pub summary_html: Option<String>,
    pub dating: Vec<DatingView>,
    pub by_source: Vec<ClaimsFromSource>,
    pub related: Vec<EventSummary>,
    pub discrepancies: Vec<DiscrepancyView>,
}

pub fn event_page<'a>(
    briefing: &Briefing,
    index: usize,
    common: &'a Common,
    highlighter: &Highlighter,
) -> EventPage<'a> {
    let event = &briefing.events.events[index];
    let summary = EventSummary::of(event, briefing);
    let claims = claims_by_id(briefing);
    EventPage {
        site: common,
        place: Place::at(&summary.page).about(
            &event.title,
            format!("{}: {}", event.date.human(), event.title),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": "Event",
                "name": event.title,
                "startDate": event.date.to_string(),
                "eventStatus": "https://schema.org/EventScheduled",
            }),
        ),
        summary_html: event
            .summary
            .as_ref()
            .map(|doc| prose_html(briefing, &doc.path, "../", highlighter)),
        dating: event
            .dating
            .iter()
            .map(|d| DatingView {
                expression: d.expression.clone(),
                rule: d.rule,
                value: d.value.human(),
                anchor: d.anchor.map(|a| a.to_string()),
                href: format!("sources/{}.html#{}", d.source, d.claim),
            })
            .collect(),
        by_source: claims_by_source(briefing, &event.claims),
        related: briefing.events.related[index]
            .iter()
            .map(|&j| EventSummary::of(&briefing.events.events[j], briefing))
            .collect(),
        discrepancies: briefing
            .events
            .discrepancies
            .iter()
            .filter(|d| d.event == Some(index))
            .map(|d| DiscrepancyView::of(d, briefing, &claims))
            .collect(),
        event: summary,
    }
}

#[derive(Serialize)]
pub struct DiscrepanciesPage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub discrepancies: Vec<DiscrepancyView>,
}

pub fn discrepancies_page<'a>(briefing: &Briefing, common: &'a Common) -> DiscrepanciesPage<'a> {
    let claims = claims_by_id(briefing);
    DiscrepanciesPage {
        site: common,
        place: Place::at("discrepancies.html"),
        discrepancies: briefing
            .events
            .discrepancies
            .iter()
            .map(|d| DiscrepancyView::of(d, briefing, &claims))
            .collect(),
    }
}

#[derive(Serialize)]
pub struct ThemeSummary {
    pub id: String,
    pub name: String,
    pub page: String,
    pub cues: Vec<String>,
    pub claims: usize,
    pub sources: usize,
}

impl ThemeSummary {
    fn of(theme: &Theme) -> Self {
        ThemeSummary {
            id: theme.id.clone(),
            name: theme.name.clone(),
            page: theme_path(theme),
            cues: theme.cues.clone(),
            claims: theme.claims.len(),
            sources: theme.source_count(),
        }
    }
}

fn theme_path(theme: &Theme) -> String {
    format!("themes/{}.html", theme.id)
}

#[derive(Serialize)]
pub struct ThemesIndex<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub themes: Vec<ThemeSummary>,
}

/// Themes, most passages first.
pub fn themes_index<'a>(briefing: &Briefing, common: &'a Common) -> ThemesIndex<'a> {
    ThemesIndex {
        site: common,
        place: Place::at("themes/index.html"),
        themes: ranked_themes(briefing),
    }
}

fn ranked_themes(briefing: &Briefing) -> Vec<ThemeSummary> {
    let mut themes: Vec<ThemeSummary> = briefing
        .themes
        .themes
        .iter()
        .map(ThemeSummary::of)
        .collect();
    themes.sort_by(|a, b| b.claims.cmp(&a.claims).then(a.name.cmp(&b.name)));
    themes
}

#[derive(Serialize)]
pub struct ClaimsOfEvent {
    pub event: EventSummary,
    pub claims: Vec<CitedClaim>,
}

#[derive(Serialize)]
pub struct ThemePage<'a> {
    pub site: &'a Common,
    pub place: Place,
    pub theme: ThemeSummary,
    pub summary_html: Option<String>,
    /// Matching claims that report an event, by event in date order.
    pub by_event: Vec<ClaimsOfEvent>,
    /// The other matching claims, by source.
    pub by_source: Vec<ClaimsFromSource>,
    pub actors: Vec<Related>,
    pub events: Vec<Related>,
}

pub fn theme_page<'a>(
    briefing: &Briefing,
    index: usize,
    common: &'a Common,
    highlighter: &Highlighter,
) -> ThemePage<'a> {
    let theme = &briefing.themes.themes[index];
    let claims = claims_by_id(briefing);
    let mut by_event: BTreeMap<usize, Vec<CitedClaim>> = BTreeMap::new();
    let mut unplaced: Vec<String> = Vec::new();
    for matched in &theme.claims {
        match briefing.links.of(&matched.claim).events.first() {
            Some(&event) => by_event.entry(event).or_default().extend(
                claims
                    .get(matched.claim.as_str())
                    .map(|c| CitedClaim::of(c)),
            ),
            None => unplaced.push(matched.claim.clone()),
        }
    }
    let related = |items: &[(usize, usize)], name: &dyn Fn(usize) -> (String, String)| {
        items
            .iter()
            .take(12)
            .map(|&(i, count)| {
                let (name, page) = name(i);
                Related { name, page, count }
            })
            .collect()
    };
    let actors = related(&theme.actors, &|a| {
        let actor = &briefing.actors.actors[a];
        (actor.name.clone(), actor_path(actor))
    });
    let events = related(&theme.events, &|e| {
        let event = &briefing.events.events[e];
        (event.title.clone(), format!("events/{}.html", event.id))
    });
    ThemePage {
        site: common,
        place: Place::at(&theme_path(theme)).about(
            &theme.name,
            format!(
                "{}: {} passages from the sources.",
                theme.name,
                theme.claims.len()
            ),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": "CreativeWork",
                "name": theme.name,
                "keywords": theme.cues,
            }),
        ),
        theme: ThemeSummary::of(theme),
        summary_html: theme
            .summary
            .as_ref()
            .map(|doc| prose_html(briefing, &doc.path, "../", highlighter)),
        by_event: by_event
            .into_iter()
            .map(|(event, claims)| ClaimsOfEvent {
                event: EventSummary::of(&briefing.events.events[event], briefing),
                claims,
            })
            .collect(),
        by_source: claims_by_source(briefing, &unplaced),
        actors,
        events,
    }
}

/// A page whose template needs only the common parts and its place.
#[derive(Serialize)]
pub struct SimplePage<'a> {
    pub site: &'a Common,
    pub place: Place,
}

pub fn search_page(common: &Common) -> SimplePage<'_> {
    SimplePage {
        site: common,
        place: Place::at("search.html"),
    }
}

/// The 404 page is served at any address, so its links cannot be relative to where it is:
/// they lead from the base-url when there is one, and from the site root otherwise.
pub fn not_found_page(common: &Common) -> SimplePage<'_> {
    let mut place = Place::at("404.html");
    place.root = common.base_url.clone().unwrap_or_default();
    SimplePage {
        site: common,
        place,
    }
}
