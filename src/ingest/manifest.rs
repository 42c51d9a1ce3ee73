//! `add --manifest`: a table of sources with each one's metadata, one row per source, as CSV
//! (RFC 4180 quoting: quoted cells may hold commas, line breaks and doubled quotes), TSV (the
//! same with tabs) or JSON (an array of objects). The first row names the columns, any of
//! `COLUMNS` in any order; `file` is required, relative to the manifest's folder (or absolute:
//! the editor wrote it). Every bad row is reported, with the manifest's line and the column.

use super::{AddOptions, Job};
use crate::error::{Error, Location, Result};
use crate::model::date::PartialDate;
use crate::model::ids::validate_id;
use crate::text::url::is_http_url;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub const COLUMNS: [&str; 7] = [
    "file",
    "id",
    "title",
    "outlet",
    "url",
    "published",
    "byline",
];

/// A cell's text and where it starts in the manifest (column unknown in JSON).
#[derive(Debug, Clone, PartialEq)]
struct Cell {
    text: String,
    line: usize,
    column: Option<usize>,
}

/// Reads and checks a manifest. `base` gives what no row can set (the default language,
/// --keep-all); `taken_ids` are the project's source ids, which a row's id must not reuse.
/// Each error shows the manifest's line under it, with a caret at the cell.
pub fn read(
    path: &Path,
    text: &str,
    base: &AddOptions,
    taken_ids: &BTreeSet<String>,
) -> Result<Vec<Job>> {
    read_rows(path, text, base, taken_ids).map_err(|error| with_line_shown(error, text))
}

fn with_line_shown(error: Error, text: &str) -> Error {
    match error {
        Error::Input {
            mut location,
            message,
            help,
        } => {
            let line = location
                .line
                .and_then(|n| text.lines().nth(n.checked_sub(1)?));
            location.source_line = line.map(str::to_string);
            Error::Input {
                location,
                message,
                help,
            }
        }
        Error::Many(errors) => Error::Many(
            errors
                .into_iter()
                .map(|e| with_line_shown(e, text))
                .collect(),
        ),
        other => other,
    }
}

fn read_rows(
    path: &Path,
    text: &str,
    base: &AddOptions,
    taken_ids: &BTreeSet<String>,
) -> Result<Vec<Job>> {
    let is_json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let is_tsv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tsv") || e.eq_ignore_ascii_case("tab"));
    let rows = if is_json {
        json_rows(path, text)?
    } else {
        let records = delimited(text, if is_tsv { '\t' } else { ',' })
            .map_err(|(line, column, message)| at(path, line, Some(column), message))?;
        table_rows(path, records)?
    };
    let folder = path.parent().unwrap_or(Path::new(""));
    let mut errors = Vec::new();
    let mut entries = Vec::new();
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    for (line, row) in rows {
        let mut options = base.clone();
        let mut file = None;
        let mut failed = false;
        for (column, cell) in row {
            let value = cell.text.trim();
            let mut problem = |message: String| {
                failed = true;
                errors.push(at(
                    path,
                    cell.line,
                    cell.column,
                    format!("column `{column}`: {message}"),
                ));
            };
            if value.is_empty() {
                if column == "file" {
                    problem("no file named: each row needs the file to add".into());
                }
                continue;
            }
            let value = value.to_string();
            match column.as_str() {
                "file" => {
                    let resolved = folder.join(&value);
                    if resolved.is_file() {
                        file = Some(resolved);
                    } else {
                        problem(format!(
                            "{value:?} is not a file (looked for {})",
                            resolved.display()
                        ));
                    }
                }
                "id" => {
                    if let Err(message) = validate_id(&value) {
                        problem(message);
                    } else if taken_ids.contains(&value) {
                        problem(format!("a source with id {value:?} already exists"));
                    } else if let Some(first) = ids.get(&value) {
                        problem(format!("id {value:?} is already given on line {first}"));
                    } else {
                        ids.insert(value.clone(), line);
                        options.id = Some(value);
                    }
                }
                "published" => match PartialDate::parse(&value) {
                    Some(date) => options.published = Some(date),
                    None => problem(format!(
                        "{value:?} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
                    )),
                },
                "url" if !is_http_url(&value) => {
                    problem(format!("{value:?} is not an http(s) address"))
                }
                "url" => options.url = Some(value),
                "title" => options.title = Some(value),
                "outlet" => options.outlet = Some(value),
                "byline" => options.byline = Some(value),
                _ => problem("unknown column".into()),
            }
        }
        if let (Some(file), false) = (file, failed) {
            entries.push(Job { file, options });
        }
    }
    if entries.is_empty() && errors.is_empty() {
        errors.push(at(path, 1, None, "the manifest names no source".into()));
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(entries),
    }
}

