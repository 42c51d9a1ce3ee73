//! Stage 5, render: `Briefing` → `Site`, the pages and files of the output, in memory.
//! Templates are Tera; the built-in ones are compiled into the binary and a project's own
//! templates/ and static/ override them by file name.

mod bidi;
pub mod export;
pub mod highlight;
pub mod markdown;
pub mod prose;
pub mod routes;
pub mod search;
pub mod svg;
mod templates;
pub mod views;
pub mod web;

pub use templates::Templates;

use crate::briefing::Briefing;
use crate::error::Result;
use highlight::Highlighter;
use prose::ProseRenderer;
use std::collections::BTreeMap;

/// The output: file contents by '/'-separated path relative to the output folder.
#[derive(Debug, Default)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Site {
    fn add(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }
}

/// Renders every page and file of the site.
pub fn render(briefing: &Briefing, templates: &Templates) -> Result<Site> {
    let highlighter = Highlighter::new();
    let prose = ProseRenderer {
        highlighter: &highlighter,
        templates,
    };
    let mut site = Site::default();
    let common = views::Common::new(briefing);

    site.add(
        routes::FRONT_PAGE,
        templates.render("index.html", &views::front_page(briefing, &common, &prose)?)?,
    );
    site.add(
        routes::SOURCES_INDEX,
        templates.render("sources.html", &views::sources_index(briefing, &common))?,
    );
    let cited = views::citing_pages(briefing);
    for (index, briefed) in briefing.sources.iter().enumerate() {
        let view = views::source_page(briefing, index, &common, &cited);
        site.add(
            view.source.page.clone(),
            templates.render("source.html", &view)?,
        );
        let original = views::original_page(briefed, &common, &highlighter);
        site.add(
            original.source.original_page.clone(),
            templates.render("original.html", &original)?,
        );
        site.add(
            original.source.original_raw.clone(),
            briefed.source.original.clone(),
        );
    }
    site.add(
        routes::ACTORS_INDEX,
        templates.render("actors.html", &views::actors_index(briefing, &common))?,
    );
    for index in 0..briefing.actors.actors.len() {
        let view = views::actor_page(briefing, index, &common, &prose)?;
        site.add(
            view.actor.page.clone(),
            templates.render("actor.html", &view)?,
        );
    }
    site.add(
        routes::TIMELINE,
        templates.render("timeline.html", &views::timeline(briefing, &common))?,
    );
    site.add(
        routes::DISCREPANCIES,
        templates.render(
            "discrepancies.html",
            &views::discrepancies_page(briefing, &common),
        )?,
    );
    for index in 0..briefing.events.events.len() {
        let view = views::event_page(briefing, index, &common, &prose)?;
        site.add(
            view.event.page.clone(),
            templates.render("event.html", &view)?,
        );
    }
    site.add(
        routes::THEMES_INDEX,
        templates.render("themes.html", &views::themes_index(briefing, &common))?,
    );
    for index in 0..briefing.themes.themes.len() {
        let view = views::theme_page(briefing, index, &common, &prose)?;
        site.add(
            view.theme.page.clone(),
            templates.render("theme.html", &view)?,
        );
    }
    site.add(
        routes::SEARCH,
        templates.render("search.html", &views::search_page(&common))?,
    );
    site.add(
        routes::NOT_FOUND,
        templates.render("404.html", &views::not_found_page(&common))?,
    );
    site.add(routes::BRIEFING_JSON, export::briefing_json(briefing));
    site.add(routes::FEED, web::atom_feed(briefing));
    let base = briefing.config.site.base_url.as_deref();
    site.add(routes::ROBOTS, web::robots_txt(base));
    if let Some(base) = base {
        let sitemap = web::sitemap_xml(base, site.files.keys().map(String::as_str));
        site.add(routes::SITEMAP, sitemap);
    }
    for (name, bytes) in &templates.static_files {
        site.add(routes::static_file(name), bytes.clone());
    }
    // Generated, so a project's static/ cannot shadow it with a stale copy.
    site.add(routes::search_index(), search::search_index_js(briefing));
    // Once, on the finished site, whoever wrote the text: cleaned text, prose and templates are
    // all hand-editable. The archived originals alone stay byte for byte.
    let originals = briefing
        .sources
        .iter()
        .map(|briefed| routes::original_raw(&briefed.source.meta.original))
        .collect();
    bidi::neutralise_controls(&mut site, &originals);
    Ok(site)
}
