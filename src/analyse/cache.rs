//! The build cache: each source's `Analysis` kept on disk between builds, so that a rebuild
//! analyses only the sources that changed.
//!
//! An analysis is a pure function of the source's id, publication date and body (see
//! `analyse`) and of the code that analyses; no book.toml key reaches it. An entry is named by
//! the sha256 of exactly those inputs and the code's fingerprint (`TOOL`: the package version
//! and a hash of the analyse layer and the layers below it, made by build.rs), and it repeats
//! the key and the fingerprint inside, so a renamed, copied, truncated, garbled or foreign
//! entry is never trusted: it is analysed afresh and overwritten. Entries are written to a
//! temporary file and renamed into place, so a reader never sees half of one; entries no
//! source of the build uses any more are removed after it.

use super::Analysis;
use crate::error::Result;
use crate::load::files::ProjectFiles;
use crate::model::ids::hex;
use crate::model::source::LoadedSource;
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashSet};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

/// The cache's folder, relative to the project; the whole `.sourcebook/` is sourcebook's.
pub const CACHE_DIR: &str = ".sourcebook/cache/analyses";

/// The code that made an entry: the package version and the fingerprint of the code an
/// analysis depends on.
const TOOL: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("SOURCEBOOK_ANALYSIS_FINGERPRINT")
);

/// A temporary file older than this was left by a killed build, not written by a running one.
const STALE_TEMPORARY: Duration = Duration::from_secs(3600);

/// What the cache did in one build.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CacheReport {
    /// Sources whose analysis came from the cache.
    pub reused: usize,
    /// Sources analysed in this build (and stored for the next).
    pub analysed: usize,
    /// HTML originals whose highlighted markup came from the cache (`render::highlight_cache`).
    pub highlights_reused: usize,
    /// HTML originals highlighted in this build (and stored for the next).
    pub highlighted: usize,
    /// Sources whose reading for the event stage came from the cache
    /// (`briefing::events::reading_cache`).
    pub readings_reused: usize,
    /// Sources read for the event stage in this build (and stored for the next).
    pub read: usize,
    /// Pages carried over from the previous site, of all pages, when there was one to carry
    /// from (`rebuild`).
    pub carried_over: Option<(usize, usize)>,
    /// Things the build went on without: entries that could not be trusted, writes that
    /// failed. Never an error: the cache only saves time.
    pub notes: Vec<String>,
}

/// One kind of entry, kept in a folder of its own under `.sourcebook/cache/`.
pub(crate) struct Shelf {
    /// The folder, relative to the project.
    pub folder: &'static str,
    /// The code that makes the entries; an entry made by other code is not trusted.
    pub tool: &'static str,
    /// What making an item afresh is called in a note, for one item and for several.
    pub remade: [&'static str; 2],
}

/// What `through_cache` gave back: a value per item, in the items' order, and how many came
/// from the cache and how many were made.
pub(crate) struct Shelved<T> {
    pub values: Vec<T>,
    pub reused: usize,
    pub made: usize,
    pub notes: Vec<String>,
}

const ANALYSES: Shelf = Shelf {
    folder: CACHE_DIR,
    tool: TOOL,
    remade: ["its source was analysed", "their sources were analysed"],
};

#[derive(Serialize)]
struct EntryOut<'a, T> {
    tool: &'a str,
    key: &'a str,
    value: &'a T,
}

#[derive(Deserialize)]
struct EntryIn<T> {
    tool: String,
    key: String,
    value: T,
}

/// Why an item's value did not come from the cache.
pub(crate) enum Miss {
    Absent,
    /// There was an entry, and it could not be trusted.
    Untrusted,
}

/// Analyses every source like `analyse_all`, reusing the analyses stored in the project's
/// cache and storing the new ones. An error only when the cache folder would lie outside the
/// project (a link out of it); any other trouble with the cache is a note, and the build goes
/// on analysing.
pub fn analyse_all_cached(
    files: &ProjectFiles,
    sources: &[LoadedSource],
) -> Result<(Vec<Analysis>, CacheReport)> {
    let shelved = through_cache(files, &ANALYSES, sources, analysis_key, super::analyse)?;
    let report = CacheReport {
        reused: shelved.reused,
        analysed: shelved.made,
        notes: shelved.notes,
        ..CacheReport::default()
    };
    Ok((shelved.values, report))
}

