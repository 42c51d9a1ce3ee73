//! book.toml: the project's settings. Unknown keys are errors, so a typo never goes unnoticed.

use crate::error::{toml_error, Error, Location, Result};
use crate::load::files::{is_inside_relative, ProjectFiles};
use serde::Deserialize;
use std::path::{Path, PathBuf};

pub const BOOK_FILE: &str = "book.toml";

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub book: BookSection,
    #[serde(default)]
    pub build: BuildSection,
    #[serde(default)]
    pub site: SiteSection,
    #[serde(default)]
    pub extract: ExtractSection,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BookSection {
    #[serde(default = "default_title")]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "default_language")]
    pub language: String,
    #[serde(default)]
    pub authors: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct BuildSection {
    #[serde(default = "default_content_dir")]
    pub content_dir: PathBuf,
    #[serde(default = "default_build_dir")]
    pub build_dir: PathBuf,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SiteSection {
    /// Only for absolute links in feeds and sitemaps; pages never need it.
    pub base_url: Option<String>,
}

/// Knobs of the extraction stages, each with a default.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ExtractSection {
    /// An actor gets a page only with at least this many mentions (curated actors always do).
    #[serde(default = "default_min_mentions")]
    pub min_mentions: usize,
    /// A quote that is no longer in its source re-anchors to the closest passage only when
    /// at least this similar (0–1); below, the citation is an error.
    #[serde(default = "default_reanchor_similarity")]
    pub reanchor_similarity: f64,
}

fn default_min_mentions() -> usize {
    2
}

fn default_reanchor_similarity() -> f64 {
    0.9
}

impl Default for ExtractSection {
    fn default() -> Self {
        ExtractSection {
            min_mentions: default_min_mentions(),
            reanchor_similarity: default_reanchor_similarity(),
        }
    }
}

fn default_title() -> String {
    "Untitled briefing".to_string()
}
fn default_language() -> String {
    "en".to_string()
}
fn default_content_dir() -> PathBuf {
    PathBuf::from("content")
}
fn default_build_dir() -> PathBuf {
    PathBuf::from("site")
}

impl Default for BookSection {
    fn default() -> Self {
        BookSection {
            title: default_title(),
            description: String::new(),
            language: default_language(),
            authors: Vec::new(),
        }
    }
}

impl Default for BuildSection {
    fn default() -> Self {
        BuildSection {
            content_dir: default_content_dir(),
            build_dir: default_build_dir(),
        }
    }
}

impl Config {
    /// Reads the project's book.toml. A project must have one: it is how we know a folder is
    /// a project.
    pub fn load(files: &ProjectFiles) -> Result<Config> {
        let path = files.root().join(BOOK_FILE);
        let Some(text) = files.read_text(&path)? else {
            return Err(not_a_project(&path));
        };
        let config: Config = toml::from_str(&text).map_err(|e| {
            toml_error(
                &path,
                &text,
                1,
                &e,
                "see README.md for the keys of [book], [build], [site] and [extract]",
            )
        })?;
        config.validate(&path, &text)?;
        Ok(config)
    }

    fn validate(&self, path: &Path, text: &str) -> Result<()> {
        for (key, dir) in [
            ("content-dir", &self.build.content_dir),
            ("build-dir", &self.build.build_dir),
        ] {
            if !is_inside_relative(dir) {
                let offset = text.find(key).unwrap_or(0);
                return Err(Error::input(
                    Location::of_offset(path, text, offset, 1),
                    format!(
                        "[build] {key} must be a folder inside the project, not {:?}",
                        dir.display().to_string()
                    ),
                    "use a relative path without `..`, such as \"content\" or \"site\" \
                     (to build elsewhere, pass `sourcebook build --out DIR`)",
                ));
            }
        }
        if let Some(url) = &self.site.base_url {
            if !crate::text::url::is_http_url(url) {
                let offset = text.find("base-url").unwrap_or(0);
                return Err(Error::input(
                    Location::of_offset(path, text, offset, 1),
                    format!("[site] base-url must be an http(s) address, not {url:?}"),
                    "write for example base-url = \"https://example.org/briefing/\" or remove the key",
                ));
            }
        }
        Ok(())
    }
}

/// The error for a folder without book.toml.
pub fn not_a_project(book: &Path) -> Error {
    Error::input(
        Location::file(book),
        "no book.toml here: this folder is not a sourcebook project",
        "run `sourcebook init` to create a project, or pass --project DIR",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str) -> Result<Config> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(BOOK_FILE), text).unwrap();
        Config::load(&ProjectFiles::open(dir.path()).unwrap())
    }

    fn error_of(text: &str) -> String {
        load_text(text).unwrap_err().to_string()
    }

    #[test]
    fn defaults_fill_what_is_missing() {
        let config = load_text("[book]\ntitle = \"T\"\n").unwrap();
        assert_eq!(config.book.title, "T");
        assert_eq!(config.build.build_dir, PathBuf::from("site"));
        assert_eq!(config.site.base_url, None);
    }

    #[test]
    fn base_url_schemes_are_case_insensitive() {
        let config = load_text("[site]\nbase-url = \"HTTPS://Example.org/b/\"\n").unwrap();
        assert_eq!(
            config.site.base_url.as_deref(),
            Some("HTTPS://Example.org/b/")
        );
        let err = error_of("[site]\nbase-url = \"ftp://example.org/\"\n");
        assert!(err.contains("book.toml:2:1"), "{err}");
    }

    #[test]
    fn unknown_keys_name_line_and_column() {
        let err = error_of("[book]\ntitle = \"T\"\ncolour = \"red\"\n");
        assert!(err.contains("book.toml:3:1"), "{err}");
        assert!(err.contains("unknown field `colour`"), "{err}");
    }

    #[test]
    fn escaping_build_dir_is_refused() {
        let err = error_of("[build]\nbuild-dir = \"../out\"\n");
        assert!(err.contains("book.toml:2:1"), "{err}");
    }

    #[test]
    fn absolute_folders_are_refused() {
        for key in ["build-dir", "content-dir"] {
            let err = error_of(&format!("[build]\n{key} = \"/tmp/elsewhere\"\n"));
            assert!(err.contains("book.toml:2:1"), "{err}");
            assert!(err.contains("inside the project"), "{err}");
        }
    }

    #[test]
    fn a_missing_book_toml_says_how_to_start() {
        let dir = tempfile::tempdir().unwrap();
        let err = Config::load(&ProjectFiles::open(dir.path()).unwrap())
            .unwrap_err()
            .to_string();
        assert!(err.contains("sourcebook init"), "{err}");
    }
}
