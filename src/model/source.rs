//! Sources and editor documents as the pipeline carries them, and the front matter of a
//! source file (its format is read and written in `load::source_file`).

use crate::model::date::PartialDate;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The front matter of a source file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceMeta {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub outlet: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retrieved: Option<PartialDate>,
    /// File name of the verbatim original, beside this file.
    pub original: String,
    /// sha256 of the original's bytes, hex.
    pub sha256: String,
    #[serde(default = "default_language")]
    pub language: String,
    /// How the original's bytes were decoded, e.g. "utf-8", "utf-16le", "windows-1252".
    #[serde(default = "default_encoding")]
    pub encoding: String,
    /// How many lines or blocks of the original were dropped as boilerplate.
    #[serde(default)]
    pub dropped: usize,
}

fn default_language() -> String {
    "en".to_string()
}
fn default_encoding() -> String {
    "utf-8".to_string()
}

/// One line or block of an original that ingest dropped as boilerplate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DroppedLine {
    /// 1-based line of the original where it starts.
    pub line: usize,
    pub reason: String,
    pub text: String,
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
    /// The original's bytes, verbatim: published as they are.
    pub original: Vec<u8>,
    /// The original decoded once, at load, with `\n` line ends: what the original's page
    /// shows and what citations count lines in.
    pub original_text: String,
}

impl LoadedSource {
    /// A source held only in memory, its body its whole text: for corpora that never touch
    /// disk (evaluations, tests). `title` is the id; nothing is dropped and no original kept.
    pub fn in_memory(id: &str, published: Option<PartialDate>, body: &str) -> LoadedSource {
        LoadedSource {
            meta: SourceMeta {
                id: id.to_string(),
                title: id.to_string(),
                outlet: String::new(),
                byline: None,
                url: None,
                published,
                retrieved: None,
                original: format!("{id}.orig.txt"),
                sha256: String::new(),
                language: default_language(),
                encoding: default_encoding(),
                dropped: 0,
            },
            body: body.to_string(),
            path: PathBuf::from(format!("{id}.md")),
            dropped: Vec::new(),
            original: Vec::new(),
            original_text: String::new(),
        }
    }
}