fn at(path: &Path, line: usize, column: Option<usize>, message: String) -> Error {
    let location = Location {
        column,
        ..Location::at(path, line, 1)
    };
    Error::input(
        location,
        message,
        format!(
            "fix the manifest (one row per source; columns {}) and run the same \
             `sourcebook add` again",
            COLUMNS.join(", ")
        ),
    )
}

/// A row's line and its non-empty (column, cell) pairs.
type Row = (usize, Vec<(String, Cell)>);

/// Rows of a CSV or TSV table, keyed by the header row's column names.
fn table_rows(path: &Path, records: Vec<Vec<Cell>>) -> Result<Vec<Row>> {
    let mut records = records.into_iter();
    let Some(header) = records.next() else {
        return Err(at(path, 1, None, "the manifest is empty".into()));
    };
    let mut errors = Vec::new();
    let mut names = Vec::new();
    for cell in &header {
        let name = cell.text.trim().to_ascii_lowercase();
        if !COLUMNS.contains(&name.as_str()) {
            errors.push(at(
                path,
                cell.line,
                cell.column,
                format!("unknown column {:?} in the header row", cell.text.trim()),
            ));
        } else if names.contains(&name) {
            errors.push(at(
                path,
                cell.line,
                cell.column,
                format!("column `{name}` is named twice"),
            ));
        }
        names.push(name);
    }
    if !names.iter().any(|n| n == "file") {
        errors.push(at(
            path,
            header[0].line,
            Some(1),
            "the header row has no `file` column".into(),
        ));
    }
    let mut rows = Vec::new();
    for record in records {
        let line = record[0].line;
        if record.len() > names.len() {
            errors.push(at(
                path,
                line,
                record[names.len()].column,
                format!(
                    "this row has {} cells, the header row {}",
                    record.len(),
                    names.len()
                ),
            ));
            continue;
        }
        rows.push((line, names.iter().cloned().zip(record).collect()));
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(rows),
    }
}

/// Splits delimited text into records of cells with their line and column (1-based). Blank
/// lines are skipped. Errors: (line, column, message).
fn delimited(
    text: &str,
    delimiter: char,
) -> std::result::Result<Vec<Vec<Cell>>, (usize, usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut record: Vec<Cell> = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut column) = (1, 1);
    loop {
        // At the start of a cell.
        let mut cell = Cell {
            text: String::new(),
            line,
            column: Some(column),
        };
        let quoted = chars.peek() == Some(&'"');
        if quoted {
            chars.next();
            column += 1;
            loop {
                match chars.next() {
                    None => {
                        return Err((
                            cell.line,
                            cell.column.unwrap_or(1),
                            "this quoted cell is never closed (a `\"` is missing)".into(),
                        ))
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        column += 2;
                        cell.text.push('"');
                    }
                    Some('"') => {
                        column += 1;
                        break;
                    }
                    Some('\n') => {
                        line += 1;
                        column = 1;
                        cell.text.push('\n');
                    }
                    Some(c) => {
                        column += 1;
                        cell.text.push(c);
                    }
                }
            }
        }
        // The rest of the cell, up to a delimiter or the end of the line.
        loop {
            match chars.peek().copied() {
                None | Some('\n') => break,
                Some(c) if c == delimiter => break,
                Some('\r') => {
                    chars.next();
                }
                Some(c) if quoted && !c.is_whitespace() => {
                    return Err((
                        line,
                        column,
                        "text after a quoted cell's closing quote (write a quote inside \
                         quotes as \"\")"
                            .into(),
                    ))
                }
                Some(c) => {
                    chars.next();
                    column += 1;
                    cell.text.push(c);
                }
            }
        }
        let blank = !quoted && record.is_empty() && cell.text.trim().is_empty();
        match chars.next() {
            Some(c) if c == delimiter => {
                column += 1;
                record.push(cell);
            }
            end => {
                if !blank || !record.is_empty() {
                    record.push(cell);
                    records.push(std::mem::take(&mut record));
                }
                if end.is_none() {
                    return Ok(records);
                }
                line += 1;
                column = 1;
            }
        }
    }
}

