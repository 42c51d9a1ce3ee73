//! Stage 1, load: book.toml and the content tree → `Project`. Every source file is parsed
//! and its original checked against the recorded sha256; all problems are reported together.

use crate::error::{Error, Location, Result};
use crate::load::config::Config;
use crate::load::curation::{
    load_actor_curation, load_discrepancy_curation, load_event_curation, load_theme_curation,
    ActorCuration, DiscrepancyCuration, EventCuration, ThemeCuration,
};
use crate::load::files::ProjectFiles;
use crate::load::frontmatter::load_md_files;
use crate::load::source_file as source;
use crate::model::ids::hex;
use crate::model::source::{Document, LoadedSource};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// A project as found on disk.
#[derive(Debug)]
pub struct Project {
    pub root: PathBuf,
    /// The project's files, read only where they resolve inside the project.
    pub files: ProjectFiles,
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
    /// content/discrepancies/*.md
    pub discrepancy_curation: Vec<DiscrepancyCuration>,
}

/// An original's text as pages show it. It passed the decoder when it was added, so the
/// lossy fallback only serves an original that was replaced by hand (its hash was updated).
fn original_text(original: &[u8]) -> String {
    let text = crate::text::decode::decode(original)
        .map(|d| d.text)
        .unwrap_or_else(|_| String::from_utf8_lossy(original).into_owned());
    text.replace("\r\n", "\n").replace('\r', "\n")
}

impl Project {
    pub fn content_dir(&self) -> PathBuf {
        self.root.join(&self.config.build.content_dir)
    }

    pub fn sources_dir(config: &Config, root: &Path) -> PathBuf {
        root.join(&config.build.content_dir).join("sources")
    }

    /// Opens the project at `root` and reads its book.toml, checking that the content folder
    /// resolves inside the project.
    pub fn open(root: &Path) -> Result<(ProjectFiles, Config)> {
        let files = ProjectFiles::open(root).map_err(|e| match e {
            Error::Io { .. } if !root.exists() => {
                crate::load::config::not_a_project(&root.join(crate::load::config::BOOK_FILE))
            }
            e => e,
        })?;
        let config = Config::load(&files)?;
        files.check_folder(&root.join(&config.build.content_dir))?;
        Ok((files, config))
    }

    pub fn load(root: &Path) -> Result<Project> {
        let (files, config) = Project::open(root)?;
        let content = root.join(&config.build.content_dir);
        let sources = load_md_files(
            &files,
            &Project::sources_dir(&config, root),
            |path, text| load_source(&files, path, text),
        )?;
        let index = content.join("index.md");
        let front_page = files.read_text(&index)?.map(|text| Document {
            path: index,
            text,
            first_line: 1,
        });
        let actor_curation = load_actor_curation(&files, &content.join("actors"))?;
        let event_curation = load_event_curation(&files, &content.join("events"))?;
        let theme_curation = load_theme_curation(&files, &content.join("themes"))?;
        let discrepancy_curation =
            load_discrepancy_curation(&files, &content.join("discrepancies"))?;
        Ok(Project {
            root: root.to_path_buf(),
            files,
            config,
            sources,
            front_page,
            actor_curation,
            event_curation,
            theme_curation,
            discrepancy_curation,
        })
    }
}

fn load_source(files: &ProjectFiles, path: &Path, text: &str) -> Result<LoadedSource> {
    let (meta, file) = source::parse_source_file(path, text)?;
    let body = file.body.to_string();
    let dir = path.parent().unwrap_or(Path::new("."));
    let original_path = dir.join(&meta.original);
    let missing = || {
        Error::input(
            Location::file(&original_path),
            format!("the original of source {:?} is missing", meta.id),
            "restore it from version control: the original is the archived evidence",
        )
    };
    let original = files.read(&original_path)?.ok_or_else(missing)?;
    if hex(&Sha256::digest(&original)) != meta.sha256 {
        return Err(Error::input(
            Location::file(&original_path),
            format!("the original of source {:?} no longer matches the sha256 in its front matter", meta.id),
            "originals must never change: restore it from version control (edit the .md file instead)",
        ));
    }
    let dropped_path = dir.join(format!("{}.dropped.toml", meta.id));
    let dropped = match files.read_text(&dropped_path)? {
        Some(text) => source::parse_dropped_file(&dropped_path, &text)?,
        None => Vec::new(),
    };
    Ok(LoadedSource {
        meta,
        body,
        path: path.to_path_buf(),
        dropped,
        original_text: original_text(&original),
        original,
    })
}
