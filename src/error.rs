//! Library errors. Every error that comes from a file names it (and the line and
//! column where there is one) and says what to do, because editors fix content, not code.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where a problem is: a file, and a 1-based line and column when known.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The text of the offending line, shown under the message with a caret.
    pub source_line: Option<String>,
}

impl Location {
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Location {
            path: path.into(),
            line: None,
            column: None,
            source_line: None,
        }
    }

    pub fn at(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        Location {
            path: path.into(),
            line: Some(line),
            column: Some(column),
            source_line: None,
        }
    }

    /// The location of byte `offset` in `text`, which starts at line `first_line` of the file.
    pub fn of_offset(
        path: impl Into<PathBuf>,
        text: &str,
        offset: usize,
        first_line: usize,
    ) -> Self {
        let (line, column) = line_column(text, offset);
        let source_line = text.lines().nth(line - 1).unwrap_or("").to_string();
        Location {
            source_line: Some(source_line),
            ..Location::at(path, line + first_line - 1, column)
        }
    }

    /// The offending line with a caret under the column, compiler-style; empty when unknown.
    pub fn snippet(&self) -> String {
        let (Some(line), Some(text)) = (self.line, self.source_line.as_deref()) else {
            return String::new();
        };
        let number = line.to_string();
        let gutter = " ".repeat(number.len());
        // Tabs would misplace the caret, so the line is shown with spaces.
        let shown: String = text
            .chars()
            .map(|c| if c == '\t' { ' ' } else { c })
            .collect();
        let column = self.column.unwrap_or(1).max(1);
        let pad = " ".repeat(column - 1);
        format!("\n{gutter} |\n{number} | {shown}\n{gutter} | {pad}^")
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// 1-based line and column (in chars) of byte `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Content an editor must fix: bad front matter, a bad book.toml, a bad source file.
    #[error("{location}: {message}{}\n  help: {help}", location.snippet())]
    Input {
        /// Boxed: a location with its source line is large, and errors travel by value.
        location: Box<Location>,
        message: String,
        help: String,
    },
    /// The operating system's message is part of this one and not a `source`, so that
    /// printing the error with its chain does not say it twice.
    #[error("{}: could not {action}: {cause}", path.display())]
    Io {
        path: PathBuf,
        action: &'static str,
        cause: std::io::Error,
    },
    #[error("{template}: {message}\n  help: {help}")]
    Template {
        template: String,
        message: String,
        help: String,
    },
    /// Several independent problems, all reported at once.
    #[error("{}", join_errors(.0))]
    Many(Vec<Error>),
    /// A network address `serve` could not listen on, or a watch it could not set up.
    #[error("{what}: {cause}\n  help: {help}")]
    Serve {
        what: String,
        cause: std::io::Error,
        help: String,
    },
}

fn join_errors(errors: &[Error]) -> String {
    let mut out = String::new();
    for (i, error) in errors.iter().enumerate() {
        if i > 0 {
            out.push_str("\nerror: ");
        }
        out.push_str(&error.to_string());
    }
    out
}

impl Error {
    pub fn input(location: Location, message: impl Into<String>, help: impl Into<String>) -> Self {
        Error::Input {
            location: Box::new(location),
            message: message.into(),
            help: help.into(),
        }
    }

    pub fn io(path: &Path, action: &'static str, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            action,
            cause: source,
        }
    }

    /// One error for a list: itself when there is one, `Many` otherwise.
    pub fn from_list(mut errors: Vec<Error>) -> Option<Self> {
        match errors.len() {
            0 => None,
            1 => errors.pop(),
            _ => Some(Error::Many(errors)),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A problem the build goes on with, located like an error so an editor can find it (and
/// shown again by a rebuild that found nothing changed, from its stamp).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Warning {
    pub location: Location,
    pub message: String,
}

impl Warning {
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Warning {
            location,
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}{}",
            self.location,
            self.message,
            self.location.snippet()
        )
    }
}

/// Turns a TOML parse error of `text` (which starts at line `first_line` of `path`)
/// into an input error pointing at the offending line and column.
pub fn toml_error(
    path: &Path,
    text: &str,
    first_line: usize,
    error: &toml::de::Error,
    help: &str,
) -> Error {
    let location = match error.span() {
        Some(span) => Location::of_offset(path, text, span.start, first_line),
        None => Location::file(path),
    };
    Error::input(location, error.message().trim().to_string(), help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_chars_from_one() {
        assert_eq!(line_column("ab\ncdé f", 0), (1, 1));
        assert_eq!(line_column("ab\ncdé f", 3), (2, 1));
        // byte 7 is after "cdé" (é is two bytes): column counts chars.
        assert_eq!(line_column("ab\ncdé f", 7), (2, 4));
    }

    #[test]
    fn offsets_inside_a_char_do_not_panic() {
        assert_eq!(line_column("é", 1), (1, 1));
        assert_eq!(line_column("é", 99), (1, 2));
    }

    #[test]
    fn input_errors_show_the_line_with_a_caret() {
        let text = "title = \"A\"\nkind = \"bogus\"\n";
        let offset = text.find("bogus").unwrap() - 1;
        let error = Error::input(
            Location::of_offset("a.md", text, offset, 2),
            "unknown kind",
            "use person",
        );
        assert_eq!(
            error.to_string(),
            "a.md:3:8: unknown kind\n  |\n3 | kind = \"bogus\"\n  |        ^\n  help: use person"
        );
    }

    #[test]
    fn warnings_are_located_like_errors() {
        let text = "See [@a \"quote\"].\n";
        let warning = Warning::new(Location::of_offset("index.md", text, 5, 1), "re-anchored");
        assert_eq!(
            warning.to_string(),
            "index.md:1:6: re-anchored\n  |\n1 | See [@a \"quote\"].\n  |      ^"
        );
    }

    #[test]
    fn location_shows_what_it_knows() {
        assert_eq!(Location::file("a.md").to_string(), "a.md");
        assert_eq!(Location::at("a.md", 3, 7).to_string(), "a.md:3:7");
    }
}
