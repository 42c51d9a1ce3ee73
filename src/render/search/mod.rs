//! Everything search.html can find (`entries`), written as a sharded index (`index`) of script
//! files (`script`): scripts rather than JSON because browsers refuse `fetch` of local files,
//! and the site must work from `file://`; the site's CSP (`script-src 'self'`) allows external
//! scripts. static/search.js does the matching in the browser, loading only the shards a query
//! needs.

mod index;
mod script;

use super::routes;
use crate::briefing::actors::Actor;
use crate::briefing::events::Event;
use crate::briefing::themes::Theme;
use crate::briefing::{BriefedSource, Briefing};
use crate::error::Result;
use serde::Serialize;

/// About how many chars of a claim the results show.
const SNIPPET_CHARS: usize = 200;

/// One thing a reader can find: a document of the index. The one-letter names keep the
/// document chunks small. `t`, `x` and `s` are matched in that order of rank (see
/// `index::fields`); the kind's label is `k` capitalised.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub(super) struct SearchEntry<'a> {
    /// Kind: "actor", "event", "theme", "source" or "claim" (the result's CSS class too).
    pub k: &'static str,
    /// Title, shown as the link. For a claim it is its source's title, shown but not matched.
    /// Borrowed from the briefing: a long source's title would otherwise be copied once per
    /// passage, and the index is made while the whole briefing is held.
    pub t: &'a str,
    /// More words to match but not show: aliases, roles, outlet, a long claim's full text.
    /// In the index's terms only, never in a document chunk.
    #[serde(skip)]
    pub x: String,
    /// The line shown under the title, matched last.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub s: String,
    /// Link, relative to the site root.
    pub u: String,
}

/// The files of the search index for `briefing`, the shards and their manifest, each handed
/// to `put` as soon as it is made.
pub(super) fn write_files(
    briefing: &Briefing,
    put: &mut dyn FnMut(String, Vec<u8>) -> Result<()>,
) -> Result<()> {
    index::write_files(&entries(briefing), put)
}

/// Every entry, in the order results tie-break on: actors, events, themes, sources, claims.
pub(super) fn entries(briefing: &Briefing) -> Vec<SearchEntry<'_>> {
    let mut entries = Vec::new();
    // Most widely reported first, as on the actors index: the main actor leads its namesakes.
    let mut actors: Vec<&Actor> = briefing.actors.actors.iter().collect();
    actors.sort_by(|a, b| {
        (b.sources.len(), b.mentions)
            .cmp(&(a.sources.len(), a.mentions))
            .then_with(|| a.id.cmp(&b.id))
    });
    entries.extend(actors.into_iter().map(actor_entry));
    entries.extend(
        briefing
            .events
            .events
            .iter()
            .map(|e| event_entry(e, briefing)),
    );
    entries.extend(briefing.themes.themes.iter().map(theme_entry));
    entries.extend(briefing.sources.iter().map(source_entry));
    entries.extend(briefing.sources.iter().flat_map(claim_entries));
    entries
}

fn actor_entry(actor: &Actor) -> SearchEntry<'_> {
    let roles = &actor.roles[..actor.roles.len().min(4)];
    // Roles and aliases are shown as well as matched, so a result says why it was found.
    let mut shown = vec![actor.kind.name().to_string()];
    shown.extend(roles.iter().cloned());
    if !actor.aliases.is_empty() {
        shown.push(format!("also {}", actor.aliases.join(", ")));
    }
    SearchEntry {
        k: "actor",
        t: &actor.name,
        x: [&actor.aliases[..], roles].concat().join(" · "),
        s: shown.join(" · "),
        u: routes::actor(&actor.id),
    }
}

fn event_entry<'a>(event: &'a Event, briefing: &Briefing) -> SearchEntry<'a> {
    let mut shown = vec![event.when()];
    shown.extend(
        event
            .actors
            .iter()
            .take(4)
            .map(|&a| briefing.actors.actors[a].name.clone()),
    );
    SearchEntry {
        k: "event",
        t: &event.title,
        // The ISO form too, so "2025-04" finds the month (and the end, a period's last year).
        x: [event.date, event.end]
            .iter()
            .flatten()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(" "),
        s: shown.join(" · "),
        u: routes::event(&event.id),
    }
}

