//! The views: what each page's template is rendered with, built from the briefing. Views hold
//! plain strings and numbers so templates stay simple; all text from sources reaches them
//! unescaped and Tera's autoescape escapes it.
//!
//! `contexts` defines every type a template sees (the templates' contract); one file per family
//! of pages builds them (the front page, sources, actors, events, themes); this one holds
//! `Views`, the builder they share, and the constructors of the common parts, places and
//! summaries that several pages list.

mod actors;
mod contexts;
mod events;
mod front;
mod sources;
mod themes;

pub(super) use contexts::*;
use sources::citing_pages;

use super::highlight::{is_html_original, HighlightedOriginals, Highlighter};
use super::prose::ProseRenderer;
use super::routes;
use super::Templates;
use crate::briefing::actors::Actor;
use crate::briefing::events::Event;
use crate::briefing::themes::Theme;
use crate::briefing::{BriefedSource, Briefing};
use crate::error::Result;
use crate::model::source::Document;
use std::collections::{BTreeMap, HashMap};

/// A long list of a page (a source's paragraphs, an original's lines), rendered apart a run
/// at a time by its own template, so that no Tera context ever holds a long text whole (Tera
/// copies a context into a tree of JSON values, several times the text's size). The page's
/// template gets the runs' HTML, joined, as `FIELD`.
pub(crate) trait Parts: Sync {
    /// The template that renders one run.
    const TEMPLATE: &'static str;
    /// The field of the page's context that holds the rendered runs.
    const FIELD: &'static str;
    /// How many items make a run.
    const RUN: usize;
    /// A run as `TEMPLATE` sees it.
    type Run: serde::Serialize + Send;
    /// How many items there are.
    fn count(&self) -> usize;
    /// The run of the items in `range`.
    fn run(&self, range: std::ops::Range<usize>) -> Self::Run;
    /// What the built-in `TEMPLATE` renders of `run` at `place`, written without Tera: a long
    /// text is thousands of runs, and Tera's per-node cost made them a sixth of its build.
    /// Used only while the project has not replaced the template (a test checks the two agree).
    fn write_html(run: &Self::Run, place: &Place, out: &mut String);
}

/// Builds the view of each page of a briefing (one method per page, in the file of its
/// family), from what all of them share.
pub(super) struct Views<'a> {
    briefing: &'a Briefing,
    common: Common,
    highlighter: &'a Highlighter,
    /// HTML originals highlighted before rendering (from the build cache).
    highlighted: &'a HighlightedOriginals,
    prose: ProseRenderer<'a>,
    /// For each cited passage, as (source index, claim index), the pages that cite it.
    cited: BTreeMap<(usize, usize), Vec<CitedOn>>,
    /// Sources in reading order, and where each claim is: its source's position in that order
    /// and its index there. Built once, so that a page lists its claims by source without
    /// scanning the corpus (once per page, that scan made building the pages quadratic).
    ordered: Vec<&'a BriefedSource>,
    claim_places: HashMap<&'a str, (usize, usize)>,
}

impl<'a> Views<'a> {
    pub(super) fn new(
        briefing: &'a Briefing,
        templates: &'a Templates,
        highlighter: &'a Highlighter,
        highlighted: &'a HighlightedOriginals,
    ) -> Self {
        let ordered = ordered_sources(briefing);
        Views {
            briefing,
            common: Common::new(briefing),
            highlighter,
            highlighted,
            prose: ProseRenderer {
                highlighter,
                templates,
            },
            cited: citing_pages(briefing),
            claim_places: ordered
                .iter()
                .enumerate()
                .flat_map(|(s, briefed)| {
                    briefed
                        .analysis
                        .claims
                        .iter()
                        .enumerate()
                        .map(move |(c, claim)| (claim.id.as_str(), (s, c)))
                })
                .collect(),
            ordered,
        }
    }

