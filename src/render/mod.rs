//! Stage 5, render: `Briefing` → the pages and files of the output, each handed to a `Sink`
//! as soon as it is made (the staging folder of a build, or memory).
//! Templates are Tera; the built-in ones are compiled into the binary and a project's own
//! templates/ and static/ override them by file name.

mod bidi;
pub mod earlier;
mod export;
pub mod highlight;
pub mod highlight_cache;
pub mod markdown;
mod prose;
mod routes;
mod search;
mod sink;
mod svg;
mod templates;
mod views;
mod web;

pub use earlier::{EarlierPage, EarlierPages};
pub use sink::{Rendered, Sink, Site, Stream};
pub use templates::Templates;

use crate::briefing::Briefing;
use crate::error::Result;
use highlight::{HighlightedOriginals, Highlighter};
use rayon::prelude::*;
use serde::Serialize;
use sink::{Body, Made, MemorySink, Writer};
use std::ops::Range;
use views::{Page, Parts, Run, Views};

/// Renders pages through their templates, or takes them from the earlier build when it
/// rendered them from the same key.
struct Pages<'a> {
    templates: &'a Templates,
    earlier: Option<&'a dyn EarlierPages>,
}

impl Pages<'_> {
    /// The page `page` rendered by the template `template`, at its place.
    fn rendered<T: Serialize>(&self, template: &str, page: &Page<T>) -> Result<Made> {
        self.made(
            page,
            || earlier::page_key(self.templates, template, page),
            || self.templates.render(template, page),
        )
    }

    /// The page `page` with its long list `parts`, rendered by the template `template`, the
    /// list a run at a time (on every core) by the list's own template.
    fn rendered_in_parts<T: Serialize, P: Parts>(
        &self,
        template: &str,
        page: &Page<T>,
        parts: &P,
    ) -> Result<Made> {
        let render = || {
            let count = parts.count();
            let runs: Vec<Range<usize>> = (0..count)
                .step_by(P::RUN)
                .map(|start| start..count.min(start + P::RUN))
                .collect();
            let (site, place) = (page.site, &page.place);
            let built_in = self.templates.is_built_in(P::TEMPLATE);
            let html: Vec<String> = runs
                .into_par_iter()
                .map(|range| {
                    let view = parts.run(range);
                    if built_in {
                        let mut html = String::new();
                        P::write_html(&view, place, &mut html);
                        return Ok(html);
                    }
                    let run = Run { site, place, view };
                    self.templates.render(P::TEMPLATE, &run)
                })
                .collect::<Result<_>>()?;
            self.templates
                .render_with(template, page, (P::FIELD, html.concat()))
        };
        self.made(
            page,
            || earlier::page_key(self.templates, template, &Whole { page, parts }),
            render,
        )
    }

    /// The page at `page`'s place: taken from the earlier build when it has the page for its
    /// key (`key`), else rendered (`render`).
    fn made<T>(
        &self,
        page: &Page<T>,
        key: impl FnOnce() -> Result<String>,
        render: impl FnOnce() -> Result<String>,
    ) -> Result<Made> {
        let path = page.place.path.clone();
        let render = || -> Result<Vec<u8>> {
            let mut bytes: Vec<u8> = render()?.into();
            // A site in memory (`check`, `serve`) holds every page: none keeps the spare room
            // its growth left.
            bytes.shrink_to_fit();
            Ok(bytes)
        };
        let Some(earlier) = self.earlier else {
            return Ok(Made {
                path,
                body: Body::Rendered(render()?),
                key: None,
            });
        };
        let key = key()?;
        let body = match earlier.page(&path, &key) {
            Some(page) => Body::Carried(Box::new(page)),
            None => Body::Rendered(render()?),
        };
        Ok(Made {
            path,
            body,
            key: Some(key),
        })
    }
}

/// A page with every run of its long list, as its key sees it: serialised one run at a time,
/// so that the list is never whole in memory.
struct Whole<'p, 'v, T, P> {
    page: &'p Page<'v, T>,
    parts: &'p P,
}

impl<T: Serialize, P: Parts> Serialize for Whole<'_, '_, T, P> {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = serializer.serialize_seq(None)?;
        seq.serialize_element(self.page)?;
        let count = self.parts.count();
        for start in (0..count).step_by(P::RUN) {
            seq.serialize_element(&self.parts.run(start..count.min(start + P::RUN)))?;
        }
        seq.end()
    }
}

