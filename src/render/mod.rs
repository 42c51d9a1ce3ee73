//! Stage 5, render: `Briefing` → `Site`, the pages and files of the output, in memory.
//! Templates are Tera; the built-in ones are compiled into the binary and a project's own
//! templates/ and static/ override them by file name.

mod bidi;
pub mod highlight;
pub mod markdown;
pub mod prose;
pub mod search;
pub mod svg;
pub mod views;
pub mod web;

use crate::briefing::Briefing;
use crate::error::{Error, Result};
use crate::export;
use highlight::Highlighter;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Built-in templates, by file name.
const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("sources.html", include_str!("../../templates/sources.html")),
    ("source.html", include_str!("../../templates/source.html")),
    ("actors.html", include_str!("../../templates/actors.html")),
    ("actor.html", include_str!("../../templates/actor.html")),
    (
        "timeline.html",
        include_str!("../../templates/timeline.html"),
    ),
    ("event.html", include_str!("../../templates/event.html")),
    ("themes.html", include_str!("../../templates/themes.html")),
    ("theme.html", include_str!("../../templates/theme.html")),
    (
        "discrepancies.html",
        include_str!("../../templates/discrepancies.html"),
    ),
    (
        "event_list.html",
        include_str!("../../templates/event_list.html"),
    ),
    (
        "claim_list.html",
        include_str!("../../templates/claim_list.html"),
    ),
    (
        "cited_claims.html",
        include_str!("../../templates/cited_claims.html"),
    ),
    (
        "discrepancy.html",
        include_str!("../../templates/discrepancy.html"),
    ),
    ("404.html", include_str!("../../templates/404.html")),
    ("search.html", include_str!("../../templates/search.html")),
    (
        "original.html",
        include_str!("../../templates/original.html"),
    ),
    (
        "source_list.html",
        include_str!("../../templates/source_list.html"),
    ),
    (
        "source_meta.html",
        include_str!("../../templates/source_meta.html"),
    ),
];

/// Built-in static assets, by file name (published under static/).
const BUILTIN_STATIC: &[(&str, &str)] = &[
    ("style.css", include_str!("../../static/style.css")),
    ("favicon.svg", include_str!("../../static/favicon.svg")),
    ("search.js", include_str!("../../static/search.js")),
];

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

/// Templates and static files: the built-in ones with the project's overrides applied.
pub struct Theme {
    tera: tera::Tera,
    /// Where each template came from, for error messages.
    origins: BTreeMap<String, String>,
    static_files: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    pub fn load(root: &Path) -> Result<Theme> {
        let mut sources: BTreeMap<String, (String, String)> = BUILTIN_TEMPLATES
            .iter()
            .map(|(name, text)| {
                (
                    name.to_string(),
                    (format!("built-in template {name}"), text.to_string()),
                )
            })
            .collect();
        for (name, path) in files_under(&root.join("templates"))? {
            if name.ends_with(".html") {
                let text = fs::read_to_string(&path).map_err(|e| Error::io(&path, "read", e))?;
                sources.insert(name, (path.display().to_string(), text));
            }
        }
        let origins: BTreeMap<String, String> = sources
            .iter()
            .map(|(n, (o, _))| (n.clone(), o.clone()))
            .collect();
        let mut tera = tera::Tera::default();
        // Escaping &, <, >, " and ' is enough for text and quoted attributes; Tera's default
        // also escapes '/', which makes every relative link unreadable.
        tera.set_escape_fn(highlight::escape_html);
        tera.add_raw_templates(sources.iter().map(|(n, (_, t))| (n.as_str(), t.as_str())))
            .map_err(|e| template_error(blamed_template(&e, &origins), &e))?;

        let mut static_files: BTreeMap<String, Vec<u8>> = BUILTIN_STATIC
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect();
        static_files.insert("syntax.css".into(), Highlighter::stylesheet().into_bytes());
        for (name, path) in files_under(&root.join("static"))? {
            static_files.insert(
                name,
                fs::read(&path).map_err(|e| Error::io(&path, "read", e))?,
            );
        }
        Ok(Theme {
            tera,
            origins,
            static_files,
        })
    }

    fn render(&self, template: &str, context: &impl serde::Serialize) -> Result<String> {
        let origin = self.origins.get(template).map_or(template, String::as_str);
        let context =
            tera::Context::from_serialize(context).map_err(|e| template_error(origin, &e))?;
        self.tera
            .render(template, &context)
            .map_err(|e| template_error(origin, &e))
    }
}

