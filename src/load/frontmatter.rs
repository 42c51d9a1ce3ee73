//! Files of the content tree: TOML front matter between `+++` lines, then a body.

use crate::error::{Error, Location, Result};
use crate::load::files::ProjectFiles;
use std::path::Path;

pub const FENCE: &str = "+++";

/// A content file split into its parts; `body_line` is the file line where the body starts.
pub struct SourceFile<'a> {
    pub front: &'a str,
    pub body: &'a str,
    pub body_line: usize,
}

/// Splits `text` at its `+++` fences. The body is everything after the newline that ends the
/// closing fence line, byte for byte (the export's offsets count from there).
pub fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<SourceFile<'a>> {
    let missing = || {
        Error::input(
            Location::at(path, 1, 1),
            "this file must start with TOML front matter between `+++` lines",
            "begin the file with a line `+++`, the fields, and another `+++` line",
        )
    };
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(missing)?;
    let front_start = text.len() - rest.len();
    let mut offset = front_start;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == FENCE {
            let front = &text[front_start..offset];
            let body = &text[offset + line.len()..];
            let body_line = text[..offset + line.len()].matches('\n').count() + 1;
            return Ok(SourceFile {
                front,
                body,
                body_line,
            });
        }
        offset += line.len();
    }
    Err(Error::input(
        Location::at(path, 1, 1),
        "the front matter is never closed",
        "add a line `+++` after the last front-matter field",
    ))
}

/// Reads every `*.md` of `dir` with `parse` (given the path and the text), in name order,
/// reporting all problems together.
pub fn load_md_files<T>(
    files: &ProjectFiles,
    dir: &Path,
    parse: impl Fn(&Path, &str) -> Result<T>,
) -> Result<Vec<T>> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for (name, path) in files.list(dir, false)? {
        if !name.ends_with(".md") {
            continue;
        }
        let parsed = files
            .read_text(&path)
            .and_then(|text| parse(&path, text.as_deref().unwrap_or_default()));
        match parsed {
            Ok(item) => found.push(item),
            Err(error) => errors.push(error),
        }
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(found),
    }
}

/// Where `key = …` stands in front matter that starts at file line 2, for errors about a value.
pub fn key_location(path: &Path, front: &str, key: &str) -> Location {
    Location::of_offset(path, front, key_offset(front, key).unwrap_or(0), 2)
}

/// The byte offset of the line that sets `key`, if one does.
pub fn key_offset(front: &str, key: &str) -> Option<usize> {
    front
        .lines()
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len() + 1;
            Some((start, line))
        })
        .find(|(_, line)| {
            line.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(start, _)| start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_front_matter_is_reported() {
        let err = split_front_matter(Path::new("a.md"), "+++\nid = \"a\"\n")
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("never closed"), "{err}");
    }

    #[test]
    fn keys_are_located_on_their_line() {
        let front = "name = \"A\"\nsame-as = \"b\"\n";
        assert_eq!(
            key_location(Path::new("x.md"), front, "same-as").to_string(),
            "x.md:3:1"
        );
    }
}
