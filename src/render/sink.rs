//! Where the files of a site go as they are made. `build` streams them into the staging folder
//! (`emit::Staging`), so a page is held only while it is rendered and written; `check` and
//! `serve` keep them in memory (`Site`). Both take every file through one `Writer`, which
//! makes the last pass over the bytes (`bidi`) and remembers what a build must know of the
//! whole site: its paths, each page's key, how many pages were carried over.

use super::bidi;
use super::earlier::EarlierPage;
use crate::error::{Error, Location, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Takes the files of a site, from any thread; each path comes once.
pub trait Sink: Sync {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<()>;

    /// Puts a page carried over from the previous build, whose file holds exactly
    /// `page.bytes`. A sink that writes files may link that file rather than copy it.
    fn carry(&self, path: &str, page: EarlierPage) -> Result<()> {
        self.put(path, page.bytes)
    }

    /// Puts the file `write` writes a piece at a time. A sink that writes files streams it
    /// there, so a large file (data/briefing.json) is never whole in memory; the default
    /// gathers the pieces.
    fn put_streamed(&self, path: &str, write: &mut Stream<'_>) -> Result<()> {
        let mut bytes = Vec::new();
        write(&mut bytes).map_err(|e| Error::io(std::path::Path::new(path), "write", e))?;
        self.put(path, bytes)
    }
}

/// Writes a file's bytes, a piece at a time, to what it is given.
pub type Stream<'w> = dyn FnMut(&mut dyn std::io::Write) -> std::io::Result<()> + 'w;

/// How much of a streamed file is gathered before it goes through the last pass and out.
const STREAM_BLOCK: usize = 64 * 1024;

/// The output in memory: file contents by '/'-separated path relative to the output folder.
#[derive(Debug, Default)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Site {
    /// A site of text files, for tests of what reads or writes one.
    #[cfg(test)]
    pub fn of_texts(files: &[(&str, &str)]) -> Site {
        let files = files
            .iter()
            .map(|(path, text)| (path.to_string(), text.as_bytes().to_vec()))
            .collect();
        Site { files }
    }
}

/// A site being gathered in memory.
#[derive(Default)]
pub(super) struct MemorySink(Mutex<Site>);

impl MemorySink {
    pub(super) fn into_site(self) -> Site {
        self.0.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn put(&self, path: &str, bytes: Vec<u8>) -> Result<()> {
        let mut site = self.0.lock().unwrap_or_else(|e| e.into_inner());
        site.files.insert(path.to_string(), bytes);
        Ok(())
    }
}

/// What rendering tells the build about the site it made, beyond the files themselves.
#[derive(Debug, Default)]
pub struct Rendered {
    /// How many files the site has.
    pub files: usize,
    /// Each page's key (`earlier::page_key`) by path, when rendered with earlier pages at hand
    /// (a build through the cache); the next build carries over the pages whose key it meets.
    pub page_keys: BTreeMap<String, String>,
    /// How many pages were carried over from the earlier build instead of rendered.
    pub carried_over: usize,
}

/// A page as made: its path, its bytes or the earlier page carried over, and its key.
pub(super) struct Made {
    pub path: String,
    pub body: Body,
    pub key: Option<String>,
}

pub(super) enum Body {
    Rendered(Vec<u8>),
    /// Boxed: a page's file metadata is large beside a rendered page's buffer.
    Carried(Box<EarlierPage>),
}

/// Hands each file to the sink, once it has been through the last pass, and keeps the record.
pub(super) struct Writer<'s> {
    sink: &'s dyn Sink,
    /// Published byte for byte: the archived originals.
    verbatim: BTreeSet<String>,
    paths: Mutex<BTreeSet<String>>,
    page_keys: Mutex<BTreeMap<String, String>>,
    carried_over: AtomicUsize,
}

impl<'s> Writer<'s> {
    pub(super) fn new(sink: &'s dyn Sink, verbatim: BTreeSet<String>) -> Self {
        Writer {
            sink,
            verbatim,
            paths: Mutex::default(),
            page_keys: Mutex::default(),
            carried_over: AtomicUsize::new(0),
        }
    }

