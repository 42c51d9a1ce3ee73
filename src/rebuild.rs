//! Rebuilds that redo only what changed. After each build through the cache, a stamp is kept
//! in `.sourcebook/cache/builds/`, one per output folder: the sha256 of every input, the
//! manifest of the files written (`emit::Written`), each page's key (`render::earlier`) and
//! the build's summary. The next build into that folder:
//!
//! - skips resolving, rendering and writing when the inputs hash the same and the folder
//!   still holds exactly the manifest's files (a file edited, added, removed or re-permitted
//!   there makes it build), and shows the stamped summary and warnings again;
//! - otherwise carries over each page whose key it meets, reading the previous site's file
//!   and taking it only when its bytes still hash as the manifest says; the staging folder
//!   then links that file in rather than writing its bytes again (`emit::Staging`).
//!
//! The inputs are the program (`render::earlier::PROGRAM`), book.toml, and every file under
//! the content folder, templates/ and static/, each by name and the sha256 of its bytes (a
//! size and a time cannot tell a same-size edit within the clock's resolution). A stamp is
//! named by the sha256 of the output folder's absolute path, repeats it and the program, and is
//! written via a temporary file and rename; one that does not parse or match is
//! ignored with a note, and the build goes on as if there were none.

use crate::analyse::cache::{lookup, read_regular_file, store, Miss};
use crate::emit::{digest, Written};
use crate::error::{Result, Warning};
use crate::load::config::Config;
use crate::load::files::ProjectFiles;
use crate::model::ids::hex;
use crate::render::earlier::PROGRAM;
use crate::render::{EarlierPage, EarlierPages};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The stamps' folder, relative to the project.
pub const STAMPS_DIR: &str = ".sourcebook/cache/builds";

/// What a build into one output folder was made from and wrote.
#[derive(Debug, Serialize, Deserialize)]
pub struct Stamp {
    /// The sha256 of every input (`inputs_digest`).
    inputs: String,
    pub summary: Summary,
    written: Vec<Written>,
    /// Each page's key, by path.
    page_keys: BTreeMap<String, String>,
}

impl Stamp {
    /// The files the build wrote.
    pub fn written(&self) -> &[Written] {
        &self.written
    }
}

/// What a build reports, kept so that a build that finds nothing changed can say it again.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    pub files: usize,
    pub sources: usize,
    pub claims: usize,
    pub actors: usize,
    /// The briefing's warnings (not the emit stage's, which belong to that one build).
    pub warnings: Vec<Warning>,
}

/// The last build into an output folder, as this build finds it.
pub struct Previous {
    out: PathBuf,
    stamp: Option<Stamp>,
    /// The sha256 of the inputs as they are now; `None` when they could not all be read (the
    /// build then reports why).
    inputs: Option<String>,
    /// A stamp that was there and could not be trusted.
    pub notes: Vec<String>,
}

impl Previous {
    /// Reads the stamp of the last build into `out` and hashes the inputs. An error only when
    /// the stamps' folder would lie outside the project.
    pub fn read(files: &ProjectFiles, config: &Config, out: &Path) -> Result<Previous> {
        let dir = files.root().join(STAMPS_DIR);
        files.check_folder(&dir)?;
        let key = stamp_key(out);
        let mut notes = Vec::new();
        let stamp = match lookup::<Stamp>(&dir.join(format!("{key}.json")), PROGRAM, &key) {
            Ok(stamp) => Some(stamp),
            Err(Miss::Absent) => None,
            Err(Miss::Untrusted) => {
                notes.push(format!(
                    "the build stamp of {} in {} could not be trusted (damaged, or made by \
                     other code); nothing was carried over from the previous site",
                    out.display(),
                    dir.display()
                ));
                None
            }
        };
        Ok(Previous {
            out: out.to_path_buf(),
            stamp,
            inputs: inputs_digest(files, config),
            notes,
        })
    }

    /// The stamp of the last build, when the inputs are what it was made from.
    pub fn unchanged(&self) -> Option<&Stamp> {
        self.stamp
            .as_ref()
            .filter(|stamp| self.inputs.as_ref() == Some(&stamp.inputs))
    }

    /// Whether there is a previous build to carry pages over from.
    pub fn has_site(&self) -> bool {
        self.stamp.is_some()
    }