/// The value `make` gives for each item, in the items' order and on every core, taken from
/// the entry `key` names on `shelf` when one can be trusted, else made and stored; the entries
/// no item named are removed. An error only when the shelf's folder would lie outside the
/// project; any other trouble with the cache is a note, and the values are made.
pub(crate) fn through_cache<I, T>(
    files: &ProjectFiles,
    shelf: &Shelf,
    items: &[I],
    key: impl Fn(&I) -> String + Sync,
    make: impl Fn(&I) -> T + Sync,
) -> Result<Shelved<T>>
where
    I: Sync,
    T: Serialize + DeserializeOwned + Send,
{
    let dir = files.root().join(shelf.folder);
    files.check_folder(&dir)?;
    if let Err(error) = fs::create_dir_all(&dir) {
        return Ok(Shelved {
            values: items.par_iter().map(&make).collect(),
            reused: 0,
            made: items.len(),
            notes: vec![format!(
                "the build cache {} could not be created ({error}); nothing was taken from it",
                dir.display()
            )],
        });
    }
    // The folder may only now exist: check again that no link leads out of the project.
    files.check_folder(&dir)?;

    // Per item: its key, why it missed (`None`: reused), its value, a failed write.
    let results: Vec<(String, Option<Miss>, T, Option<String>)> = items
        .par_iter()
        .map(|item| {
            let key = key(item);
            match lookup(&dir.join(format!("{key}.json")), shelf.tool, &key) {
                Ok(value) => (key, None, value, None),
                Err(miss) => {
                    let value = make(item);
                    let failed = store(&dir, shelf.tool, &key, &value).err().map(|error| {
                        format!(
                            "could not write to the build cache {}: {error}",
                            dir.display()
                        )
                    });
                    (key, Some(miss), value, failed)
                }
            }
        })
        .collect();

    let mut shelved = Shelved {
        values: Vec::with_capacity(results.len()),
        reused: 0,
        made: 0,
        notes: Vec::new(),
    };
    let mut untrusted = 0;
    let mut failed_write = None;
    let mut keys = HashSet::new();
    for (key, miss, value, failed) in results {
        match miss {
            None => shelved.reused += 1,
            Some(Miss::Absent) => shelved.made += 1,
            Some(Miss::Untrusted) => {
                shelved.made += 1;
                untrusted += 1;
            }
        }
        failed_write = failed_write.or(failed);
        keys.insert(key);
        shelved.values.push(value);
    }
    if untrusted > 0 {
        shelved.notes.push(format!(
            "{untrusted} build cache entr{} in {} could not be trusted (damaged, or made by \
             other code) and {} afresh",
            if untrusted == 1 { "y" } else { "ies" },
            dir.display(),
            shelf.remade[usize::from(untrusted > 1)],
        ));
    }
    shelved.notes.extend(failed_write);
    if let Err(error) = prune(&dir, &keys) {
        shelved.notes.push(format!(
            "could not remove unused entries from the build cache {}: {error}",
            dir.display()
        ));
    }
    Ok(shelved)
}

/// The sha256 of everything an analysis depends on: the code, the source's id, its
/// publication date and its body. The fields are separated by a byte none of them holds.
pub(crate) fn analysis_key(source: &LoadedSource) -> String {
    let published = source
        .meta
        .published
        .map(|date| date.to_string())
        .unwrap_or_default();
    let mut hasher = Sha256::new();
    for field in [TOOL, &source.meta.id, &published] {
        hasher.update(field.as_bytes());
        hasher.update([0]);
    }
    hasher.update(source.body.as_bytes());
    hex(&hasher.finalize())
}

