//! Snapshots of a few rendered pages of the small `valid` fixture, and of the build's console
//! output, so that a change to templates, views or routes shows as a reviewable diff.
//!
//! The snapshots live in tests/snapshots/ and are committed; plain `cargo test` compares against
//! them and fails on any difference (insta writes the new version beside the old one as
//! `.snap.new`, except on CI). To accept an intended change, review it with `cargo insta review`,
//! or rerun with `INSTA_UPDATE=always` and read the diff in git.

mod common;
use common::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// The valid fixture, built once by the real binary in a temporary folder (removed again): the
/// console output of the build, and every text file of the site by path, all normalised.
struct Built {
    console: String,
    pages: BTreeMap<String, String>,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let (tmp, root) = copy_fixture("valid");
        let output = run(&root, &["build"]);
        let console = format!(
            "$ sourcebook build\nstatus: {}\n--- stdout\n{}--- stderr\n{}",
            output.status.code().unwrap_or(-1),
            stdout(&output),
            stderr(&output)
        );
        let pages = tree(&root.join("site"))
            .into_iter()
            .filter_map(|(path, bytes)| Some((path, String::from_utf8(bytes).ok()?)))
            .map(|(path, text)| (path, normalise(&text, tmp.path())))
            .collect();
        Built {
            console: normalise(&console, tmp.path()),
            pages,
        }
    })
}

/// Nothing that differs between runs or machines: the temporary folder and the version.
fn normalise(text: &str, tmp: &Path) -> String {
    text.replace(&tmp.join("valid").display().to_string(), "[project]")
        .replace(&tmp.display().to_string(), "[tmp]")
        .replace(
            concat!("sourcebook ", env!("CARGO_PKG_VERSION")),
            "sourcebook [version]",
        )
}

/// A page of the built site.
fn page(path: &str) -> &'static str {
    let pages = &built().pages;
    pages
        .get(path)
        .unwrap_or_else(|| panic!("{path} was not built: {:?}", pages.keys()))
}

fn snapshot(name: &str, text: &str) {
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn the_build_says_what_it_built() {
    snapshot("console", &built().console);
}

#[test]
fn front_page() {
    snapshot("front_page", page("index.html"));
}

#[test]
fn source_page() {
    snapshot("source_page", page("sources/harbour-text.html"));
}

#[test]
fn actor_page() {
    snapshot("actor_page", page("actors/northbay.html"));
}

#[test]
fn timeline() {
    snapshot("timeline", page("timeline.html"));
}

#[test]
fn themes_index() {
    snapshot("themes_index", page("themes/index.html"));
}
