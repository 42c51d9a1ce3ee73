//! Stage 5, render: `Briefing` → `Site`, the pages and files of the output, in memory.
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
mod svg;
mod templates;
mod views;
mod web;

pub use earlier::EarlierPages;
pub use templates::Templates;

use crate::briefing::Briefing;
use crate::error::Result;
use highlight::{HighlightedOriginals, Highlighter};
use rayon::prelude::*;
use std::collections::BTreeMap;
use views::{Page, Views};

/// The output: file contents by '/'-separated path relative to the output folder.
#[derive(Debug, Default)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
    /// Each page's key (`earlier::page_key`) by path, when rendered with earlier pages at hand
    /// (a build through the cache); the next build carries over the pages whose key it meets.
    pub page_keys: BTreeMap<String, String>,
    /// How many pages were carried over from the earlier build instead of rendered.
    pub carried_over: usize,
}

impl Site {
    /// A site of text files, for tests of what reads or writes one.
    #[cfg(test)]
    pub fn of_texts(files: &[(&str, &str)]) -> Site {
        let files = files
            .iter()
            .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
            .collect();
        Site {
            files,
            ..Site::default()
        }
    }

    fn add(&mut self, path: impl Into<String>, bytes: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), bytes.into());
    }

    fn add_made(&mut self, made: Made) {
        if let Some(key) = made.key {
            self.page_keys.insert(made.path.clone(), key);
        }
        self.carried_over += usize::from(made.carried_over);
        self.add(made.path, made.bytes);
    }

    /// Adds `page` at its place, rendered by the template `template`.
    fn add_page<T: serde::Serialize>(
        &mut self,
        pages: &Pages,
        template: &str,
        page: &Page<T>,
    ) -> Result<()> {
        self.add_made(pages.rendered(template, page)?);
        Ok(())
    }

    /// Adds the files of `count` independent pages, made on every core. Each page's files are
    /// keyed by path, so the site is the same whichever page finishes first.
    fn add_each<F>(&mut self, count: usize, files_of: F) -> Result<()>
    where
        F: Fn(usize) -> Result<Vec<Made>> + Sync,
    {
        let made: Vec<Result<Vec<Made>>> = (0..count).into_par_iter().map(&files_of).collect();
        // In page order, so that of several failing pages the first is always the one reported.
        for files in made {
            for file in files? {
                self.add_made(file);
            }
        }
        Ok(())
    }
}

/// A file of the site as made: its path and bytes, and for a page its key and whether it
/// was carried over.
struct Made {
    path: String,
    bytes: Vec<u8>,
    key: Option<String>,
    carried_over: bool,
}

/// Renders pages through their templates, or takes them from the earlier build when it
/// rendered them from the same key.
struct Pages<'a> {
    templates: &'a Templates,
    earlier: Option<&'a dyn EarlierPages>,
}

impl Pages<'_> {
    /// The page `page` rendered by the template `template`, at its place.
    fn rendered<T: serde::Serialize>(&self, template: &str, page: &Page<T>) -> Result<Made> {
        let path = page.place.path.clone();
        let Some(earlier) = self.earlier else {
            let bytes = self.render(template, page)?;
            return Ok(Made {
                path,
                bytes,
                key: None,
                carried_over: false,
            });
        };
        let key = earlier::page_key(self.templates, template, page)?;
        let (bytes, carried_over) = match earlier.page(&path, &key) {
            Some(bytes) => (bytes, true),
            None => (self.render(template, page)?, false),
        };
        Ok(Made {
            path,
            bytes,
            key: Some(key),
            carried_over,
        })
    }

    fn render<T: serde::Serialize>(&self, template: &str, page: &Page<T>) -> Result<Vec<u8>> {
        let mut bytes: Vec<u8> = self.templates.render(template, page)?.into();
        // The site holds every page until emit: no page keeps the spare room its growth left.
        bytes.shrink_to_fit();
        Ok(bytes)
    }
}

/// Renders every page and file of the site; an HTML original found in `highlighted` is not
/// highlighted again, and a page `earlier` holds for its key is taken from there.
pub fn render(
    briefing: &Briefing,
    templates: &Templates,
    highlighted: &HighlightedOriginals,
    earlier: Option<&dyn EarlierPages>,
) -> Result<Site> {
    let pages = Pages { templates, earlier };
    let highlighter = Highlighter::new();
    let views = Views::new(briefing, templates, &highlighter, highlighted);
    let mut site = Site::default();
    // Made before the pages, though added at their usual places: the records they are
    // serialised from (one per claim and entry) are freed before the pages pile up, which
    // lowers the build's peak memory. Their bytes are the same whenever they are made.
    let export = export::export_files(briefing);
    let search = search::search_files(briefing);

    site.add_page(&pages, "index.html", &views.front_page()?)?;
    site.add_page(&pages, "sources.html", &views.sources_index())?;
    site.add_each(briefing.sources.len(), |index| {
        let briefed = &briefing.sources[index];
        Ok(vec![
            pages.rendered("source.html", &views.source_page(index))?,
            pages.rendered("original.html", &views.original_page(index))?,
            Made {
                path: routes::original_raw(&briefed.source.meta.original),
                bytes: briefed.source.original.clone(),
                key: None,
                carried_over: false,
            },
        ])
    })?;
    site.add_page(&pages, "actors.html", &views.actors_index())?;
    site.add_each(briefing.actors.actors.len(), |index| {
        Ok(vec![
            pages.rendered("actor.html", &views.actor_page(index)?)?
        ])
    })?;
    site.add_page(&pages, "timeline.html", &views.timeline())?;
    site.add_page(&pages, "discrepancies.html", &views.discrepancies_page()?)?;
    site.add_each(briefing.events.events.len(), |index| {
        Ok(vec![
            pages.rendered("event.html", &views.event_page(index)?)?
        ])
    })?;
    site.add_page(&pages, "themes.html", &views.themes_index())?;
    site.add_each(briefing.themes.themes.len(), |index| {
        Ok(vec![
            pages.rendered("theme.html", &views.theme_page(index)?)?
        ])
    })?;
    site.add_page(&pages, "search.html", &views.search_page())?;
    site.add_page(&pages, "404.html", &views.not_found_page())?;
    site.files.extend(export);
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
    site.files.extend(search);
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