/// The value of the entry at `path` when it parses and repeats `tool` and `key`.
pub(crate) fn lookup<T: DeserializeOwned>(
    path: &Path,
    tool: &str,
    key: &str,
) -> std::result::Result<T, Miss> {
    let (bytes, _) = read_regular_file(path).map_err(|error| match error.kind() {
        std::io::ErrorKind::NotFound => Miss::Absent,
        _ => Miss::Untrusted,
    })?;
    match serde_json::from_slice::<EntryIn<T>>(&bytes) {
        Ok(entry) if entry.tool == tool && entry.key == key => Ok(entry.value),
        _ => Err(Miss::Untrusted),
    }
}

/// Reads a file without following a link at its place, which could lead out of the project;
/// gives its bytes and what the file was when read (its inode, links, permissions).
pub(crate) fn read_regular_file(path: &Path) -> std::io::Result<(Vec<u8>, fs::Metadata)> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = options.open(path)?;
    let metadata = file.metadata()?;
    if !metadata.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok((bytes, metadata))
}

/// Writes an entry to a temporary file of its own and renames it into place: readers see the
/// whole entry or none, and a link planted at the entry's name is replaced, never followed.
pub(crate) fn store<T: Serialize>(
    dir: &Path,
    tool: &str,
    key: &str,
    value: &T,
) -> std::io::Result<()> {
    let bytes =
        serde_json::to_vec(&EntryOut { tool, key, value }).map_err(std::io::Error::other)?;
    let temporary = dir.join(format!("{key}.json.tmp-{}", std::process::id()));
    let written = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary)
        .and_then(|mut file| std::io::Write::write_all(&mut file, &bytes))
        .and_then(|()| fs::rename(&temporary, dir.join(format!("{key}.json"))));
    if written.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    written
}

/// Removes the entries no source of this build used, and temporary files killed builds left.
/// Only files named as this module names them are touched.
fn prune(dir: &Path, keys: &HashSet<String>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some((key, rest)) = name.split_once('.') else {
            continue;
        };
        if key.len() != 64 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        let unused = rest == "json" && !keys.contains(key);
        let stale = rest.starts_with("json.tmp-")
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|time| time.elapsed().is_ok_and(|age| age > STALE_TEMPORARY));
        if unused || stale {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

/// A `&'static str` field of an analysis, spelled as an alias so that serde's derive does not
/// take it for text borrowed from the entry (which would tie entries to `'static` input).
pub type StaticText = &'static str;

/// Deserialises a `&'static str` field. The analysers name rules, evidence and units with
/// static strings; an entry brings them back as text, kept once per distinct value (a few
/// dozen) so that the analysis types stay as the analysers made them.
pub(crate) fn interned<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<&'static str, D::Error> {
    String::deserialize(deserializer).map(intern)
}

/// `interned` for an optional field.
pub(crate) fn interned_option<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<&'static str>, D::Error> {
    Option::<String>::deserialize(deserializer).map(|text| text.map(intern))
}

fn intern(text: String) -> &'static str {
    static SEEN: OnceLock<Mutex<BTreeSet<&'static str>>> = OnceLock::new();
    let mut seen = SEEN
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = seen.get(text.as_str()) {
        return known;
    }
    let kept: &'static str = Box::leak(text.into_boxed_str());
    seen.insert(kept);
    kept
}