/// The origin of the template an error message names (Tera quotes the name), if any.
fn blamed_template<'a>(error: &tera::Error, origins: &'a BTreeMap<String, String>) -> &'a str {
    let message = error.to_string();
    origins
        .iter()
        .find(|(name, _)| {
            message.contains(&format!("'{name}'")) || message.contains(&format!("\"{name}\""))
        })
        .map_or("templates", |(_, origin)| origin.as_str())
}

/// A Tera error with its whole cause chain: the top message alone rarely says what broke.
fn template_error(origin: &str, error: &tera::Error) -> Error {
    let mut message = error.to_string();
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        cause = inner.source();
    }
    Error::Template {
        template: origin.to_string(),
        message,
        help: "fix the template (Tera syntax), or delete it to use the built-in one".into(),
    }
}

/// Regular files under `dir` (symlinks not followed), by '/'-separated relative name, sorted.
fn files_under(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::io(dir, "read the folder", e.into()))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let name = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        files.push((name, entry.into_path()));
    }
    Ok(files)
}

/// Renders every page and file of the site.
pub fn render(briefing: &Briefing, theme: &Theme) -> Result<Site> {
    let highlighter = Highlighter::new();
    let mut site = Site::default();
    let common = views::Common::new(briefing);

    site.add(
        "index.html",
        theme.render(
            "index.html",
            &views::front_page(briefing, &common, &highlighter),
        )?,
    );
    site.add(
        "sources/index.html",
        theme.render("sources.html", &views::sources_index(briefing, &common))?,
    );
    let cited = views::citing_pages(briefing);
    for (index, briefed) in briefing.sources.iter().enumerate() {
        let view = views::source_page(briefing, index, &common, &cited);
        site.add(
            view.source.page.clone(),
            theme.render("source.html", &view)?,
        );
        let original = views::original_page(briefed, &common, &highlighter);
        site.add(
            original.source.original_page.clone(),
            theme.render("original.html", &original)?,
        );
        site.add(
            original.source.original_raw.clone(),
            briefed.source.original.clone(),
        );
    }
    site.add(
        "actors/index.html",
        theme.render("actors.html", &views::actors_index(briefing, &common))?,
    );
    for index in 0..briefing.actors.actors.len() {
        let view = views::actor_page(briefing, index, &common, &highlighter);
        site.add(view.actor.page.clone(), theme.render("actor.html", &view)?);
    }
    site.add(
        "timeline.html",
        theme.render("timeline.html", &views::timeline(briefing, &common))?,
    );
    site.add(
        "discrepancies.html",
        theme.render(
            "discrepancies.html",
            &views::discrepancies_page(briefing, &common),
        )?,
    );
    for index in 0..briefing.events.events.len() {
        let view = views::event_page(briefing, index, &common, &highlighter);
        site.add(view.event.page.clone(), theme.render("event.html", &view)?);
    }
    site.add(
        "themes/index.html",
        theme.render("themes.html", &views::themes_index(briefing, &common))?,
    );
    for index in 0..briefing.themes.themes.len() {
        let view = views::theme_page(briefing, index, &common, &highlighter);
        site.add(view.theme.page.clone(), theme.render("theme.html", &view)?);
    }
    site.add(
        "search.html",
        theme.render("search.html", &views::search_page(&common))?,
    );
    site.add(
        "404.html",
        theme.render("404.html", &views::not_found_page(&common))?,
    );
    site.add("data/briefing.json", export::briefing_json(briefing));
    site.add("feed.xml", web::atom_feed(briefing));
    let base = briefing.config.site.base_url.as_deref();
    site.add("robots.txt", web::robots_txt(base));
    if let Some(base) = base {
        let sitemap = web::sitemap_xml(base, site.files.keys().map(String::as_str));
        site.add("sitemap.xml", sitemap);
    }
    for (name, bytes) in &theme.static_files {
        site.add(format!("static/{name}"), bytes.clone());
    }
    // Generated, so a project's static/ cannot shadow it with a stale copy.
    site.add("static/search-index.js", search::search_index_js(briefing));
    // Once, on the finished site, whoever wrote the text: cleaned text, prose and templates are
    // all hand-editable. The archived originals alone stay byte for byte.
    let originals = briefing
        .sources
        .iter()
        .map(|briefed| views::original_raw_path(&briefed.source.meta))
        .collect();
    bidi::neutralise_controls(&mut site, &originals);
    Ok(site)
}
