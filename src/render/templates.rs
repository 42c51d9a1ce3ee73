//! The template set: the built-in Tera templates and static files, compiled into the binary,
//! with a project's own templates/ and static/ applied over them by file name. Loading parses
//! every template at once and refuses include loops; errors name the template file to blame.

use super::highlight::{self, Highlighter};
use crate::error::{Error, Result};
use crate::load::files::ProjectFiles;
use crate::model::ids::hex;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

/// `(name, contents)` of each named file of `folder` in this repository, compiled in.
macro_rules! compiled_in {
    ($folder:literal: [$($name:literal),* $(,)?]) => {
        &[$(($name, include_str!(concat!("../../", $folder, "/", $name)))),*]
    };
}

/// Built-in templates, by file name: the pages, then the partials they include, then the
/// partials of cited prose.
const BUILTIN_TEMPLATES: &[(&str, &str)] = compiled_in!("templates": [
    "base.html", "index.html", "sources.html", "source.html", "original.html", "actors.html",
    "actor.html", "timeline.html", "event.html", "discrepancies.html", "themes.html",
    "theme.html", "search.html", "404.html",
    "source_list.html", "source_meta.html", "event_list.html", "claim_list.html",
    "cited_claims.html", "discrepancy.html", "event_date.html", "source_text.html",
    "original_lines.html",
    "citation.html", "references.html",
]);

/// Built-in static assets, by file name (published under static/).
const BUILTIN_STATIC: &[(&str, &str)] =
    compiled_in!("static": ["style.css", "favicon.svg", "search.js"]);

/// Templates and static files: the built-in ones with the project's overrides applied.
pub struct Templates {
    tera: tera::Tera,
    /// Where each template came from, for error messages.
    origins: BTreeMap<String, String>,
    /// Static assets by file name, published under static/.
    pub(super) static_files: BTreeMap<String, Vec<u8>>,
    /// The sha256 of every template's name and text: a page carried over from an earlier
    /// build (`earlier`) must have been rendered by the same set.
    fingerprint: String,
}

impl Templates {
    pub fn load(files: &ProjectFiles) -> Result<Templates> {
        let mut sources: BTreeMap<String, (String, String)> = BUILTIN_TEMPLATES
            .iter()
            .map(|(name, text)| (name.to_string(), (built_in_origin(name), text.to_string())))
            .collect();
        let root = files.root();
        for (name, path) in files.list(&root.join("templates"), true)? {
            if name.ends_with(".html") {
                let text = files.read_text(&path)?.unwrap_or_default();
                sources.insert(name, (path.display().to_string(), text));
            }
        }
        let fingerprint = {
            let mut hasher = Sha256::new();
            for (name, (_, text)) in &sources {
                for field in [name, text] {
                    hasher.update(field.as_bytes());
                    hasher.update([0]);
                }
            }
            hex(&hasher.finalize())
        };
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
        refuse_include_cycles(&tera, &origins)?;

        let mut static_files: BTreeMap<String, Vec<u8>> = BUILTIN_STATIC
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect();
        static_files.insert("syntax.css".into(), Highlighter::stylesheet().into_bytes());
        for (name, path) in files.list(&root.join("static"), true)? {
            static_files.insert(name, files.read(&path)?.unwrap_or_default());
        }
        Ok(Templates {
            tera,
            origins,
            static_files,
            fingerprint,
        })
    }

    /// Whether the template `name` is the built-in one, not replaced by the project's.
    pub(super) fn is_built_in(&self, name: &str) -> bool {
        self.origins.get(name).map(String::as_str) == Some(&built_in_origin(name))
    }

    pub(super) fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Renders the template `template` with `context`; errors name the template's file.
    pub(super) fn render(&self, template: &str, context: &impl serde::Serialize) -> Result<String> {
        self.render_context(template, context, |_| {})
    }

    /// Renders the template `template` with `context` and the rendered HTML `html` under the
    /// name `field` (the HTML moves into the context: it is not held twice).
    pub(super) fn render_with(
        &self,
        template: &str,
        context: &impl serde::Serialize,
        (field, html): (&str, String),
    ) -> Result<String> {
        let mut added = serde_json::Map::new();
        added.insert(field.to_string(), serde_json::Value::String(html));
        let added = tera::Context::from_value(serde_json::Value::Object(added))
            .expect("an object makes a context");
        self.render_context(template, context, |context| context.extend(added))
    }

