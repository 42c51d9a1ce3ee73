//! Helpers for running the real binary on real folders.
#![allow(dead_code)] // each test crate uses a different subset

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

pub(crate) fn input(name: &str) -> PathBuf {
    fixtures().join("inputs").join(name)
}

/// Runs `sourcebook ARGS` in `dir`.
pub(crate) fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_sourcebook"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the binary runs")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs and asserts success, returning stdout.
pub(crate) fn ok(dir: &Path, args: &[&str]) -> String {
    let output = run(dir, args);
    assert!(
        output.status.success(),
        "sourcebook {args:?} failed:\n{}",
        stderr(&output)
    );
    stdout(&output)
}

/// Runs and asserts failure with one clear error on stderr, returning it.
pub(crate) fn fails(dir: &Path, args: &[&str]) -> String {
    let output = run(dir, args);
    let err = stderr(&output);
    assert!(
        !output.status.success(),
        "sourcebook {args:?} should have failed"
    );
    assert!(
        err.starts_with("error: "),
        "errors start with 'error: ':\n{err}"
    );
    assert!(!err.contains("panicked"), "no panics:\n{err}");
    err
}

/// A fresh project made by `sourcebook init`, in a temporary folder.
pub(crate) fn new_project() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    ok(tmp.path(), &["init", "brief"]);
    let root = tmp.path().join("brief");
    (tmp, root)
}

/// Every file under `dir` with its bytes, by relative path.
pub(crate) fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let relative = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (relative, fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Copies a fixture folder into a temporary folder, so tests never change the fixture.
pub(crate) fn copy_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let from = fixtures().join(name);
    let to = tmp.path().join(name.rsplit('/').next().unwrap());
    for (relative, bytes) in tree(&from) {
        let path = to.join(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    }
    (tmp, to)
}

/// A copy of a fixture project, built into its site/ folder.
pub(crate) fn built_fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let (tmp, root) = copy_fixture(name);
    ok(&root, &["build"]);
    (tmp, root)
}

/// Every HTML page under `site`, with its text, by relative path.
pub(crate) fn html_pages(site: &Path) -> Vec<(String, String)> {
    tree(site)
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(path, bytes)| (path, String::from_utf8(bytes).unwrap()))
        .collect()
}

pub(crate) fn read(path: impl AsRef<Path>) -> String {
    fs::read_to_string(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

/// The body of a source file: everything after the closing `+++` line.
pub(crate) fn body_of(source_file: &str) -> &str {
    let rest = source_file.strip_prefix("+++\n").expect("front matter");
    let end = rest.find("\n+++\n").expect("closed front matter");
    &rest[end + 5..]
}

/// Whether the tests run as root, who is not stopped by file permissions.
pub(crate) fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Builds each invalid fixture (folder under tests/fixtures, expected error text): the build
/// fails with that error and a help line, and writes no site.
pub(crate) fn assert_builds_fail(cases: &[(&str, &str)]) {
    for (fixture, expected) in cases {
        let (_tmp, root) = copy_fixture(fixture);
        let err = fails(&root, &["build"]);
        assert!(
            err.contains(expected),
            "{fixture}: expected {expected:?} in:\n{err}"
        );
        assert!(err.contains("help:"), "{fixture}: says what to do:\n{err}");
        assert!(
            !root.join("site").exists(),
            "{fixture}: nothing half-written"
        );
    }
}

/// Breaks the project's `template` (an unknown variable), builds, and checks that the build
/// fails leaving the previous site as it was and no staging folder beside it; the error.
pub(crate) fn fails_with_broken_template(root: &Path, template: &str) -> String {
    let before = tree(&root.join("site"));
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates").join(template),
        "{{ no_such_value.at_all }}",
    )
    .unwrap();
    let err = fails(root, &["build"]);
    assert_eq!(tree(&root.join("site")), before);
    let leftovers: Vec<String> = fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".site"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no staging folder left: {leftovers:?}"
    );
    err
}

/// The actors a built fixture exports: name → (kind, aliases).
pub(crate) fn exported_actors(
    fixture: &str,
) -> std::collections::BTreeMap<String, (String, Vec<String>)> {
    let (_tmp, root) = built_fixture(fixture);
    let json: serde_json::Value =
        serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    json["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let text = |key: &str| a[key].as_str().unwrap_or_default().to_string();
            let aliases = a["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|alias| alias.as_str().map(str::to_string))
                .collect();
            (text("name"), (text("kind"), aliases))
        })
        .collect()
}

/// The actors a built fixture exports: name → kind.
pub(crate) fn exported_kinds(fixture: &str) -> std::collections::BTreeMap<String, String> {
    exported_actors(fixture)
        .into_iter()
        .map(|(name, (kind, _))| (name, kind))
        .collect()
}

/// Fails unless no exported actor's name contains any of `words`.
pub(crate) fn assert_no_actor_named(
    kinds: &std::collections::BTreeMap<String, String>,
    words: &[&str],
) {
    for word in words {
        assert!(
            !kinds.keys().any(|name| name.contains(word)),
            "{word} is no actor: {kinds:?}"
        );
    }
}

/// Fails unless each name is exported with its kind.
pub(crate) fn assert_kinds(
    kinds: &std::collections::BTreeMap<String, String>,
    expected: &[(&str, &str)],
) {
    for (name, kind) in expected {
        assert_eq!(
            kinds.get(*name).map(String::as_str),
            Some(*kind),
            "{kinds:?}"
        );
    }
}