    /// Writes the file at `path`. A second file at one path is a bug (one would silently
    /// replace the other), so it is refused.
    pub(super) fn put(&self, path: String, mut bytes: Vec<u8>) -> Result<()> {
        if !self.verbatim.contains(&path) {
            bidi::neutralise(&path, &mut bytes);
        }
        self.claim(&path)?;
        self.sink.put(&path, bytes)
    }

    /// Writes the file at `path` as `write` makes it, through the last pass a block at a
    /// time.
    pub(super) fn put_streamed(&self, path: String, write: &mut Stream<'_>) -> Result<()> {
        self.claim(&path)?;
        if self.verbatim.contains(&path) || !bidi::is_text(&path) {
            return self.sink.put_streamed(&path, write);
        }
        self.sink.put_streamed(&path, &mut |out| {
            let mut buffered =
                std::io::BufWriter::with_capacity(STREAM_BLOCK, bidi::Neutralising::new(out));
            write(&mut buffered)?;
            buffered.into_inner()?.finish().map(drop)
        })
    }

    /// Writes a page, recording its key and whether it was carried over. A carried page
    /// skips the last pass: the same program (its key holds `PROGRAM`) wrote it through
    /// that pass, and its file still hashes as written.
    pub(super) fn put_made(&self, made: Made) -> Result<()> {
        if let Some(key) = made.key {
            let mut keys = self.page_keys.lock().unwrap_or_else(|e| e.into_inner());
            keys.insert(made.path.clone(), key);
        }
        match made.body {
            Body::Rendered(bytes) => self.put(made.path, bytes),
            Body::Carried(page) => {
                self.carried_over.fetch_add(1, Ordering::Relaxed);
                self.claim(&made.path)?;
                self.sink.carry(&made.path, *page)
            }
        }
    }

    /// Records `path` as written; a second file at one path is refused.
    fn claim(&self, path: &str) -> Result<()> {
        if self.lock_paths().insert(path.to_string()) {
            return Ok(());
        }
        Err(Error::input(
            Location::file(path),
            "two files of the site were given this one path",
            "this is a bug in sourcebook or a template override; please report it",
        ))
    }

    pub(super) fn has(&self, path: &str) -> bool {
        self.lock_paths().contains(path)
    }

    /// The paths written so far, in order.
    pub(super) fn paths(&self) -> Vec<String> {
        self.lock_paths().iter().cloned().collect()
    }

    fn lock_paths(&self) -> std::sync::MutexGuard<'_, BTreeSet<String>> {
        self.paths.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn finish(self) -> Rendered {
        let files = self.lock_paths().len();
        Rendered {
            files,
            page_keys: self
                .page_keys
                .into_inner()
                .unwrap_or_else(|e| e.into_inner()),
            carried_over: self.carried_over.into_inner(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_written_once_and_texts_lose_their_bidi_controls() {
        let sink = MemorySink::default();
        let verbatim = BTreeSet::from(["sources/a.txt".to_string()]);
        let writer = Writer::new(&sink, verbatim);
        writer.put("a.html".into(), "x\u{202e}y".into()).unwrap();
        writer
            .put("sources/a.txt".into(), "x\u{202e}y".into())
            .unwrap();
        let twice = writer.put("a.html".into(), b"again".to_vec()).unwrap_err();
        assert!(twice.to_string().contains("a.html"), "{twice}");
        let file = tempfile::NamedTempFile::new().unwrap();
        let page = Made {
            path: "b.html".into(),
            body: Body::Carried(Box::new(EarlierPage {
                bytes: b"b".to_vec(),
                sha256: "the sha256 of b".into(),
                file: file.path().to_path_buf(),
                metadata: file.as_file().metadata().unwrap(),
            })),
            key: Some("k".into()),
        };
        writer.put_made(page).unwrap();
        assert!(writer.has("b.html") && !writer.has("c.html"));
        let rendered = writer.finish();
        assert_eq!((rendered.files, rendered.carried_over), (3, 1));
        assert_eq!(rendered.page_keys["b.html"], "k");
        let site = sink.into_site();
        assert_eq!(site.files["a.html"], "x\u{fffd}y".as_bytes());
        assert_eq!(site.files["sources/a.txt"], "x\u{202e}y".as_bytes());
    }
}
