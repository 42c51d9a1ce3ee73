//! Every address of the site, in one place: the pages of sources, originals, actors, events and
//! themes, the claim and reference anchors, the indexes and the other fixed pages, the static
//! files, the data export, the feed and the search index with its shards.
//!
//! Paths are relative to the site's root and use '/'. A page reaches them through its relative
//! root (`root_of`: "" at the top, "../" one folder down), so links never depend on where the
//! site lives; only the feed, the sitemap and canonical links use the absolute `base_url`.

use serde::Serialize;

// The briefing's own pages, and the menu.
pub(super) const FRONT_PAGE: &str = "index.html";
pub(super) const TIMELINE: &str = "timeline.html";
pub(super) const DISCREPANCIES: &str = "discrepancies.html";
pub(super) const SEARCH: &str = "search.html";
/// Served at any address that has no page, so its links cannot be relative (see
/// `Views::not_found_page`).
pub(super) const NOT_FOUND: &str = "404.html";

/// The navigation section a page belongs to, for the site's menu: "briefing", "timeline"
/// (events and discrepancies too), "actors", "themes", "sources", "search", or "" for none.
pub(super) fn section(path: &str) -> &'static str {
    match path.split_once('/').map_or(path, |(folder, _)| folder) {
        FRONT_PAGE => "briefing",
        TIMELINE | DISCREPANCIES | "events" => "timeline",
        "actors" => "actors",
        "themes" => "themes",
        "sources" => "sources",
        SEARCH => "search",
        _ => "",
    }
}

// Sources and their archived originals.
pub(super) const SOURCES_INDEX: &str = "sources/index.html";

/// A source's page: its cleaned text, every sentence anchored as a claim.
pub(super) fn source(id: &str) -> String {
    format!("sources/{id}.html")
}

/// A claim on its source's page. Claim ids are the anchors themselves (`c-…`).
pub(super) fn claim(source_id: &str, claim_id: &str) -> String {
    format!("{}#{claim_id}", source(source_id))
}

/// The page showing a source's archived original, with line numbers.
pub(super) fn original(id: &str) -> String {
    format!("sources/{id}.original.html")
}

/// A line of the archived original's page.
pub(super) fn original_line(id: &str, line: usize) -> String {
    format!("{}#L{line}", original(id))
}

/// Where an original (the file name `original` in content/sources/) is published byte for
/// byte: always as a .txt, so that a browser shows an HTML original as text rather than
/// running it.
pub(super) fn original_raw(original: &str) -> String {
    if original.ends_with(".txt") {
        format!("sources/{original}")
    } else {
        format!("sources/{original}.txt")
    }
}

// Actors, events and themes.
pub(super) const ACTORS_INDEX: &str = "actors/index.html";

pub(super) fn actor(id: &str) -> String {
    format!("actors/{id}.html")
}

/// Events are listed on the timeline; they have no index of their own.
pub(super) fn event(id: &str) -> String {
    format!("events/{id}.html")
}

pub(super) const THEMES_INDEX: &str = "themes/index.html";

pub(super) fn theme(id: &str) -> String {
    format!("themes/{id}.html")
}

// Files for machines.
pub(super) const BRIEFING_JSON: &str = "data/briefing.json";
pub(super) const FEED: &str = "feed.xml";
pub(super) const ROBOTS: &str = "robots.txt";
/// Only with a base-url: the sitemap protocol wants absolute addresses.
pub(super) const SITEMAP: &str = "sitemap.xml";

/// A static file (built-in, the project's, or generated) by its file name.
pub(super) fn static_file(name: &str) -> String {
    format!("static/{name}")
}

/// The search index's manifest, a script generated at every build and loaded with search.html.
pub(super) fn search_index() -> String {
    static_file("search-index.js")
}

/// The folder of the search index's shards, which static/search.js loads as a query needs them.
pub(super) const SEARCH_SHARDS: &str = "static/search/";

/// A shard of the search index: `t<n>` for terms, `d<n>` for documents.
pub(super) fn search_shard(name: &str) -> String {
    format!("{SEARCH_SHARDS}{name}.js")
}

// Anchors within a page. `scope` tells apart the pieces of prose one page shows (a page's
// summary has the empty scope, a discrepancy's note its id and a dash).
/// The anchor of reference `number` in a piece of prose's reference list.
pub(super) fn reference_anchor(scope: &str, number: usize) -> String {
    format!("{scope}ref-{number}")
}