/// Renders every page and file of the site into `sink`, each file as soon as it is made; an
/// HTML original found in `highlighted` is not highlighted again, and a page `earlier` holds
/// for its key is taken from there.
pub fn render(
    briefing: &Briefing,
    templates: &Templates,
    highlighted: &HighlightedOriginals,
    earlier: Option<&dyn EarlierPages>,
    sink: &dyn Sink,
) -> Result<Rendered> {
    let pages = Pages { templates, earlier };
    let highlighter = Highlighter::new();
    let views = Views::new(briefing, templates, &highlighter, highlighted);
    // The archived originals are published byte for byte; every other text file goes through
    // the last pass (`bidi`), whoever wrote its text: cleaned text, prose and templates are all
    // hand-editable.
    let originals = briefing
        .sources
        .iter()
        .map(|briefed| routes::original_raw(&briefed.source.meta.original))
        .collect();
    let site = Writer::new(sink, originals);
    // First, so that the records they are serialised from (one per claim and entry) are freed
    // before the pages are made: the build's peak memory is then the larger of the two.
    export::write_files(briefing, &mut |path, write| site.put_streamed(path, write))?;
    search::write_files(briefing, &mut |path, bytes| site.put(path, bytes))?;

    site.put_made(pages.rendered("index.html", &views.front_page()?)?)?;
    site.put_made(pages.rendered("sources.html", &views.sources_index())?)?;
    each(briefing.sources.len(), |index| {
        let briefed = &briefing.sources[index];
        let (page, paragraphs) = views.source_page(index);
        site.put_made(pages.rendered_in_parts("source.html", &page, &paragraphs)?)?;
        let (page, lines) = views.original_page(index);
        site.put_made(pages.rendered_in_parts("original.html", &page, &lines)?)?;
        site.put(
            routes::original_raw(&briefed.source.meta.original),
            briefed.source.original.clone(),
        )
    })?;
    site.put_made(pages.rendered("actors.html", &views.actors_index())?)?;
    each(briefing.actors.actors.len(), |index| {
        site.put_made(pages.rendered("actor.html", &views.actor_page(index)?)?)
    })?;
    site.put_made(pages.rendered("timeline.html", &views.timeline())?)?;
    site.put_made(pages.rendered("discrepancies.html", &views.discrepancies_page()?)?)?;
    each(briefing.events.events.len(), |index| {
        site.put_made(pages.rendered("event.html", &views.event_page(index)?)?)
    })?;
    site.put_made(pages.rendered("themes.html", &views.themes_index())?)?;
    each(briefing.themes.themes.len(), |index| {
        site.put_made(pages.rendered("theme.html", &views.theme_page(index)?)?)
    })?;
    site.put_made(pages.rendered("search.html", &views.search_page())?)?;
    site.put_made(pages.rendered("404.html", &views.not_found_page())?)?;
    site.put(routes::FEED.into(), web::atom_feed(briefing).into())?;
    let base = briefing.config.site.base_url.as_deref();
    site.put(routes::ROBOTS.into(), web::robots_txt(base).into())?;
    if let Some(base) = base {
        let paths = site.paths();
        let sitemap = web::sitemap_xml(base, paths.iter().map(String::as_str));
        site.put(routes::SITEMAP.into(), sitemap.into())?;
    }
    for (name, bytes) in &templates.static_files {
        let path = routes::static_file(name);
        // Generated files (the search index) win: a project's static/ cannot shadow them with
        // a stale copy.
        if !site.has(&path) {
            site.put(path, bytes.clone())?;
        }
    }
    Ok(site.finish())
}

/// Makes and writes `count` independent pages on every core. Of several failing pages the
/// first in page order is reported, whichever thread met it.
fn each<F>(count: usize, write: F) -> Result<()>
where
    F: Fn(usize) -> Result<()> + Sync,
{
    let results: Vec<Result<()>> = (0..count).into_par_iter().map(&write).collect();
    results.into_iter().collect()
}

/// Renders the whole site into memory, for `check` and `serve`.
pub fn render_in_memory(
    briefing: &Briefing,
    templates: &Templates,
    highlighted: &HighlightedOriginals,
) -> Result<Site> {
    let sink = MemorySink::default();
    render(briefing, templates, highlighted, None, &sink)?;
    Ok(sink.into_site())
}
