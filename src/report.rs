//! Plain-text reports for editors at the terminal.

use crate::briefing::actors::Actor;
use crate::briefing::Briefing;
use crate::render::views::kind_label;
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
    let _ = writeln!(
        out,
        "  {:<32} {:<32} {:<13} {:>8} {:>7}  aliases",
        "id", "name", "kind", "mentions", "sources"
    );
    for a in actors {
        let _ = writeln!(
            out,
            "  {:<32} {:<32} {:<13} {:>8} {:>7}  {}",
            a.id,
            a.name,
            kind_label(a.kind).1,
            a.mentions,
            a.sources.len(),
            a.aliases.join("; ")
        );
    }
}