/// The scope of the anchors of the editor's note on a discrepancy.
pub(super) fn note_scope(discrepancy: &str) -> String {
    format!("{discrepancy}-")
}

/// Reference `number` of the prose of `scope` on `page`.
pub(super) fn reference(page: &str, scope: &str, number: usize) -> String {
    format!("{page}#{}", reference_anchor(scope, number))
}

/// The anchor of the `nth` (from 1) place that cites reference `number`: where its back-link
/// returns to.
pub(super) fn citation_anchor(scope: &str, number: usize, nth: usize) -> String {
    format!("{scope}cite-{number}-{nth}")
}

/// The relative way from the page at `path` back to the site's root.
pub(super) fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// A base-url with exactly one trailing slash, so paths append to it.
pub(super) fn normalised_base(base: &str) -> String {
    format!("{}/", base.trim_end_matches('/'))
}

/// The fixed addresses, as templates see them: `{{ place.root }}{{ site.routes.timeline }}`.
#[derive(Serialize, Clone, Debug)]
pub(super) struct Fixed {
    pub front_page: &'static str,
    pub sources_index: &'static str,
    pub actors_index: &'static str,
    pub themes_index: &'static str,
    pub timeline: &'static str,
    pub discrepancies: &'static str,
    pub search: &'static str,
    pub briefing_json: &'static str,
    pub feed: &'static str,
    pub stylesheet: String,
    pub syntax_stylesheet: String,
    pub favicon: String,
    pub search_index: String,
    pub search_script: String,
}

impl Fixed {
    pub(super) fn new() -> Self {
        Fixed {
            front_page: FRONT_PAGE,
            sources_index: SOURCES_INDEX,
            actors_index: ACTORS_INDEX,
            themes_index: THEMES_INDEX,
            timeline: TIMELINE,
            discrepancies: DISCREPANCIES,
            search: SEARCH,
            briefing_json: BRIEFING_JSON,
            feed: FEED,
            stylesheet: static_file("style.css"),
            syntax_stylesheet: static_file("syntax.css"),
            favicon: static_file("favicon.svg"),
            search_index: search_index(),
            search_script: static_file("search.js"),
        }
    }
}

impl Default for Fixed {
    fn default() -> Self {
        Fixed::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_anchors() {
        assert_eq!(source("a-b"), "sources/a-b.html");
        assert_eq!(claim("a", "c-12ab"), "sources/a.html#c-12ab");
        assert_eq!(original_line("a", 7), "sources/a.original.html#L7");
        assert_eq!(original_raw("a.orig.txt"), "sources/a.orig.txt");
        assert_eq!(original_raw("a.orig.html"), "sources/a.orig.html.txt");
        assert_eq!(actor("x"), "actors/x.html");
        assert_eq!(event("x"), "events/x.html");
        assert_eq!(theme("x"), "themes/x.html");
        assert_eq!(reference(FRONT_PAGE, "", 3), "index.html#ref-3");
        assert_eq!(citation_anchor("", 3, 2), "cite-3-2");
        assert_eq!(citation_anchor("d-1a-", 3, 2), "d-1a-cite-3-2");
        assert_eq!(search_index(), "static/search-index.js");
        assert_eq!(search_shard("t3"), "static/search/t3.js");
    }

    #[test]
    fn roots_lead_back_from_any_depth() {
        assert_eq!(root_of(FRONT_PAGE), "");
        assert_eq!(root_of(&actor("x")), "../");
        assert_eq!(root_of("a/b/c.html"), "../../");
    }

    #[test]
    fn every_page_has_its_menu_section() {
        assert_eq!(section(FRONT_PAGE), "briefing");
        assert_eq!(section(TIMELINE), "timeline");
        assert_eq!(section(&event("x")), "timeline");
        assert_eq!(section(DISCREPANCIES), "timeline");
        assert_eq!(section(ACTORS_INDEX), "actors");
        assert_eq!(section(&theme("x")), "themes");
        assert_eq!(section(&original("x")), "sources");
        assert_eq!(section(SEARCH), "search");
        assert_eq!(section(NOT_FOUND), "");
    }

    #[test]
    fn bases_end_in_one_slash() {
        assert_eq!(normalised_base("https://x.org/b"), "https://x.org/b/");
        assert_eq!(normalised_base("https://x.org/b//"), "https://x.org/b/");
    }
}
