//! The `add` verb: bytes and metadata in, a source file and its verbatim original out.
//! Everything is prepared in memory and checked first; files are only written once the
//! whole batch is known to be good, and an existing file is never overwritten.

pub mod blocks;
pub mod boilerplate;
pub mod header;
pub mod html;
pub mod manifest;

use crate::error::{Error, Location, Result};
use crate::load::files::ProjectFiles;
use crate::load::source_file::{self as source, render_dropped_file, render_source_file};
use crate::model::date::{self, PartialDate};
use crate::model::ids::{hex, short_source_id, site_of, validate_id, MADE_ID_MAX};
use crate::model::source::{DroppedLine, SourceMeta};
use crate::text::decode;
use blocks::{collapse_spaces, text_blocks, Block};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the editor said on the command line about the files being added.
#[derive(Debug, Clone, Default)]
pub struct AddOptions {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub byline: Option<String>,
    pub id: Option<String>,
    /// Keep every line: no boilerplate removal.
    pub keep_all: bool,
    /// Language for sources that do not declare one.
    pub default_language: String,
}

/// A source ready to be written.
#[derive(Debug)]
pub struct Ingested {
    pub meta: SourceMeta,
    pub body: String,
    pub dropped: Vec<DroppedLine>,
    pub original: Vec<u8>,
    pub input: PathBuf,
}

/// Sources already in the project: their ids and the sha256 of their originals.
#[derive(Debug, Default)]
pub struct Existing {
    pub ids: BTreeSet<String>,
    pub hashes: BTreeMap<String, String>,
}

impl Existing {
    /// Reads the ids and hashes of `sources_dir`'s source files.
    pub fn scan(files: &ProjectFiles, sources_dir: &Path) -> Result<Existing> {
        let mut existing = Existing::default();
        for (name, path) in files.list(sources_dir, false)? {
            if let Some((id, _)) = name.split_once(".orig.") {
                existing.ids.insert(id.to_string());
            }
            if name.ends_with(".md") {
                let text = files.read_text(&path)?.unwrap_or_default();
                let (meta, _) = source::parse_source_file(&path, &text)?;
                existing.hashes.insert(meta.sha256, meta.id.clone());
                existing.ids.insert(meta.id);
            }
        }
        Ok(existing)
    }
}

/// Lists the files an argument names: the file itself, or a folder's text and HTML files
/// (hidden files skipped), in a stable order.
pub fn expand_inputs(inputs: &[PathBuf]) -> Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for input in inputs {
        let metadata = fs::metadata(input).map_err(|e| Error::io(input, "read", e))?;
        if !metadata.is_dir() {
            files.push(input.clone());
            continue;
        }
        for entry in walkdir::WalkDir::new(input).sort_by_file_name() {
            let entry = entry.map_err(|e| Error::io(input, "walk the folder", e.into()))?;
            let hidden = entry.file_name().to_string_lossy().starts_with('.') && entry.depth() > 0;
            if hidden || !entry.file_type().is_file() {
                continue;
            }
            let path = entry.into_path();
            if has_source_extension(&path) {
                files.push(path);
            } else {
                skipped.push(path);
            }
        }
    }
    Ok((files, skipped))
}

fn has_source_extension(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    matches!(
        ext.as_str(),
        "txt" | "text" | "md" | "html" | "htm" | "xhtml"
    )
}

/// One file to add, with what the editor said about it.
#[derive(Debug, Clone)]
pub struct Job {
    pub file: PathBuf,
    pub options: AddOptions,
}

