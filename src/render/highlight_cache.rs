//! The archived HTML originals, highlighted, kept in the build cache between builds: on a
//! rebuild, highlighting them was a third of the work. Called by lib.rs before rendering, so
//! that the render stage stays a pure function of what it is given.
//!
//! Entries live in `.sourcebook/cache/highlighted/`, kept like the analyses' (see
//! `analyse::cache`): named by the sha256 of the highlighting code's fingerprint and the
//! original's text, repeating both inside; an entry that is damaged, foreign or made by other
//! code is highlighted afresh and overwritten, written via a temporary file, and removed once
//! no original of the build uses it.

use super::highlight::{html_originals, HighlightedOriginals, Highlighter};
use crate::analyse::cache::{through_cache, CacheReport, Shelf};
use crate::briefing::Briefing;
use crate::error::Result;
use crate::load::files::ProjectFiles;
use crate::model::ids::hex;
use sha2::{Digest, Sha256};
use std::sync::OnceLock;

/// The cache's folder, relative to the project.
pub const CACHE_DIR: &str = ".sourcebook/cache/highlighted";

/// The code that made an entry: the package version and the fingerprint of the highlighter
/// and its syntax definitions (build.rs).
const TOOL: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("SOURCEBOOK_HIGHLIGHT_FINGERPRINT")
);

const HIGHLIGHTED: Shelf = Shelf {
    folder: CACHE_DIR,
    tool: TOOL,
    remade: [
        "its original was highlighted",
        "their originals were highlighted",
    ],
};

/// Every archived HTML original of the briefing highlighted, from the cache where it can be
/// trusted; counts and notes go to `report`. An error only when the cache folder would lie
/// outside the project.
pub fn highlight_cached(
    files: &ProjectFiles,
    briefing: &Briefing,
    report: &mut CacheReport,
) -> Result<HighlightedOriginals> {
    let originals: Vec<(String, &str)> = html_originals(briefing).into_iter().collect();
    // Loading syntect's grammars takes time of its own: only when something is highlighted.
    let highlighter = OnceLock::new();
    let shelved = through_cache(
        files,
        &HIGHLIGHTED,
        &originals,
        |(original, _)| key(original),
        |(_, text)| {
            highlighter
                .get_or_init(Highlighter::new)
                .html_original(text)
        },
    )?;
    report.highlights_reused += shelved.reused;
    report.highlighted += shelved.made;
    report.notes.extend(shelved.notes);
    Ok(originals
        .into_iter()
        .map(|(original, _)| original)
        .zip(shelved.values)
        .collect())
}

/// An entry's name: the sha256 of the code and of the original's key (itself the sha256 of
/// its text), separated by a byte neither holds.
fn key(original: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(TOOL.as_bytes());
    hasher.update([0]);
    hasher.update(original.as_bytes());
    hex(&hasher.finalize())
}
