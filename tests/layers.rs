//! The crate's layering, checked from its own `use` lines: each folder of src/ is one layer,
//! and a layer may import only itself and the layers below it. A new upward import (an early
//! stage reaching into a later one) fails here, naming the file and the line. Unit tests
//! (`#[cfg(test)]` modules and `tests.rs` files) may use anything, as the binary may.

use std::fs;
use std::path::Path;

/// Bottom to top. A layer may import any layer at its own rank or below; layers of one rank
/// must not import each other.
const LAYERS: &[(&str, u8)] = &[
    ("error", 0),
    ("text", 1),
    ("model", 2),
    ("load", 3),
    ("ingest", 4),
    ("analyse", 4),
    ("briefing", 5),
    ("render", 6),
    ("emit", 7),
    ("rebuild", 8),
    ("verbs", 8),
    ("serve", 8),
];

fn rank(layer: &str) -> Option<u8> {
    LAYERS.iter().find(|(l, _)| *l == layer).map(|(_, r)| *r)
}

/// The crate-level modules a text names, with their 1-based lines: `crate::a::…`, and each
/// top-level item of `crate::{a, b::{c, d}}`, also when the group spans lines.
fn imported(text: &str) -> Vec<(usize, String)> {
    let ident = |s: &str| -> String {
        s.trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let line = text[..i].matches('\n').count() + 1;
        let rest = &text[i + "crate::".len()..];
        let Some(group) = rest.strip_prefix('{') else {
            found.push((line, ident(rest)));
            continue;
        };
        let (mut depth, mut start) = (0, 0);
        for (k, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    found.push((line, ident(&group[start..k])));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    found.push((line, ident(&group[start..k])));
                    start = k + 1;
                }
                _ => {}
            }
        }
    }
    found.retain(|(_, name)| !name.is_empty());
    found
}

#[test]
fn every_import_points_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut layers_seen = 0;
    for (layer, own) in LAYERS {
        let folder = src.join(layer);
        let files: Vec<_> = if folder.is_dir() {
            walk(&folder)
        } else {
            vec![src.join(format!("{layer}.rs"))]
        };
        layers_seen += 1;
        for file in files.iter().filter(|f| !f.ends_with("tests.rs")) {
            let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
            let text = text.split("#[cfg(test)]").next().unwrap_or_default();
            for (line, module) in imported(text) {
                {
                    let Some(theirs) = rank(&module) else {
                        problems.push(format!(
                            "{}:{line}: imports crate::{module}, which is in no layer",
                            file.display()
                        ));
                        continue;
                    };
                    if theirs > *own || (theirs == *own && module != *layer) {
                        problems.push(format!(
                            "{}:{line}: the {layer} layer imports {module}, which is not below it",
                            file.display()
                        ));
                    }
                }
            }
        }
    }
    assert_eq!(layers_seen, LAYERS.len());
    assert!(
        problems.is_empty(),
        "imports that climb:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_reader_of_imports_reads_groups_and_paths() {
    let names =
        |text: &str| -> Vec<String> { imported(text).into_iter().map(|(_, name)| name).collect() };
    assert_eq!(names("use crate::model::date::PartialDate;"), ["model"]);
    assert_eq!(
        names("use crate::{\n    error::Error,\n    load::{files, project},\n};"),
        ["error", "load"]
    );
    assert_eq!(
        imported("x\ny = crate::text::url::is_http_url(u)"),
        [(2, "text".into())]
    );
    assert!(imported("let x = 1;").is_empty());
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}