    /// The claim with this id, looked up through the index built once for every page.
    fn claim(&self, id: &str) -> Option<&'a crate::analyse::Claim> {
        let &(s, c) = self.claim_places.get(id)?;
        Some(&self.ordered[s].analysis.claims[c])
    }

    /// The given claims grouped by source, sources in reading order, claims in text order.
    fn claims_by_source(&self, claims: &[String]) -> Vec<ClaimsFromSource> {
        // Places sorted and deduplicated: one flat list where a map of sets allocated a node
        // per claim, on every page that lists claims.
        let mut places: Vec<(usize, usize)> = claims
            .iter()
            .filter_map(|id| self.claim_places.get(id.as_str()).copied())
            .collect();
        places.sort_unstable();
        places.dedup();
        places
            .chunk_by(|a, b| a.0 == b.0)
            .map(|found| {
                let briefed = self.ordered[found[0].0];
                let meta = &briefed.source.meta;
                ClaimsFromSource {
                    title: meta.title.clone(),
                    outlet: meta.outlet.clone(),
                    published_human: meta.published.map(|d| d.human()),
                    page: routes::source(&meta.id),
                    claims: found
                        .iter()
                        .map(|&(_, c)| CitedClaim::of(&briefed.analysis.claims[c]))
                        .collect(),
                }
            })
            .collect()
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
        self.scoped_prose_html(doc, place, "")
    }

    /// Editor prose whose anchors start with `scope`, for a page that shows several pieces.
    fn scoped_prose_html(
        &self,
        doc: Option<&Document>,
        place: &Place,
        scope: &str,
    ) -> Result<Option<String>> {
        let Some(doc) = doc else {
            return Ok(None);
        };
        match self.briefing.prose.get(&doc.path) {
            Some(cited) => self
                .prose
                .render(cited, self.briefing, &place.root, scope)
                .map(Some),
            None => Ok(Some(String::new())),
        }
    }

    pub(super) fn search_page(&self) -> Page<'_, Simple> {
        self.page(Place::at(routes::SEARCH), Simple {})
    }

    /// The 404 page is served at any address, so its links cannot be relative to where it
    /// is: they lead from the base-url when there is one, and from the site root otherwise.
    pub(super) fn not_found_page(&self) -> Page<'_, Simple> {
        let mut place = Place::at(routes::NOT_FOUND);
        place.root = self.common.base_url.clone().unwrap_or_default();
        self.page(place, Simple {})
    }
}

impl Common {
    pub(super) fn new(briefing: &Briefing) -> Self {
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

impl SourceSummary {
    fn of(briefed: &BriefedSource) -> Self {
        let meta = &briefed.source.meta;
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
            format: if is_html_original(meta) {
                "HTML"
            } else {
                "plain text"
            },
            original_name: meta.original.clone(),
            page: routes::source(&meta.id),
            original_page: routes::original(&meta.id),
            original_raw: routes::original_raw(&meta.original),
            claims: briefed.analysis.claims.len(),
            dropped: (briefed.source.dropped.iter())
                .filter(|d| d.is_boilerplate())
                .count()
                .max(meta.dropped),
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

impl ActorSummary {
    fn of(actor: &Actor) -> Self {
        ActorSummary {
            id: actor.id.clone(),
            name: actor.name.clone(),
            kind: actor.kind.name(),
            page: routes::actor(&actor.id),
            mentions: actor.mentions,
            sources: actor.sources.len(),
            claims: actor.claims.len(),
            roles: actor.roles.iter().take(4).cloned().collect(),
            aliases: actor.aliases.clone(),
        }
    }
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

impl EventSummary {
    fn of(event: &Event, briefing: &Briefing) -> Self {
        EventSummary {
            id: event.id.clone(),
            page: routes::event(&event.id),
            title: event.title.clone(),
            date: event.date.map(|d| d.to_string()),
            end: event.end.map(|end| end.to_string()),
            date_human: event.when(),
            precision: event.date.map(|d| d.precision()),
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
