//! What a build wrote into its output folder, file by file: the next build compares the
//! folder with it to know that nothing there changed (a no-op rebuild then writes nothing)
//! and which of the previous pages it may carry over.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use crate::model::ids::hex;

/// One file of a built site: its '/'-separated path in the site, the sha256 of its bytes and
/// its permission bits as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Written {
    pub path: String,
    pub sha256: String,
    pub mode: u32,
}

/// The sha256 of `bytes`, as the manifest spells it.
pub fn digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// The manifest entry of the file just written at `path`, whose bytes hash as `sha256`.
pub(super) fn record(relative: &str, path: &Path, sha256: String) -> std::io::Result<Written> {
    Ok(Written {
        path: relative.to_string(),
        sha256,
        mode: mode(&fs::metadata(path)?),
    })
}

#[cfg(unix)]
fn mode(metadata: &fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    metadata.permissions().mode() & 0o7777
}

#[cfg(not(unix))]
fn mode(metadata: &fs::Metadata) -> u32 {
    u32::from(metadata.permissions().readonly())
}

/// Whether the folder `out` holds exactly the files of `manifest`, with the same bytes and
/// permissions, and nothing else: no other file, folder or link. Bytes are compared by their
/// sha256, read afresh, because a file's size and times do not show an edit of the same size
/// made within the clock's resolution.
pub(super) fn holds_exactly(out: &Path, manifest: &[Written]) -> bool {
    use rayon::prelude::*;
    let expected: BTreeMap<&str, &Written> =
        manifest.iter().map(|w| (w.path.as_str(), w)).collect();
    let folders: BTreeSet<&str> = manifest
        .iter()
        .flat_map(|w| w.path.match_indices('/').map(|(i, _)| &w.path[..i]))
        .collect();
    let mut found = Vec::with_capacity(manifest.len());
    for entry in walkdir::WalkDir::new(out).min_depth(1) {
        let Ok(entry) = entry else { return false };
        let Some(relative) = relative_name(out, entry.path()) else {
            return false;
        };
        let kind = entry.file_type();
        if kind.is_dir() && folders.contains(relative.as_str()) {
            continue;
        }
        match expected.get(relative.as_str()) {
            Some(written) if kind.is_file() => found.push((entry.into_path(), *written)),
            _ => return false,
        }
    }
    found.len() == expected.len()
        && found.par_iter().all(|(path, written)| {
            fs::symlink_metadata(path).is_ok_and(|m| mode(&m) == written.mode)
                && fs::read(path).is_ok_and(|bytes| digest(&bytes) == written.sha256)
        })
}

/// `path` relative to `dir`, '/'-separated; `None` for a name that is not UTF-8.
fn relative_name(dir: &Path, path: &Path) -> Option<String> {
    let relative = path.strip_prefix(dir).ok()?;
    let parts: Option<Vec<&str>> = relative
        .components()
        .map(|c| c.as_os_str().to_str())
        .collect();
    Some(parts?.join("/"))
}