/// Rows of a JSON manifest: an array of objects whose keys are columns and values text (a
/// number is read as its digits, `null` as empty).
fn json_rows(path: &Path, text: &str) -> Result<Vec<Row>> {
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = serde_json::from_str(text)
        .map_err(|e| {
            at(
                path,
                e.line().max(1),
                Some(e.column().max(1)),
                format!("not a JSON array of objects: {e}"),
            )
        })?;
    let lines = object_lines(text);
    let mut errors = Vec::new();
    let mut rows = Vec::new();
    for (index, object) in objects.into_iter().enumerate() {
        let line = lines.get(index).copied().unwrap_or(1);
        let mut row = Vec::new();
        for (key, value) in object {
            let name = key.to_ascii_lowercase();
            if !COLUMNS.contains(&name.as_str()) {
                errors.push(at(path, line, None, format!("unknown column {key:?}")));
                continue;
            }
            let text = match value {
                serde_json::Value::String(s) => s,
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Null => String::new(),
                _ => {
                    errors.push(at(
                        path,
                        line,
                        None,
                        format!("column `{name}`: the value must be text"),
                    ));
                    continue;
                }
            };
            let cell = Cell {
                text,
                line,
                column: None,
            };
            row.push((name, cell));
        }
        if !row.iter().any(|(name, _)| name == "file") {
            errors.push(at(path, line, None, "this row has no `file`".into()));
            continue;
        }
        rows.push((line, row));
    }
    match Error::from_list(errors) {
        Some(error) => Err(error),
        None => Ok(rows),
    }
}

/// The line each object of a JSON array starts on, in order (strings skipped).
fn object_lines(text: &str) -> Vec<usize> {
    let (mut lines, mut line, mut depth) = (Vec::new(), 1, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else {
            match c {
                '"' => in_string = true,
                '[' | '{' => {
                    if c == '{' && depth == 1 {
                        lines.push(line);
                    }
                    depth += 1;
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        if c == '\n' {
            line += 1;
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(text: &str) -> Vec<Vec<String>> {
        delimited(text, ',')
            .unwrap()
            .into_iter()
            .map(|r| r.into_iter().map(|c| c.text).collect())
            .collect()
    }

    #[test]
    fn csv_quotes_hold_commas_line_breaks_and_doubled_quotes() {
        assert_eq!(
            cells(
                "file,title\r\na.txt,\"Pier, closed\"\n\nb.txt,\"He said \"\"no\"\"\nthen left\"\n"
            ),
            [
                vec!["file", "title"],
                vec!["a.txt", "Pier, closed"],
                vec!["b.txt", "He said \"no\"\nthen left"],
            ]
        );
        assert_eq!(cells("a,,b"), [vec!["a", "", "b"]]);
        let records = delimited("file\n\"x\ny\"\nz", ',').unwrap();
        assert_eq!(records[2][0].line, 4, "a line break inside quotes counts");
        assert!(delimited("\"open", ',').is_err());
        assert!(delimited("\"closed\"x", ',').is_err());
    }

    #[test]
    fn json_objects_are_found_on_their_lines() {
        let text = "[\n  {\"file\": \"a.txt\", \"title\": \"{not an object}\"},\n\n  {\"file\": \"b.txt\"}\n]";
        assert_eq!(object_lines(text), [2, 4]);
    }
}
