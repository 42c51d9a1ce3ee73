//! What each template sees, and nothing else: `Page` (the common parts `site`, the page's
//! `place`, and the page's own context, flattened), one context type per page, and the
//! summaries and pieces they list. The field names are the templates' names. Text from sources
//! and editors arrives unescaped, for Tera to escape, except in fields ending in `_html` or
//! `_svg` and `place.json_ld`, which sourcebook has rendered. How each is built is in the file
//! of its page family, and the shared summaries' constructors in views/mod.rs.

use crate::render::routes;
use serde::Serialize;

/// A page as its template sees it: the common parts (`site`), its `place`, and the fields of
/// its own view.
#[derive(Serialize)]
pub(crate) struct Page<'a, T> {
    pub site: &'a Common,
    pub place: Place,
    #[serde(flatten)]
    pub view: T,
}

/// One run of a page's long list (`Parts`) as its template sees it: the page's common parts
/// and place, and the run's own fields.
#[derive(Serialize)]
pub(crate) struct Run<'p, T> {
    pub site: &'p Common,
    pub place: &'p Place,
    #[serde(flatten)]
    pub view: T,
}

/// The view of a page whose template needs only the common parts and its place.
#[derive(Serialize)]
pub(crate) struct Simple {}

/// What every page needs: the briefing's name and the way back to the site's root.
#[derive(Serialize, Clone)]
pub(crate) struct Common {
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

/// A page's place in the site: its path and the relative way back to the root.
#[derive(Serialize)]
pub(crate) struct Place {
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

/// A source as listed and as shown in page headers.
#[derive(Serialize)]
pub(crate) struct SourceSummary {
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

#[derive(Serialize)]
pub(crate) struct ActorSummary {
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

#[derive(Serialize)]
pub(crate) struct CitedClaim {
    pub id: String,
    pub text: String,
    /// The claim's anchor on its source page, relative to the site root.
    pub href: String,
}

#[derive(Serialize)]
pub(crate) struct ClaimsFromSource {
    pub title: String,
    pub outlet: String,
    pub published_human: Option<String>,
    pub page: String,
    pub claims: Vec<CitedClaim>,
}

#[derive(Serialize)]
pub(crate) struct Related {
    pub name: String,
    pub page: String,
    pub count: usize,
}

#[derive(Serialize)]
pub(crate) struct ActorLink {
    pub name: String,
    pub page: String,
}

#[derive(Serialize)]
pub(crate) struct EventSummary {
    pub id: String,
    pub page: String,
    pub title: String,
    /// ISO, at its precision; none when no source dates the event.
    pub date: Option<String>,
    /// The last date of an event that spans a period (ISO, at its precision).
    pub end: Option<String>,
    /// The date, or the period ("1999–2009"), as a reader says it; or that none is given.
    pub date_human: String,
    pub precision: Option<crate::model::date::Precision>,
    pub actors: Vec<ActorLink>,
    pub sources: usize,
}

#[derive(Serialize)]
pub(crate) struct ThemeSummary {
    pub id: String,
    pub name: String,
    pub page: String,
    pub cues: Vec<String>,
    pub claims: usize,
    pub sources: usize,
}

#[derive(Serialize)]
pub(crate) struct FrontPage {
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
pub(crate) struct Glance {
    pub sources: usize,
    pub claims: usize,
    pub actors: usize,
    pub events: usize,
    pub themes: usize,
    /// Open and confirmed ones; dismissed ones are not counted.
    pub discrepancies: usize,
    /// The first and last event dates, as a reader says them.
    pub first_date: Option<String>,
    pub last_date: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct SourcesIndex {
    pub sources: Vec<SourceSummary>,
}

/// A piece of a claim's text, linked to an actor's page when it names one.
#[derive(Serialize)]
pub(crate) struct Segment {
    pub text: String,
    pub actor: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct ClaimView {
    pub id: String,
    pub segments: Vec<Segment>,
    /// The pages whose prose cites this passage, linked to their reference.
    pub cited_on: Vec<CitedOn>,
}

#[derive(Serialize, Clone)]
pub(crate) struct CitedOn {
    pub title: String,
    /// Relative to the site root, ending in the reference's anchor.
    pub href: String,
    pub number: usize,
}

#[derive(Serialize)]
pub(crate) struct DroppedView {
    pub line: usize,
    pub reason: String,
    pub text: String,
}

/// The page's cleaned text comes as `text_html`: its paragraphs rendered a run at a time by
/// source_text.html, with `SourceText` as context.
#[derive(Serialize)]
pub(crate) struct SourcePage {
    pub source: SourceSummary,
    pub dropped: Vec<DroppedView>,
    /// Lines of the original read as the source's metadata (headline, URL, dateline, byline).
    pub metadata_lines: Vec<DroppedView>,
}

/// A run of a source's paragraphs, each a list of claims.
#[derive(Serialize)]
pub(crate) struct SourceText {
    pub paragraphs: Vec<Vec<ClaimView>>,
}

#[derive(Serialize)]
pub(crate) struct OriginalLine<'a> {
    pub number: usize,
    pub text: &'a str,
}

/// A run of a plain-text original's decoded lines, to be escaped by the template.
#[derive(Serialize)]
pub(crate) struct OriginalLines<'a> {
    pub lines: Vec<OriginalLine<'a>>,
}

/// A plain-text original's lines come as `lines_html`, rendered a run at a time by
/// original_lines.html with `OriginalLines` as context (none for an HTML original).
#[derive(Serialize)]
pub(crate) struct OriginalPage {
    pub source: SourceSummary,
    /// HTML originals: the markup highlighted (already escaped) and its line count.
    pub code_html: Option<String>,
    pub line_numbers: Vec<usize>,
}

#[derive(Serialize)]
pub(crate) struct ActorGroup {
    pub label: &'static str,
    pub anchor: &'static str,
    pub actors: Vec<ActorSummary>,
}

#[derive(Serialize)]
pub(crate) struct ActorsIndex {
    /// Who is mentioned with whom, as SVG (already escaped); empty with fewer than two actors.
    pub network_svg: String,
    pub groups: Vec<ActorGroup>,
}

#[derive(Serialize)]
pub(crate) struct ActorPage {
    pub actor: ActorSummary,
    pub summary_html: Option<String>,
    pub by_source: Vec<ClaimsFromSource>,
    pub related: Vec<Related>,
    pub events: Vec<EventSummary>,
}

#[derive(Serialize)]
pub(crate) struct TimelineMonth {
    pub label: String,
    pub events: Vec<EventSummary>,
}

#[derive(Serialize)]
pub(crate) struct TimelineYear {
    pub year: i32,
    pub months: Vec<TimelineMonth>,
}

#[derive(Serialize)]
pub(crate) struct TimelinePage {
    /// The events drawn as an SVG timeline (already escaped); empty without events.
    pub chart_svg: String,
    pub years: Vec<TimelineYear>,
    /// Events that no source dates, after the dated ones.
    pub undated: Vec<EventSummary>,
    /// Open and confirmed discrepancies.
    pub discrepancies: usize,
    /// Relative dates that could not be placed (their source has no publication date).
    pub unresolved: Vec<Unresolved>,
}

#[derive(Serialize)]
pub(crate) struct Unresolved {
    pub expression: String,
    pub source_title: String,
    pub source_page: String,
}

#[derive(Serialize)]
pub(crate) struct DatingView {
    pub expression: String,
    pub rule: &'static str,
    /// The date, or the period of a range, as a reader says it.
    pub value: String,
    pub anchor: Option<String>,
    pub href: String,
}

#[derive(Serialize)]
pub(crate) struct SideView {
    pub value: String,
    pub claims: Vec<CitedClaim>,
    /// The same claims under their sources, sources in reading order.
    pub by_source: Vec<ClaimsFromSource>,
}

#[derive(Serialize)]
pub(crate) struct DiscrepancyView {
    pub id: String,
    pub about: String,
    pub sides: Vec<SideView>,
    /// The editor's verdict, "confirmed" or "dismissed"; none while open.
    pub verdict: Option<crate::load::curation::Verdict>,
    /// The editor's note on the verdict (already escaped HTML with its references).
    pub note_html: Option<String>,
    /// What is given differently: "date", or what a figure counts ("killed", "tons").
    pub measure: String,
    /// The values differ only as an approximation allows.
    pub minor: bool,
    /// Every event whose claims take a side.
    pub events: Vec<EventSummary>,
}

#[derive(Serialize)]
pub(crate) struct EventPage {
    pub event: EventSummary,
    pub summary_html: Option<String>,
    pub dating: Vec<DatingView>,
    pub by_source: Vec<ClaimsFromSource>,
    pub related: Vec<EventSummary>,
    pub discrepancies: Vec<DiscrepancyView>,
}

#[derive(Serialize)]
pub(crate) struct DiscrepanciesPage {
    /// Open and confirmed.
    pub discrepancies: Vec<DiscrepancyView>,
    /// Considered by the editor and found no disagreement, each with the note saying why.
    pub dismissed: Vec<DiscrepancyView>,
}

#[derive(Serialize)]
pub(crate) struct ThemesIndex {
    pub themes: Vec<ThemeSummary>,
}

#[derive(Serialize)]
pub(crate) struct ClaimsOfEvent {
    pub event: EventSummary,
    pub claims: Vec<CitedClaim>,
}

#[derive(Serialize)]
pub(crate) struct ThemePage {
    pub theme: ThemeSummary,
    pub summary_html: Option<String>,
    /// Matching claims that report an event, by event in date order.
    pub by_event: Vec<ClaimsOfEvent>,
    /// The other matching claims, by source.
    pub by_source: Vec<ClaimsFromSource>,
    pub actors: Vec<Related>,
    pub events: Vec<Related>,
}