fn theme_entry(theme: &Theme) -> SearchEntry<'_> {
    SearchEntry {
        k: "theme",
        t: &theme.name,
        // Cues are how an editor says what the theme is about: matched, and shown.
        x: theme.cues.join(" · "),
        s: format!(
            "{} passages · {}",
            theme.claims.len(),
            shorten(&theme.cues.join(", "), 160)
        ),
        u: routes::theme(&theme.id),
    }
}

fn source_entry(briefed: &BriefedSource) -> SearchEntry<'_> {
    let meta = &briefed.source.meta;
    let shown: Vec<String> = [Some(meta.outlet.clone()), meta.published.map(|d| d.human())]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
    SearchEntry {
        k: "source",
        t: &meta.title,
        x: [meta.outlet.as_str(), meta.byline.as_deref().unwrap_or("")]
            .join(" ")
            .trim()
            .to_string(),
        s: shown.join(" · "),
        u: routes::source(&meta.id),
    }
}

fn claim_entries(briefed: &BriefedSource) -> impl Iterator<Item = SearchEntry<'_>> + '_ {
    let meta = &briefed.source.meta;
    briefed.analysis.claims.iter().map(move |claim| {
        let text = claim.text.split_whitespace().collect::<Vec<_>>().join(" ");
        let snippet = shorten(&text, SNIPPET_CHARS);
        SearchEntry {
            k: "claim",
            t: &meta.title,
            // The words cut from the snippet must still be found.
            x: if snippet == text { String::new() } else { text },
            s: snippet,
            u: routes::claim(&claim.source, &claim.id),
        }
    })
}

/// `text` cut to at most `max` chars at a space, with an ellipsis; whole if it fits.
fn shorten(text: &str, max: usize) -> String {
    let Some((cut, _)) = text.char_indices().nth(max) else {
        return text.to_string();
    };
    let head = &text[..cut];
    // Cut at the last space unless that loses more than half (one very long word).
    let head = match head.rfind(' ') {
        Some(space) if space > cut / 2 => &head[..space],
        _ => head,
    };
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_claims_are_shortened_at_a_space() {
        assert_eq!(shorten("short", 200), "short");
        let long = "word ".repeat(60);
        let cut = shorten(long.trim(), 200);
        assert!(cut.ends_with("word…"), "{cut}");
        assert!(cut.chars().count() <= 201);
        // One endless word is cut mid-word rather than lost.
        assert_eq!(
            shorten(&"é".repeat(300), 10),
            format!("{}…", "é".repeat(10))
        );
    }

    /// The showcase briefing (this repository's content/), built as `sourcebook build` does.
    fn showcase() -> Briefing {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        crate::brief(crate::load::project::Project::load(root).unwrap()).unwrap()
    }

    #[test]
    fn the_showcase_index_finds_every_kind_by_its_names() {
        let briefing = showcase();
        let entries = entries(&briefing);
        let with_aliases: Vec<&Actor> = briefing
            .actors
            .actors
            .iter()
            .filter(|a| !a.aliases.is_empty())
            .collect();
        assert!(!with_aliases.is_empty(), "the showcase curates aliases");
        for actor in with_aliases {
            let found = entries
                .iter()
                .find(|e| e.k == "actor" && e.u == routes::actor(&actor.id))
                .unwrap();
            assert_eq!(found.t, actor.name);
            for alias in &actor.aliases {
                assert!(found.x.contains(alias.as_str()), "{alias} in {found:?}");
            }
        }
        let count = |k: &str| entries.iter().filter(|e| e.k == k).count();
        assert_eq!(count("actor"), briefing.actors.actors.len());
        assert_eq!(count("event"), briefing.events.events.len());
        assert_eq!(count("theme"), briefing.themes.themes.len());
        assert_eq!(count("source"), briefing.sources.len());
        assert_eq!(count("claim"), briefing.claims().count());
        // Results tie-break on index order: every non-claim before the first claim.
        let first_claim = entries.iter().position(|e| e.k == "claim").unwrap();
        assert!(entries[first_claim..].iter().all(|e| e.k == "claim"));
        // A rebuild from the same files gives the same bytes.
        let files = |briefing: &Briefing| {
            let mut files = Vec::new();
            write_files(briefing, &mut |path, bytes| {
                files.push((path, bytes));
                Ok(())
            })
            .unwrap();
            files
        };
        assert_eq!(files(&briefing), files(&showcase()));
    }
}