/// The files of one `add` command line, each with its flags. A flag that names one source
/// (--title, --id, --url) is refused for several files: a manifest gives each its own.
pub fn jobs_for(files: &[PathBuf], options: &AddOptions) -> Result<Vec<Job>> {
    if files.len() > 1 {
        for (flag, given) in [
            ("--title", options.title.is_some()),
            ("--id", options.id.is_some()),
            ("--url", options.url.is_some()),
        ] {
            if given {
                return Err(Error::input(
                    Location::file(&files[0]),
                    format!(
                        "{flag} names one source, but {} files were given",
                        files.len()
                    ),
                    "add files one at a time, or list them with their titles, ids and urls in \
                     a manifest (`sourcebook add --manifest sources.csv`)",
                ));
            }
        }
    }
    Ok(files
        .iter()
        .map(|file| Job {
            file: file.clone(),
            options: options.clone(),
        })
        .collect())
}

/// Prepares every job in memory, reporting all problems at once. `progress` is told
/// after each file (done, total, file).
pub fn prepare_all(
    jobs: &[Job],
    existing: &Existing,
    progress: &mut dyn FnMut(usize, usize, &Path),
) -> Result<Vec<Ingested>> {
    let mut taken = existing.ids.clone();
    // A made id must not take an id that a later job gives explicitly.
    let mut taken_or_given = taken.clone();
    taken_or_given.extend(jobs.iter().filter_map(|j| j.options.id.clone()));
    let mut hashes = existing.hashes.clone();
    let mut ready = Vec::new();
    let mut errors = Vec::new();
    for (i, job) in jobs.iter().enumerate() {
        let file = &job.file;
        let taken_here = if job.options.id.is_some() {
            &taken
        } else {
            &taken_or_given
        };
        match fs::read(file)
            .map_err(|e| Error::io(file, "read", e))
            .and_then(|bytes| ingest(file, bytes, &job.options, taken_here, &hashes))
        {
            Ok(ingested) => {
                taken.insert(ingested.meta.id.clone());
                taken_or_given.insert(ingested.meta.id.clone());
                hashes.insert(ingested.meta.sha256.clone(), ingested.meta.id.clone());
                ready.push(ingested);
            }
            Err(error) => errors.push(error),
        }
        progress(i + 1, jobs.len(), file);
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(ready),
    }
}

/// Turns one file's bytes into a source, or says why it cannot be one.
pub fn ingest(
    input: &Path,
    bytes: Vec<u8>,
    options: &AddOptions,
    taken_ids: &BTreeSet<String>,
    known_hashes: &BTreeMap<String, String>,
) -> Result<Ingested> {
    let fail = |message: String, help: &str| Error::input(Location::file(input), message, help);
    let sha256 = hex(&Sha256::digest(&bytes));
    if let Some(id) = known_hashes.get(&sha256) {
        return Err(fail(
            format!("this file is already in the project as source {id:?} (same sha256)"),
            "nothing to do; to replace that source, delete its files in content/sources first",
        ));
    }
    let decoded = decode::decode(&bytes).map_err(|e| fail(e.to_string(), e.help()))?;
    let text = decode::normalise(&decoded.text);
    let is_html = looks_like_html(input, &text);
    let page = if is_html {
        read_html(&text)
    } else {
        Page::from_blocks(text_blocks(&text))
    };
    let mut cleaned = boilerplate::clean(page.blocks, options.keep_all);
    if cleaned.kept.is_empty() {
        return Err(fail(
            "no article text is left after removing boilerplate".into(),
            "check the file; to keep every line and edit the text by hand, add it with --keep-all",
        ));
    }

    let header = if options.keep_all {
        header::Header::default()
    } else {
        header::read(&mut cleaned)
    };
    let title = options
        .title
        .clone()
        .or(page.title)
        .or(header.title.clone())
        .unwrap_or_else(|| title_from_file_name(input));
    let url = options.url.clone().or(page.url).or(header.url.clone());
    let published = options.published.or(page.published).or(header.published);
    let byline = options
        .byline
        .clone()
        .or(page.byline)
        .or(header.byline.clone());
    header::mark_used(&mut cleaned.dropped, &header, &title, |field| match field {
        header::Field::Title => header.title.as_ref() == Some(&title),
        header::Field::Url => header.url == url,
        header::Field::Published => header.published == published,
        header::Field::Byline => header.byline == byline,
    });
    if let Some(url) = &url {
        if !crate::text::url::is_http_url(url) {
            return Err(fail(
                format!("url {url:?} is not an http(s) address"),
                "give the page's web address, or leave --url out",
            ));
        }
    }
    // One line, like the title: a line break would make a multi-line TOML string, and a
    // `+++` line inside it would end the front matter.
    let outlet = collapse_spaces(
        &options
            .outlet
            .clone()
            .or(page.site_name)
            .unwrap_or_default(),
    );
    let site = Some(outlet.clone())
        .filter(|o| !o.is_empty())
        .or_else(|| url.as_deref().and_then(site_of));
    let made_id = short_source_id(site.as_deref(), published, &title);
    let id = choose_id(options.id.as_deref(), &made_id, input, taken_ids)
        .map_err(|m| fail(m, "choose another id with --id"))?;
    let body = cleaned
        .kept
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
        + "\n";
    let extension = if is_html { "html" } else { "txt" };
    let meta = SourceMeta {
        original: format!("{id}.orig.{extension}"),
        id,
        title: collapse_spaces(&title),
        outlet,
        byline: byline.map(|b| collapse_spaces(&b)),
        url,
        published,
        retrieved: Some(date::today()),
        sha256,
        language: page
            .language
            .unwrap_or_else(|| options.default_language.clone()),
        encoding: decoded.encoding,
        dropped: cleaned
            .dropped
            .iter()
            .filter(|d| d.is_boilerplate())
            .count(),
    };
    Ok(Ingested {
        meta,
        body,
        dropped: cleaned.dropped,
        original: bytes,
        input: input.to_path_buf(),
    })
}

