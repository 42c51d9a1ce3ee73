//! Each source's text as the event stage reads it (`TextReading`: above all the headline of
//! every dated claim), kept in the build cache between builds: on a rebuild after one source
//! was added, reading every other source again was the largest part of resolving events.
//! Called by lib.rs with the analyses, so that resolving stays a pure function of its inputs.
//!
//! Entries live in `.sourcebook/cache/readings/`, kept like the analyses' (see
//! `analyse::cache`): named by the sha256 of the code's fingerprint and the source's analysis
//! key, repeating both inside; an entry that is damaged, foreign or made by other code is read
//! afresh and overwritten, and removed once no source of the build uses it.

use super::candidates::{read_text, TextReading};
use crate::analyse::cache::{analysis_key, through_cache, CacheReport, Shelf};
use crate::analyse::Analysis;
use crate::error::Result;
use crate::load::files::ProjectFiles;
use crate::model::ids::hex;
use crate::model::source::LoadedSource;
use sha2::{Digest, Sha256};

/// The cache's folder, relative to the project.
pub const CACHE_DIR: &str = ".sourcebook/cache/readings";

/// The code that made an entry: the package version and the whole program's fingerprint
/// (build.rs; the one pages are keyed by), since a reading is made by the event stage and
/// everything below it, and a narrower fingerprint could trust a stale entry.
const TOOL: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("SOURCEBOOK_PROGRAM_FINGERPRINT")
);

const READINGS: Shelf = Shelf {
    folder: CACHE_DIR,
    tool: TOOL,
    remade: ["its source was read again", "their sources were read again"],
};

/// `read_text` of each source's analysis (`analyses[i]` is `sources[i]`'s), from the cache
/// where it can be trusted; counts and notes go to `report`. An error only when the cache
/// folder would lie outside the project.
pub fn read_texts_cached(
    files: &ProjectFiles,
    sources: &[LoadedSource],
    analyses: &[Analysis],
    report: &mut CacheReport,
) -> Result<Vec<TextReading>> {
    let items: Vec<(&LoadedSource, &Analysis)> = sources.iter().zip(analyses).collect();
    let shelved = through_cache(
        files,
        &READINGS,
        &items,
        |(source, _)| key(source),
        |(source, analysis)| read_text(source.meta.published, analysis),
    )?;
    report.readings_reused += shelved.reused;
    report.read += shelved.made;
    report.notes.extend(shelved.notes);
    Ok(shelved.values)
}

/// An entry's name: the sha256 of the code and of the source's analysis key (which covers its
/// id, publication date and body), separated by a byte neither holds.
fn key(source: &LoadedSource) -> String {
    let mut hasher = Sha256::new();
    hasher.update(TOOL.as_bytes());
    hasher.update([0]);
    hasher.update(analysis_key(source).as_bytes());
    hex(&hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::analyse;
    use std::fs;

    fn source(id: &str, body: &str, published: &str) -> LoadedSource {
        LoadedSource::in_memory(id, crate::model::date::PartialDate::parse(published), body)
    }

    const BODY: &str = "The Lumen Canal Board closed the Orrin lock on 3 May 2031, said Tavi \
        Marsh, the board's engineer. The board reopened it in June 2031.\n";

    /// Reads the sources through the cache of the project at `files`: the readings and the
    /// (reused, read) counts and notes.
    fn read(
        files: &ProjectFiles,
        sources: &[LoadedSource],
    ) -> (Vec<TextReading>, (usize, usize), Vec<String>) {
        let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
        let mut report = CacheReport::default();
        let readings = read_texts_cached(files, sources, &analyses, &mut report).unwrap();
        (
            readings,
            (report.readings_reused, report.read),
            report.notes,
        )
    }

    #[test]
    fn a_reading_comes_back_from_the_cache_as_it_was_made() {
        let tmp = tempfile::tempdir().unwrap();
        let files = ProjectFiles::open(tmp.path()).unwrap();
        let sources = [source("lock", BODY, "2031-06-10")];
        let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
        let fresh = read_text(sources[0].meta.published, &analyses[0]);
        assert!(
            fresh.claims.iter().any(|c| !c.dates.is_empty()),
            "the fixture dates a claim: {fresh:?}"
        );
        let (cold, counts, _) = read(&files, &sources);
        assert_eq!(
            (cold.as_slice(), counts),
            (std::slice::from_ref(&fresh), (0, 1))
        );
        let (warm, counts, notes) = read(&files, &sources);
        assert_eq!((warm, counts), (vec![fresh], (1, 0)));
        assert!(notes.is_empty(), "{notes:?}");
        // Another publication date is another analysis, so another entry.
        let (_, counts, _) = read(&files, &[source("lock", BODY, "2031-06-11")]);
        assert_eq!(counts, (0, 1));
    }

    #[test]
    fn a_damaged_or_foreign_entry_is_read_afresh_and_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let files = ProjectFiles::open(tmp.path()).unwrap();
        let sources = [source("lock", BODY, "2031-06-10")];
        let (cold, _, _) = read(&files, &sources);
        let entry = tmp
            .path()
            .join(CACHE_DIR)
            .join(format!("{}.json", key(&sources[0])));
        let good = fs::read_to_string(&entry).unwrap();
        // A well-formed entry of the right tool and key that says something else is trusted
        // (the key vouches for it); one whose key inside is another is not.
        for bad in crate::analyse::cache::untrusted_versions(&good, TOOL, &key(&sources[0])) {
            fs::write(&entry, &bad).unwrap();
            let (readings, counts, notes) = read(&files, &sources);
            assert_eq!((&readings, counts), (&cold, (0, 1)));
            assert!(notes[0].contains("could not be trusted"), "{notes:?}");
            assert_eq!(fs::read_to_string(&entry).unwrap(), good, "rewritten");
        }
    }
}
