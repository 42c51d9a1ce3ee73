//! Plain-text reports for editors at the terminal.

use crate::briefing::actors::Actor;
use crate::briefing::Briefing;
use crate::verbs::suggest::Suggestion;
use std::fmt::Write;

/// What an editor needs to curate actors: one line each, then (with `all`) the candidates
/// below the threshold, the uncertain merges and the warnings.
pub fn actors(briefing: &Briefing, all: bool) -> String {
    let actors = &briefing.actors;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} actors with pages (min-mentions = {}):",
        actors.actors.len(),
        briefing.config.extract.min_mentions
    );
    table(&mut out, &actors.actors);
    if all {
        let _ = writeln!(
            out,
            "\n{} candidates below the threshold:",
            actors.candidates.len()
        );
        table(&mut out, &actors.candidates);
        let _ = writeln!(out, "\n{} uncertain merges (check; curate in content/actors/<id>.md with aliases or same-as):", actors.uncertain.len());
        for u in &actors.uncertain {
            let verdict = if u.merged { "merged    " } else { "not merged" };
            let _ = writeln!(out, "  {verdict}  {} ~ {}  ({})", u.name, u.other, u.reason);
        }
    }
    for warning in &actors.warnings {
        let _ = writeln!(out, "warning: {warning}");
    }
    out
}

fn table(out: &mut String, actors: &[Actor]) {
    row(
        out,
        &["id", "name", "kind", "mentions", "sources", "aliases"],
        ACTOR_COLUMNS,
    );
    for a in actors {
        let cells = [
            a.id.clone(),
            a.name.clone(),
            a.kind.name().to_string(),
            a.mentions.to_string(),
            a.sources.len().to_string(),
            a.aliases.join("; "),
        ];
        row(out, &cells, ACTOR_COLUMNS);
    }
}

/// Column widths of a listing: negative pads on the right (text), positive on the left
/// (numbers); the last column is written as it is.
const ACTOR_COLUMNS: &[i32] = &[-32, -32, -13, 8, 7];
const THEME_COLUMNS: &[i32] = &[-32, -32, 8, 7];

/// One row of a listing, indented by two spaces.
fn row(out: &mut String, cells: &[impl AsRef<str>], widths: &[i32]) {
    out.push(' ');
    for (i, cell) in cells.iter().enumerate() {
        let cell = cell.as_ref();
        match widths.get(i) {
            Some(&w) if w < 0 => {
                let _ = write!(out, " {cell:<width$}", width = w.unsigned_abs() as usize);
            }
            Some(&w) => {
                let _ = write!(out, " {cell:>width$}", width = w as usize);
            }
            None => {
                let _ = write!(out, "  {cell}");
            }
        }
    }
    out.push('\n');
}

/// The themes with how many passages and sources each matches, and their cues.
pub fn themes(briefing: &Briefing) -> String {
    let themes = &briefing.themes.themes;
    let mut out = String::new();
    if themes.is_empty() {
        out.push_str("no themes defined: write content/themes/<slug>.md, or run `sourcebook themes --suggest`\n");
        return out;
    }
    let _ = writeln!(out, "{} themes:", themes.len());
    row(
        &mut out,
        &["id", "name", "passages", "sources", "cues"],
        THEME_COLUMNS,
    );
    for t in themes {
        let cells = [
            t.id.clone(),
            t.name.clone(),
            t.claims.len().to_string(),
            t.source_count().to_string(),
            t.cues.join("; "),
        ];
        row(&mut out, &cells, THEME_COLUMNS);
    }
    out
}

/// Suggested themes with their cues and example passages.
pub fn suggestions(suggestions: &[Suggestion]) -> String {
    let mut out = String::new();
    if suggestions.is_empty() {
        out.push_str(
            "no themes to suggest: no phrase recurs across sources outside the existing themes\n",
        );
        return out;
    }
    let _ = writeln!(
        out,
        "{} suggested themes (key phrases ranked across sources, grouped by the passages they share):",
        suggestions.len()
    );
    for (i, s) in suggestions.iter().enumerate() {
        let _ = writeln!(
            out,
            "\n{}. {}  [{}: {} passages in {} sources]",
            i + 1,
            s.name,
            s.slug,
            s.claims,
            s.sources
        );
        let _ = writeln!(out, "   cues: {}", s.cues.join("; "));
        for e in &s.examples {
            let _ = writeln!(out, "   e.g. [{}] {}", e.source, e.text);
        }
    }
    out
}