/// What a page says about itself, and its blocks of text.
#[derive(Default)]
struct Page {
    blocks: Vec<Block>,
    title: Option<String>,
    byline: Option<String>,
    published: Option<PartialDate>,
    url: Option<String>,
    site_name: Option<String>,
    language: Option<String>,
}

impl Page {
    fn from_blocks(blocks: Vec<Block>) -> Page {
        Page {
            blocks,
            ..Page::default()
        }
    }
}

fn looks_like_html(path: &Path, text: &str) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let start = text
        .trim_start()
        .get(..15)
        .unwrap_or_default()
        .to_ascii_lowercase();
    matches!(ext.as_str(), "html" | "htm" | "xhtml")
        || start.starts_with("<!doctype html")
        || start.starts_with("<html")
}

/// The article of an HTML page: its blocks with what the markup says about them, and its
/// metadata. Blocks outside an <article>/<main> element, when the page has one, are boilerplate.
fn read_html(text: &str) -> Page {
    let article = html::extract_article(text);
    let has_main = article
        .blocks
        .iter()
        .any(|b| b.in_main && b.dropped.is_none());
    let blocks = article
        .blocks
        .into_iter()
        .map(|b| Block {
            text: b.text,
            line: b.line,
            hint: blocks::Hint {
                heading: matches!(b.kind, html::BlockKind::Heading(_)),
                caption: b.kind == html::BlockKind::Caption,
                link_chars: b.link_chars,
                structural: b
                    .dropped
                    .or((has_main && !b.in_main).then_some("outside the page's <article> element")),
                related_prefix: false,
            },
        })
        .collect();
    Page {
        blocks,
        title: article
            .title
            .map(|t| collapse_spaces(&t))
            .filter(|t| !t.is_empty()),
        byline: article.byline.filter(|b| !b.trim().is_empty()),
        published: article
            .published
            .and_then(|p| PartialDate::parse(p.get(..10).unwrap_or(&p))),
        url: article.url,
        site_name: article.site_name,
        language: article.language.map(|l| l.to_ascii_lowercase()),
    }
}

