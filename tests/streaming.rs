//! `build` writes each file into the staging folder as it is rendered, while `check` and
//! `serve` render the same site into memory: both must give the same bytes, and a build that
//! fails half-way through its pages must leave nothing of itself behind.

mod common;
use common::*;
use std::fs;
use std::path::Path;

/// The site `build` wrote into `root/site` (without the marker) against the site rendered in
/// memory by the same code, file by file.
fn assert_streamed_equals_in_memory(root: &Path) {
    ok(root, &["build", "--no-cache"]);
    let written: Vec<(String, Vec<u8>)> = tree(&root.join("site"))
        .into_iter()
        .filter(|(path, _)| path != ".sourcebook-site")
        .collect();
    let (site, _) = sourcebook::render_site(root).unwrap();
    let in_memory: Vec<(String, Vec<u8>)> = site.files.into_iter().collect();
    let names = |files: &[(String, Vec<u8>)]| -> Vec<String> {
        files.iter().map(|(path, _)| path.clone()).collect()
    };
    assert_eq!(names(&written), names(&in_memory), "{}", root.display());
    for ((path, streamed), (_, held)) in written.iter().zip(&in_memory) {
        assert!(streamed == held, "{path} differs");
    }
}

#[test]
fn a_streamed_build_equals_the_site_rendered_in_memory() {
    let (_tmp, root) = copy_fixture("valid");
    // A base-url adds the sitemap, made from the paths already written; a project's static
    // file named like the generated search index must not replace it.
    let book = read(root.join("book.toml")).replace("# base-url", "base-url");
    fs::write(root.join("book.toml"), book).unwrap();
    fs::create_dir_all(root.join("static")).unwrap();
    fs::write(root.join("static/search-index.js"), "stale();").unwrap();
    fs::write(root.join("static/extra.css"), "p { margin: 0 }").unwrap();
    assert_streamed_equals_in_memory(&root);
    assert!(read(root.join("site/sitemap.xml")).contains("harbour-text.html"));
    assert!(!read(root.join("site/static/search-index.js")).contains("stale"));

    // Bidi controls and markup in every place a source or an editor reaches.
    let (_tmp, hostile) = copy_fixture("hostile");
    assert_streamed_equals_in_memory(&hostile);
}

#[test]
fn an_error_late_in_rendering_leaves_the_old_site_and_no_staging_folder() {
    let (tmp, root) = built_fixture("valid");
    let before = tree(&root.join("site"));
    // The 404 page is rendered after every other page was written into the staging folder.
    let err = fails_with_broken_template(&root, "404.html");
    assert!(err.contains("404.html"), "{err}");
    // And the next good build goes through.
    fs::remove_file(root.join("templates/404.html")).unwrap();
    ok(&root, &["build"]);
    assert_eq!(tree(&root.join("site")), before);
    drop(tmp);
}