/// What a cache's tests write over a good entry: garbage, half of it, the entry of another
/// tool, and the entry with another key inside; each must be read afresh, never trusted.
#[cfg(test)]
pub(crate) fn untrusted_versions(good: &str, tool: &str, key: &str) -> [String; 4] {
    [
        "garbage \u{0}\u{1}".to_string(),
        good[..good.len() / 2].to_string(),
        good.replacen(tool, "0.0.0+0000000000000000", 1),
        good.replacen(key, &"0".repeat(64), 1),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> (tempfile::TempDir, ProjectFiles) {
        let tmp = tempfile::tempdir().unwrap();
        let files = ProjectFiles::open(tmp.path()).unwrap();
        (tmp, files)
    }

    fn source(id: &str, body: &str) -> LoadedSource {
        let mut source = super::super::tests::source(id, body);
        source.meta.published = crate::model::date::PartialDate::parse("2031-05-04");
        source
    }

    const BODY: &str = "The Lumen Canal Board closed the Orrin lock on Tuesday, 3 May 2031. \
        About 40 barges waited, said Tavi Marsh, the board's engineer.\n\n\
        The Lumen Canal Board (LCB) reopened it in June.\n";

    #[test]
    fn an_entry_gives_back_the_analysis_it_stored() {
        let (_tmp, files) = project();
        let sources = [
            source("lock", BODY),
            source("other", "Nothing happened here.\n"),
        ];
        let (cold, report) = analyse_all_cached(&files, &sources).unwrap();
        assert_eq!((report.reused, report.analysed), (0, 2));
        assert!(!cold[0].figures.is_empty() && !cold[0].times.is_empty());
        let (warm, report) = analyse_all_cached(&files, &sources).unwrap();
        assert_eq!((report.reused, report.analysed), (2, 0));
        assert_eq!(warm, cold);
        assert!(report.notes.is_empty(), "{:?}", report.notes);
    }

    #[test]
    fn the_key_covers_id_date_and_body() {
        let base = analysis_key(&source("lock", BODY));
        assert_eq!(base, analysis_key(&source("lock", BODY)));
        assert_ne!(base, analysis_key(&source("lock2", BODY)));
        assert_ne!(
            base,
            analysis_key(&source("lock", &BODY.replace("40", "41")))
        );
        let mut undated = source("lock", BODY);
        undated.meta.published = None;
        assert_ne!(base, analysis_key(&undated));
    }

    #[test]
    fn untrusted_entries_are_analysed_afresh_and_replaced() {
        let (tmp, files) = project();
        let sources = [source("lock", BODY)];
        let (cold, _) = analyse_all_cached(&files, &sources).unwrap();
        let entry = tmp
            .path()
            .join(CACHE_DIR)
            .join(format!("{}.json", analysis_key(&sources[0])));
        let good = fs::read_to_string(&entry).unwrap();
        for bad in super::untrusted_versions(&good, TOOL, &analysis_key(&sources[0])) {
            fs::write(&entry, &bad).unwrap();
            let (analyses, report) = analyse_all_cached(&files, &sources).unwrap();
            assert_eq!(analyses, cold);
            assert_eq!((report.reused, report.analysed), (0, 1));
            assert!(
                report.notes[0].contains("could not be trusted"),
                "{:?}",
                report.notes
            );
            assert_eq!(fs::read_to_string(&entry).unwrap(), good, "rewritten");
        }
    }

    #[test]
    fn unused_entries_are_removed_and_other_files_kept() {
        let (tmp, files) = project();
        analyse_all_cached(&files, &[source("lock", BODY)]).unwrap();
        let dir = tmp.path().join(CACHE_DIR);
        fs::write(dir.join("notes.txt"), "mine").unwrap();
        let edited = source("lock", &BODY.replace("40", "41"));
        analyse_all_cached(&files, std::slice::from_ref(&edited)).unwrap();
        let mut names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                format!("{}.json", analysis_key(&edited)),
                "notes.txt".into()
            ]
        );
    }

    #[test]
    fn a_cache_folder_linked_out_of_the_project_is_refused() {
        let (tmp, files) = project();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), tmp.path().join(".sourcebook")).unwrap();
        let error = analyse_all_cached(&files, &[source("lock", BODY)])
            .unwrap_err()
            .to_string();
        assert!(error.contains("outside the project"), "{error}");
        assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_linked_entry_is_not_followed() {
        let (tmp, files) = project();
        let sources = [source("lock", BODY)];
        analyse_all_cached(&files, &sources).unwrap();
        let entry = tmp
            .path()
            .join(CACHE_DIR)
            .join(format!("{}.json", analysis_key(&sources[0])));
        let elsewhere = tempfile::tempdir().unwrap();
        let outside = elsewhere.path().join("entry.json");
        fs::rename(&entry, &outside).unwrap();
        std::os::unix::fs::symlink(&outside, &entry).unwrap();
        let (_, report) = analyse_all_cached(&files, &sources).unwrap();
        assert_eq!(report.reused, 0, "an entry outside the project is not read");
        assert!(
            !fs::symlink_metadata(&entry).unwrap().is_symlink(),
            "replaced"
        );
    }
}