fn title_from_file_name(path: &Path) -> String {
    path.file_stem().map_or_else(
        || "Untitled source".to_string(),
        |s| s.to_string_lossy().replace(['_', '-'], " "),
    )
}

/// The id given with --id (which must be free), or the one made for the source, made unique
/// with "-2", "-3"… within `MADE_ID_MAX` characters.
fn choose_id(
    given: Option<&str>,
    made: &str,
    input: &Path,
    taken: &BTreeSet<String>,
) -> std::result::Result<String, String> {
    if let Some(id) = given {
        validate_id(id)?;
        if taken.contains(id) {
            return Err(format!("a source with id {id:?} already exists"));
        }
        return Ok(id.to_string());
    }
    let mut base = made.to_string();
    if base.is_empty() {
        base = short_source_id(
            None,
            None,
            &input.file_stem().unwrap_or_default().to_string_lossy(),
        );
    }
    if base.is_empty() {
        base = "source".to_string();
    }
    let mut candidate = base.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        let suffix = format!("-{n}");
        let room = MADE_ID_MAX.saturating_sub(suffix.len()).min(base.len());
        candidate = format!("{}{suffix}", base[..room].trim_end_matches('-'));
        n += 1;
    }
    Ok(candidate)
}

/// Writes the prepared sources, all or nothing: files are created, never replaced, and when
/// one cannot be written (a full disk, say) every file this batch already wrote is removed
/// again, and the error says so.
pub fn write_all(sources_dir: &Path, ingested: &[Ingested]) -> Result<()> {
    fs::create_dir_all(sources_dir).map_err(|e| Error::io(sources_dir, "create the folder", e))?;
    let mut written: Vec<PathBuf> = Vec::new();
    for source in ingested {
        let id = &source.meta.id;
        let files = [
            (
                sources_dir.join(&source.meta.original),
                source.original.clone(),
            ),
            (
                sources_dir.join(format!("{id}.dropped.toml")),
                render_dropped_file(&source.dropped).into_bytes(),
            ),
            (
                sources_dir.join(format!("{id}.md")),
                render_source_file(&source.meta, &source.body).into_bytes(),
            ),
        ];
        for (path, bytes) in files {
            if let Err(error) = create_new(&path, &bytes) {
                return Err(undo(written, error));
            }
            written.push(path);
        }
    }
    Ok(())
}

/// Removes what a failed batch wrote, and tells the truth about it in the error.
fn undo(written: Vec<PathBuf>, error: Error) -> Error {
    let left: Vec<String> = written
        .iter()
        .filter(|path| fs::remove_file(path).is_err())
        .map(|path| path.display().to_string())
        .collect();
    let outcome = if left.is_empty() {
        format!(
            "nothing was added ({} file{} already written by this batch removed again)",
            written.len(),
            if written.len() == 1 { " was" } else { "s were" }
        )
    } else {
        format!(
            "these files of the batch were written and could not be removed again: {}",
            left.join(", ")
        )
    };
    let help = if left.is_empty() {
        "fix the cause (free some disk space, say) and run the same `sourcebook add` again"
    } else {
        "delete the files listed, fix the cause and run the same `sourcebook add` again"
    };
    let (location, message) = match error {
        Error::Input {
            location, message, ..
        } => (*location, message),
        Error::Io {
            path,
            action,
            cause,
        } => (Location::file(path), format!("could not {action}: {cause}")),
        other => (
            Location::file(written.first().cloned().unwrap_or_default()),
            other.to_string(),
        ),
    };
    Error::input(location, format!("{message}; {outcome}"), help)
}

