//! What each template sees. Views hold plain strings and numbers so templates stay simple;
//! all text from sources reaches them unescaped and Tera's autoescape escapes it.
//!
//! One file per family of pages (the front page, sources, actors, events, themes); this one
//! holds what several share: the common parts of every page, its place in the site, and the
//! summaries by which pages list sources, actors, events and themes.

mod actors;
mod events;
mod front;
mod sources;
mod themes;

pub use actors::{ActorGroup, ActorPage, ActorsIndex};
pub use events::{
    DatingView, DiscrepanciesPage, DiscrepancyView, EventPage, SideView, TimelineMonth,
    TimelinePage, TimelineYear, Unresolved,
};
pub use front::{FrontPage, Glance};
use sources::citing_pages;
pub use sources::{
    CitedOn, ClaimView, DroppedView, OriginalLine, OriginalPage, Segment, SourcePage, SourcesIndex,
};
pub use themes::{ClaimsOfEvent, ThemePage, ThemesIndex};

use super::highlight::Highlighter;
use super::prose::ProseRenderer;
use super::routes;
use super::Templates;
use crate::analyse::mentions::ActorKind;
use crate::briefing::actors::Actor;
use crate::briefing::events::Event;
use crate::briefing::themes::Theme;
use crate::briefing::{BriefedSource, Briefing};
use crate::error::Result;
use crate::project::Document;
use serde::Serialize;
use std::collections::BTreeMap;

/// Builds the view of each page of a briefing (one method per page, in the file of its
/// family), from what all of them share.
pub struct Views<'a> {
    briefing: &'a Briefing,
    common: Common,
    highlighter: &'a Highlighter,
    prose: ProseRenderer<'a>,
    /// For each cited passage, as (source index, claim index), the pages that cite it.
    cited: BTreeMap<(usize, usize), Vec<CitedOn>>,
}

/// A page as its template sees it: the common parts (`site`), its `place`, and the fields of
/// its own view.
#[derive(Serialize)]
pub struct Page<'a, T> {
    pub site: &'a Common,
    pub place: Place,
    #[serde(flatten)]
    pub view: T,
}

/// The view of a page whose template needs only the common parts and its place.
#[derive(Serialize)]
pub struct Simple {}

impl<'a> Views<'a> {
    pub fn new(
        briefing: &'a Briefing,
        templates: &'a Templates,
        highlighter: &'a Highlighter,
    ) -> Self {
        Views {
            briefing,
            common: Common::new(briefing),
            highlighter,
            prose: ProseRenderer {
                highlighter,
                templates,
            },
            cited: citing_pages(briefing),
        }
    }

    fn page<T>(&self, place: Place, view: T) -> Page<'_, T> {
        Page {
            site: &self.common,
            place,
            view,
        }
    }

    /// Editor prose with its citations rendered, for the page at `place`; none without a
    /// document.
    fn prose_html(&self, doc: Option<&Document>, place: &Place) -> Result<Option<String>> {
        let Some(doc) = doc else {
            return Ok(None);
        };
        match self.briefing.prose.get(&doc.path) {
            Some(cited) => self
                .prose
                .render(cited, self.briefing, &place.root)
                .map(Some),
            None => Ok(Some(String::new())),
        }
    }

    pub fn search_page(&self) -> Page<'_, Simple> {
        self.page(Place::at(routes::SEARCH), Simple {})
    }

    /// The 404 page is served at any address, so its links cannot be relative to where it
    /// is: they lead from the base-url when there is one, and from the site root otherwise.
    pub fn not_found_page(&self) -> Page<'_, Simple> {
        let mut place = Place::at(routes::NOT_FOUND);
        place.root = self.common.base_url.clone().unwrap_or_default();
        self.page(place, Simple {})
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
    /// The site's fixed addresses (indexes, static files, feed, data), relative to its root.
    pub routes: routes::Fixed,
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
            routes: routes::Fixed::new(),
            base_url: briefing
                .config
                .site
                .base_url
                .as_deref()
                .map(routes::normalised_base),
        }
    }
}

/// A page's place in the site: its path and the relative way back to the root.
#[derive(Serialize)]
pub struct Place {
    /// "" at the top level, "../" one folder down: links never depend on where the site lives.
    pub root: String,
    pub path: String,
    /// The site menu's entry the page belongs to (`routes::section`): "briefing", "timeline",
    /// "actors", "themes", "sources", "search", or "".
    pub section: &'static str,
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
            root: routes::root_of(path),
            path: path.to_string(),
            section: routes::section(path),
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
fn source_ld(meta: &crate::source::SourceMeta) -> serde_json::Value {
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
            page: routes::source(&meta.id),
            original_page: routes::original(&meta.id),
            original_raw: routes::original_raw(&meta.original),
            claims: briefed.analysis.claims.len(),
            dropped: briefed.source.dropped.len().max(meta.dropped),
        }
    }
}

/// Sources in the order a reader follows a story: by publication date (undated last), then title.
fn summaries(briefing: &Briefing) -> Vec<SourceSummary> {
    ordered_sources(briefing)
        .into_iter()
        .map(SourceSummary::of)
        .collect()
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
            page: routes::actor(&actor.id),
            mentions: actor.mentions,
            sources: actor.sources.len(),
            claims: actor.claims.len(),
            roles: actor.roles.iter().take(4).cloned().collect(),
            aliases: actor.aliases.clone(),
        }
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
            href: routes::claim(&claim.source, &claim.id),
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
                page: routes::source(&meta.id),
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
    pub precision: crate::date::Precision,
    pub actors: Vec<ActorLink>,
    pub sources: usize,
}

impl EventSummary {
    fn of(event: &Event, briefing: &Briefing) -> Self {
        EventSummary {
            id: event.id.clone(),
            page: routes::event(&event.id),
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
                        page: routes::actor(&actor.id),
                    }
                })
                .collect(),
            sources: event.sources.len(),
        }
    }
}

type ClaimsById<'b> = BTreeMap<&'b str, &'b crate::analyse::Claim>;

fn claims_by_id(briefing: &Briefing) -> ClaimsById<'_> {
    briefing.claims().map(|c| (c.id.as_str(), c)).collect()
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
            page: routes::theme(&theme.id),
            cues: theme.cues.clone(),
            claims: theme.claims.len(),
            sources: theme.source_count(),
        }
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
