//! Stage 1, load: book.toml and the content tree → `Project`. Every source file is parsed
//! and its original checked against the recorded sha256; all problems are reported together.

use crate::config::Config;
use crate::curation::{
    load_actor_curation, load_event_curation, load_theme_curation, ActorCuration, EventCuration,
    ThemeCuration,
};
use crate::error::{Error, Location, Result};
use crate::frontmatter::load_md_files;
use crate::ids::hex;
use crate::source::{self, DroppedLine, SourceMeta};
use sha2::{Digest, Sha256};
use std::fs;
use std::path::{Path, PathBuf};

/// A project as found on disk.
#[derive(Debug)]
pub struct Project {
    pub root: PathBuf,
    pub config: Config,
    pub sources: Vec<LoadedSource>,
    /// content/index.md, the editor's front page, if there is one.
    pub front_page: Option<Document>,
    /// content/actors/*.md
    pub actor_curation: Vec<ActorCuration>,
    /// content/events/*.md
    pub event_curation: Vec<EventCuration>,
    /// content/themes/*.md
    pub theme_curation: Vec<ThemeCuration>,
}

/// An editor-written markdown file.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    /// The file line `text` starts at (after front matter, for curation bodies).
    pub first_line: usize,
}

impl Document {
    /// A curation file's body as a summary; `None` when it is blank.
    pub fn summary(path: &Path, body: &str, body_line: usize) -> Option<Document> {
        (!body.trim().is_empty()).then(|| Document {
            path: path.to_path_buf(),
            text: body.to_string(),
            first_line: body_line,
        })
    }
}

/// A source as stored: metadata, the cleaned text (the body, byte for byte), what ingest
/// dropped, and the verbatim original.
#[derive(Debug, Clone)]
pub struct LoadedSource {
    pub meta: SourceMeta,
    pub body: String,
    pub path: PathBuf,
    pub dropped: Vec<DroppedLine>,
    pub original: Vec<u8>,
}

impl Project {
    pub fn content_dir(&self) -> PathBuf {
        self.root.join(&self.config.build.content_dir)
    }

    pub fn sources_dir(config: &Config, root: &Path) -> PathBuf {
        root.join(&config.build.content_dir).join("sources")
    }

    pub fn load(root: &Path) -> Result<Project> {
        let config = Config::load(root)?;
        let content = root.join(&config.build.content_dir);
        let sources = load_sources(&Project::sources_dir(&config, root))?;
        let index = content.join("index.md");
        let front_page = match fs::read_to_string(&index) {
            Ok(text) => Some(Document {
                path: index,
                text,
                first_line: 1,
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(Error::io(&index, "read", e)),
        };
        let actor_curation = load_actor_curation(&content.join("actors"))?;
        let event_curation = load_event_curation(&content.join("events"))?;
        let theme_curation = load_theme_curation(&content.join("themes"))?;
        Ok(Project {
            root: root.to_path_buf(),
            config,
            sources,
            front_page,
            actor_curation,
            event_curation,
            theme_curation,
        })
    }
}

fn load_sources(dir: &Path) -> Result<Vec<LoadedSource>> {
    load_md_files(dir, load_source)
}

fn load_source(path: &Path) -> Result<LoadedSource> {
    let text = fs::read_to_string(path).map_err(|e| Error::io(path, "read", e))?;
    let (meta, file) = source::parse_source_file(path, &text)?;
    let body = file.body.to_string();
    let dir = path.parent().unwrap_or(Path::new("."));
    let original_path = dir.join(&meta.original);
    let original = fs::read(&original_path).map_err(|e| {
        Error::input(
            Location::file(&original_path),
            format!("the original of source {:?} cannot be read: {e}", meta.id),
            "restore it from version control: the original is the archived evidence",
        )
    })?;
    if hex(&Sha256::digest(&original)) != meta.sha256 {
        return Err(Error::input(
            Location::file(&original_path),
            format!("the original of source {:?} no longer matches the sha256 in its front matter", meta.id),
            "originals must never change: restore it from version control (edit the .md file instead)",
        ));
    }
    let dropped_path = dir.join(format!("{}.dropped.toml", meta.id));
    let dropped = match fs::read_to_string(&dropped_path) {
        Ok(text) => source::parse_dropped_file(&dropped_path, &text)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(Error::io(&dropped_path, "read", e)),
    };
    Ok(LoadedSource {
        meta,
        body,
        path: path.to_path_buf(),
        dropped,
        original,
    })
}