    /// The previous site's pages, to carry over (none without a stamp: the pages are then
    /// all rendered, and their keys stamped for the next build).
    pub fn earlier_pages(&self) -> EarlierSite {
        let Some(stamp) = &self.stamp else {
            return EarlierSite {
                out: self.out.clone(),
                pages: HashMap::new(),
            };
        };
        let sha256: HashMap<&str, &str> = stamp
            .written
            .iter()
            .map(|w| (w.path.as_str(), w.sha256.as_str()))
            .collect();
        let pages = stamp
            .page_keys
            .iter()
            .filter_map(|(path, key)| {
                let sha256 = sha256.get(path.as_str())?;
                Some((path.clone(), (key.clone(), sha256.to_string())))
            })
            .collect();
        EarlierSite {
            out: self.out.clone(),
            pages,
        }
    }

    /// Stamps the build just emitted into `out`; a failure to write is a note, never an error.
    pub fn stamp(
        self,
        files: &ProjectFiles,
        summary: Summary,
        written: Vec<Written>,
        page_keys: BTreeMap<String, String>,
    ) -> Option<String> {
        let inputs = self.inputs?;
        let dir = files.root().join(STAMPS_DIR);
        let stamp = Stamp {
            inputs,
            summary,
            written,
            page_keys,
        };
        std::fs::create_dir_all(&dir)
            .and_then(|()| store(&dir, PROGRAM, &stamp_key(&self.out), &stamp))
            .err()
            .map(|error| {
                format!(
                    "could not write the build stamp to {}: {error}; the next build will not \
                     know that nothing changed",
                    dir.display()
                )
            })
    }
}

/// The pages of the site in the output folder, each with the key it was rendered from and
/// the sha256 of the bytes written.
pub struct EarlierSite {
    out: PathBuf,
    pages: HashMap<String, (String, String)>,
}

impl EarlierPages for EarlierSite {
    fn page(&self, path: &str, key: &str) -> Option<EarlierPage> {
        let (earlier_key, sha256) = self.pages.get(path)?;
        if earlier_key != key {
            return None;
        }
        // Only the bytes the manifest names: a file edited in the site since is rendered.
        let file = self.out.join(path);
        let (bytes, metadata) = read_regular_file(&file).ok()?;
        (digest(&bytes) == *sha256).then(|| EarlierPage {
            bytes,
            sha256: sha256.clone(),
            file,
            metadata,
        })
    }
}

/// A stamp's name: the sha256 of the output folder's absolute path. Not of the program, which
/// the stamp repeats inside: a build by other code replaces the stamp rather than adding one.
fn stamp_key(out: &Path) -> String {
    let out = std::path::absolute(out).unwrap_or_else(|_| out.to_path_buf());
    hex(&Sha256::digest(out.as_os_str().as_encoded_bytes()))
}

/// The sha256 of every input of a build: the program, book.toml, and each file under the
/// content folder, templates/ and static/ by name and the sha256 of its bytes, read as the
/// load stage reads them. `None` when one cannot be read: the build then says why.
fn inputs_digest(files: &ProjectFiles, config: &Config) -> Option<String> {
    let root = files.root();
    let mut inputs = vec![(
        crate::load::config::BOOK_FILE.to_string(),
        root.join(crate::load::config::BOOK_FILE),
    )];
    let folders = [
        ("content", root.join(&config.build.content_dir)),
        ("templates", root.join("templates")),
        ("static", root.join("static")),
    ];
    for (label, folder) in folders {
        let listed = files.list(&folder, true).ok()?;
        inputs.extend(
            listed
                .into_iter()
                .map(|(name, path)| (format!("{label}/{name}"), path)),
        );
    }
    let digests: Option<Vec<String>> = inputs
        .par_iter()
        .map(|(_, path)| Some(digest(&files.read(path).ok()??)))
        .collect();
    let mut hasher = Sha256::new();
    hasher.update(PROGRAM.as_bytes());
    for ((name, _), digest) in inputs.iter().zip(digests?) {
        for field in [name, &digest] {
            hasher.update([0]);
            hasher.update(field.as_bytes());
        }
    }
    Some(hex(&hasher.finalize()))
}