/// Creates `path` with `bytes`; fails if it exists. A partial file is removed on failure.
fn create_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Error::input(
                    Location::file(path),
                    "this file already exists and will not be overwritten",
                    "choose another id with --id",
                )
            } else {
                Error::io(path, "create", e)
            }
        })?;
    file.write_all(bytes)
        .and_then(|_| file.sync_all())
        .map_err(|e| {
            let _ = fs::remove_file(path);
            Error::io(path, "write", e)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> AddOptions {
        AddOptions {
            default_language: "en".into(),
            ..AddOptions::default()
        }
    }

    /// The test article added with `opts`, into a project with nothing in it.
    fn add(opts: &AddOptions) -> Result<Ingested> {
        ingest(
            Path::new("in.txt"),
            ARTICLE.as_bytes().to_vec(),
            opts,
            &BTreeSet::new(),
            &BTreeMap::new(),
        )
    }

    const ARTICLE: &str = "Menu\nHome\n\nThe regional council approved the new water budget on Tuesday after a long debate, and the mayor said the money would arrive soon.\n\nFarmers said they doubted it.\n";

    #[test]
    fn ids_are_made_unique_unless_given() {
        let taken: BTreeSet<String> = ["water-budget".to_string()].into();
        assert_eq!(
            choose_id(None, "water-budget", Path::new("a.txt"), &taken).unwrap(),
            "water-budget-2"
        );
        let long = "x".repeat(MADE_ID_MAX);
        let full: BTreeSet<String> = [long.clone()].into();
        let second = choose_id(None, &long, Path::new("a.txt"), &full).unwrap();
        assert_eq!(second.len(), MADE_ID_MAX);
        assert!(second.ends_with("-2"));
        assert_eq!(
            choose_id(None, "", Path::new("Pier notes.txt"), &full).unwrap(),
            "pier-notes"
        );
        assert!(choose_id(Some("water-budget"), "x", Path::new("a.txt"), &taken).is_err());
        assert!(choose_id(Some("../x"), "x", Path::new("a.txt"), &taken).is_err());
    }

    #[test]
    fn an_outlet_given_on_two_lines_is_stored_on_one() {
        let mut opts = options();
        opts.outlet = Some("Harbour\n+++\nGazette".into());
        let got = add(&opts).unwrap();
        assert_eq!(got.meta.outlet, "Harbour +++ Gazette");
        let file = render_source_file(&got.meta, &got.body);
        let path = PathBuf::from(format!("{}.md", got.meta.id));
        let (meta, _) = source::parse_source_file(&path, &file).unwrap();
        assert_eq!(meta, got.meta);
    }

    #[test]
    fn a_text_source_gets_its_metadata_and_clean_body() {
        let mut opts = options();
        opts.title = Some("Water budget".into());
        let got = add(&opts).unwrap();
        assert_eq!(got.meta.id, "water-budget");
        assert_eq!(got.meta.original, "water-budget.orig.txt");
        assert_eq!(got.meta.dropped, 2);
        assert!(got.body.starts_with("The regional council"));
        assert!(got.body.ends_with("Farmers said they doubted it.\n"));
        assert_eq!(got.original, ARTICLE.as_bytes());
    }

    #[test]
    fn url_schemes_are_case_insensitive_and_the_url_is_kept_as_given() {
        let add = |url: &str| {
            let mut opts = options();
            opts.url = Some(url.into());
            add(&opts)
        };
        let got = add("HTTPS://Example.org/Water").unwrap();
        assert_eq!(got.meta.url.as_deref(), Some("HTTPS://Example.org/Water"));
        assert!(add("Http://example.org").is_ok());
        let err = add("FTP://example.org").unwrap_err().to_string();
        assert!(err.contains("not an http(s) address"), "{err}");
    }

    #[test]
    fn duplicates_are_refused() {
        let hash = hex(&Sha256::digest(ARTICLE.as_bytes()));
        let known: BTreeMap<String, String> = [(hash, "first".to_string())].into();
        let err = ingest(
            Path::new("in.txt"),
            ARTICLE.as_bytes().to_vec(),
            &options(),
            &BTreeSet::new(),
            &known,
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("already in the project as source \"first\""),
            "{err}"
        );
    }
}