    fn render_context(
        &self,
        template: &str,
        context: &impl serde::Serialize,
        add: impl FnOnce(&mut tera::Context),
    ) -> Result<String> {
        let origin = self.origins.get(template).map_or(template, String::as_str);
        let mut context =
            tera::Context::from_serialize(context).map_err(|e| template_error(origin, &e))?;
        add(&mut context);
        self.tera
            .render(template, &context)
            .map_err(|e| template_error(origin, &e))
    }
}

/// Where a built-in template comes from, as error messages name it.
fn built_in_origin(name: &str) -> String {
    format!("built-in template {name}")
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

/// A template that includes itself, directly or through others, would recurse until the
/// stack overflows and abort the process; Tera does not check, so the cycle is refused here,
/// naming the template file.
fn refuse_include_cycles(tera: &tera::Tera, origins: &BTreeMap<String, String>) -> Result<()> {
    let includes: BTreeMap<&str, BTreeSet<&str>> = tera
        .get_template_names()
        .filter_map(|name| tera.get_template(name).ok().map(|t| (name, t)))
        .map(|(name, template)| {
            let mut found = BTreeSet::new();
            collect_includes(&template.ast, &mut found);
            (name, found)
        })
        .collect();
    let mut finished = BTreeSet::new();
    for start in includes.keys() {
        let mut path = vec![*start];
        if let Some(cycle) = include_cycle(&includes, &mut path, &mut finished) {
            let origin = origins.get(*start).map_or(*start, String::as_str);
            return Err(Error::Template {
                template: origin.to_string(),
                message: format!(
                    "templates include each other in a loop: {}",
                    cycle.join(" → ")
                ),
                help: "remove the {% include %} that leads back to a template already being \
                       rendered"
                    .into(),
            });
        }
    }
    Ok(())
}

/// Depth-first from the last template of `path`: the first path that returns to one of its
/// templates. `finished` holds templates already known to lead to no cycle.
fn include_cycle<'a>(
    includes: &BTreeMap<&'a str, BTreeSet<&'a str>>,
    path: &mut Vec<&'a str>,
    finished: &mut BTreeSet<&'a str>,
) -> Option<Vec<&'a str>> {
    let current = *path.last()?;
    if finished.contains(current) {
        return None;
    }
    for next in includes.get(current).into_iter().flatten() {
        if let Some(start) = path.iter().position(|t| t == next) {
            let mut cycle = path[start..].to_vec();
            cycle.push(next);
            return Some(cycle);
        }
        path.push(next);
        let cycle = include_cycle(includes, path, finished);
        path.pop();
        if cycle.is_some() {
            return cycle;
        }
    }
    finished.insert(current);
    None
}

fn collect_includes<'a>(nodes: &'a [tera::ast::Node], found: &mut BTreeSet<&'a str>) {
    use tera::ast::Node;
    for node in nodes {
        match node {
            Node::Include(_, names, _) => found.extend(names.iter().map(String::as_str)),
            Node::MacroDefinition(_, definition, _) => collect_includes(&definition.body, found),
            Node::FilterSection(_, section, _) => collect_includes(&section.body, found),
            Node::Block(_, block, _) => collect_includes(&block.body, found),
            Node::Forloop(_, forloop, _) => {
                collect_includes(&forloop.body, found);
                collect_includes(forloop.empty_body.as_deref().unwrap_or_default(), found);
            }
            Node::If(condition, _) => {
                for (_, _, body) in &condition.conditions {
                    collect_includes(body, found);
                }
                if let Some((_, body)) = &condition.otherwise {
                    collect_includes(body, found);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_template_and_static_file_of_the_repository_is_built_in() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for (folder, built_in) in [("templates", BUILTIN_TEMPLATES), ("static", BUILTIN_STATIC)] {
            let mut files: Vec<String> = std::fs::read_dir(root.join(folder))
                .unwrap()
                .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            files.sort();
            let mut names: Vec<&str> = built_in.iter().map(|(name, _)| *name).collect();
            names.sort();
            assert_eq!(files, names, "{folder}/");
        }
    }
}
