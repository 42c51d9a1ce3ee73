//! A source as the content tree stores it: `sources/<id>.md` (TOML front matter, then the
//! cleaned text), the verbatim original beside it, and the list of lines dropped at ingest.

use crate::error::{toml_error, Error, Location, Result};
use crate::load::frontmatter::{split_front_matter, SourceFile, FENCE};
use crate::model::ids::validate_id;
use crate::model::source::{DroppedLine, SourceMeta};
use crate::text::url;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Parses a source file: its front matter checked against its file name.
pub fn parse_source_file<'a>(path: &Path, text: &'a str) -> Result<(SourceMeta, SourceFile<'a>)> {
    let file = split_front_matter(path, text)?;
    let meta: SourceMeta = toml::from_str(file.front).map_err(|e| {
        toml_error(
            path,
            file.front,
            2,
            &e,
            "fix the front matter; fields are id, title, outlet, byline, url, published, retrieved, \
             original, sha256, language, encoding, dropped",
        )
    })?;
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let id_location = || {
        let offset = file.front.find("id").unwrap_or(0);
        Location::of_offset(path, file.front, offset, 2)
    };
    validate_id(&meta.id)
        .map_err(|m| Error::input(id_location(), m, "rename the id and the file together"))?;
    if meta.id != stem {
        return Err(Error::input(
            id_location(),
            format!("id {:?} does not match the file name {stem:?}", meta.id),
            "a source's id and its file name must agree: rename one of them",
        ));
    }
    let expected_prefix = format!("{}.orig.", meta.id);
    if !meta.original.starts_with(&expected_prefix) || meta.original.contains(['/', '\\']) {
        let offset = file.front.find("original").unwrap_or(0);
        return Err(Error::input(
            Location::of_offset(path, file.front, offset, 2),
            format!("original {:?} must be a file named {expected_prefix}txt or {expected_prefix}html beside the source", meta.original),
            "restore the original's file name as `sourcebook add` wrote it",
        ));
    }
    if let Some(url) = meta.url.as_deref().filter(|u| !url::is_http_url(u)) {
        return Err(Error::input(
            crate::load::frontmatter::key_location(path, file.front, "url"),
            format!("url {url:?} is not an http(s) address"),
            "give the page's web address (https://…), or remove the url line",
        ));
    }
    Ok((meta, file))
}

/// Renders a source file: front matter, then the cleaned text.
pub fn render_source_file(meta: &SourceMeta, body: &str) -> String {
    let front = toml::to_string(meta).expect("source metadata always serialises to TOML");
    format!("{FENCE}\n{front}{FENCE}\n{body}")
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DroppedFile {
    #[serde(default)]
    dropped: Vec<DroppedLine>,
}

pub const DROPPED_HEADER: &str =
    "# What ingest left out of the cleaned text, for audit: lines dropped as boilerplate, and\n\
# lines read as the source's metadata (marked used_as: title, url, published or byline).\n\
# To restore a line, copy its text into the source's .md file; edits there stand on rebuild.\n\n";

pub fn render_dropped_file(dropped: &[DroppedLine]) -> String {
    let file = DroppedFile {
        dropped: dropped.to_vec(),
    };
    let body = toml::to_string(&file).expect("dropped lines always serialise to TOML");
    format!("{DROPPED_HEADER}{body}")
}

pub fn parse_dropped_file(path: &Path, text: &str) -> Result<Vec<DroppedLine>> {
    let file: DroppedFile = toml::from_str(text).map_err(|e| {
        toml_error(
            path,
            text,
            1,
            &e,
            "this file lists what ingest dropped; fix it or delete it (the build does not need it)",
        )
    })?;
    Ok(file.dropped)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::PartialDate;

    fn meta() -> SourceMeta {
        SourceMeta {
            id: "a-source".into(),
            title: "A \"quoted\" title".into(),
            outlet: "Outlet".into(),
            byline: None,
            url: None,
            published: PartialDate::parse("2025-04"),
            retrieved: PartialDate::parse("2026-01-02"),
            original: "a-source.orig.txt".into(),
            sha256: "00".into(),
            language: "en".into(),
            encoding: "utf-8".into(),
            dropped: 2,
        }
    }

    #[test]
    fn a_source_file_round_trips() {
        let text = render_source_file(&meta(), "First.\n\nSecond.\n");
        let (parsed, file) = parse_source_file(Path::new("sources/a-source.md"), &text).unwrap();
        assert_eq!(parsed, meta());
        assert_eq!(file.body, "First.\n\nSecond.\n");
        assert_eq!(text.lines().nth(file.body_line - 1), Some("First."));
    }

    #[test]
    fn ids_cannot_escape_the_content_folder() {
        for bad in [
            "../x", "/abs", "a/b", "", ".hidden", "a..b", "UPPER", "a\\b", "a b",
        ] {
            assert!(validate_id(bad).is_err(), "{bad}");
        }
        for good in ["a", "rfe-2025-04-17", "x_1.v2"] {
            assert!(validate_id(good).is_ok(), "{good}");
        }
    }

    #[test]
    fn broken_front_matter_points_at_the_line() {
        let text = "+++\nid = \"a\"\ntitle = \n+++\nbody\n";
        let err = parse_source_file(Path::new("a.md"), text)
            .err()
            .unwrap()
            .to_string();
        assert!(err.starts_with("a.md:3:"), "{err}");
    }

    #[test]
    fn an_id_must_match_its_file_name() {
        let text = render_source_file(&meta(), "x\n");
        let err = parse_source_file(Path::new("other.md"), &text)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("does not match the file name"), "{err}");
    }

    #[test]
    fn a_hand_edited_url_must_stay_an_http_address() {
        for (url, ok) in [
            ("HTTPS://example.org/a", true),
            ("javascript:alert(1)", false),
            (" data:text/html,x", false),
        ] {
            let source = SourceMeta {
                url: Some(url.into()),
                ..meta()
            };
            let text = render_source_file(&source, "x\n");
            let parsed = parse_source_file(Path::new("a-source.md"), &text);
            assert_eq!(parsed.is_ok(), ok, "{url}");
            if let Err(err) = parsed {
                assert!(err.to_string().starts_with("a-source.md:5:1: url"), "{err}");
            }
        }
    }

    #[test]
    fn dropped_lines_round_trip() {
        let lines = vec![DroppedLine {
            line: 3,
            reason: "comment prompt".into(),
            text: "Log in to comment".into(),
            used_as: None,
        }];
        let text = render_dropped_file(&lines);
        assert_eq!(parse_dropped_file(Path::new("x"), &text).unwrap(), lines);
    }
}
