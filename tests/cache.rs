//! The build cache (`.sourcebook/cache/`): what it reuses, what it refuses to trust, and that a
//! site built with it is byte for byte the site built without it.

mod common;
use common::*;
use std::fs;
use std::path::{Path, PathBuf};

const CACHE: &str = ".sourcebook/cache/analyses";
const HIGHLIGHTED: &str = ".sourcebook/cache/highlighted";

/// Builds `root` into its folder `name` with `extra` arguments; returns stdout and stderr.
fn build_into(root: &Path, name: &str, extra: &[&str]) -> (String, String) {
    let mut args = vec!["build", "--out", name];
    args.extend(extra);
    let output = run(root, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    (stdout(&output), stderr(&output))
}

fn entries(root: &Path) -> Vec<PathBuf> {
    entries_in(root, CACHE)
}

fn entries_in(root: &Path, folder: &str) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(root.join(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    entries
}

#[test]
fn a_site_built_from_the_cache_is_the_site_built_without_it() {
    let (_tmp, root) = copy_fixture("valid");
    let (cold, _) = build_into(&root, "cold", &[]);
    assert!(cold.contains("; 0 of 4 analyses from the cache;"), "{cold}");
    assert!(
        cold.contains("; 0 of 2 highlighted HTML originals from the cache)"),
        "{cold}"
    );
    assert_eq!(entries(&root).len(), 4);
    assert_eq!(entries_in(&root, HIGHLIGHTED).len(), 2);
    let (warm, warm_err) = build_into(&root, "warm", &[]);
    assert!(warm.contains("; 4 of 4 analyses from the cache;"), "{warm}");
    assert!(
        warm.contains("; 2 of 2 highlighted HTML originals from the cache)"),
        "{warm}"
    );
    assert!(warm_err.is_empty(), "{warm_err}");
    fs::remove_dir_all(root.join(".sourcebook")).unwrap();
    let (clean, _) = build_into(&root, "clean", &["--no-cache"]);
    assert!(!clean.contains("from the cache"), "{clean}");
    assert!(
        !root.join(".sourcebook").exists(),
        "--no-cache writes no cache"
    );
    let site = tree(&root.join("clean"));
    assert!(site.len() > 20);
    assert!(tree(&root.join("cold")) == site, "cold cache differs");
    assert!(tree(&root.join("warm")) == site, "warm cache differs");
}

#[test]
fn an_edited_source_is_analysed_again_and_only_it() {
    let (_tmp, root) = copy_fixture("valid");
    build_into(&root, "site", &[]);
    let path = root.join("content/sources/harbour-text.md");
    let text = read(&path);
    fs::write(
        &path,
        format!("{text}\nThe Pellow ferry crew counted 12 new moorings on 3 March.\n"),
    )
    .unwrap();
    let (edited, _) = build_into(&root, "site", &[]);
    assert!(
        edited.contains("; 3 of 4 analyses from the cache;"),
        "{edited}"
    );
    assert_eq!(entries(&root).len(), 4, "the old entry is gone");
    build_into(&root, "clean", &["--no-cache"]);
    assert!(tree(&root.join("site")) == tree(&root.join("clean")));
    assert!(read(root.join("site/data/briefing.json")).contains("Pellow ferry crew"));
}

#[test]
fn damaged_or_foreign_entries_are_rebuilt_not_trusted() {
    let (_tmp, root) = copy_fixture("valid");
    build_into(&root, "clean", &["--no-cache"]);
    build_into(&root, "site", &[]);
    let good: Vec<(PathBuf, String)> = entries(&root)
        .into_iter()
        .map(|path| (path.clone(), read(&path)))
        .collect();
    type Spoil = fn(&str) -> String;
    let damages: [(&str, Spoil); 3] = [
        ("garbage", |_| "\u{0}\u{7f} not json at all".into()),
        ("truncated", |text| text[..text.len() * 2 / 3].into()),
        ("another version", |text| {
            let tool = text
                .split("\"tool\":\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            text.replacen(tool, "0.0.1+feedfacefeedface", 1)
        }),
    ];
    // Each into a folder of its own: into the same one, nothing having changed, the build
    // would find its site up to date and not look at the analyses (tests/rebuild.rs).
    for (damage, spoil) in damages {
        for (path, text) in &good {
            fs::write(path, spoil(text)).unwrap();
        }
        let (out, err) = build_into(&root, damage, &[]);
        assert!(
            out.contains("; 0 of 4 analyses from the cache;"),
            "{damage}: {out}"
        );
        assert!(
            err.contains("note: 4 build cache entries") && err.contains("could not be trusted"),
            "{damage}: {err}"
        );
        assert!(!err.contains("error"), "{damage}: {err}");
        assert!(
            tree(&root.join(damage)) == tree(&root.join("clean")),
            "{damage}: the site differs"
        );
        for (path, text) in &good {
            assert_eq!(&read(path), text, "{damage}: the entry is rewritten");
        }
    }
}

#[test]
fn a_damaged_or_foreign_highlight_entry_is_highlighted_afresh() {
    let (_tmp, root) = copy_fixture("valid");
    build_into(&root, "clean", &["--no-cache"]);
    build_into(&root, "site", &[]);
    let highlighted = entries_in(&root, HIGHLIGHTED);
    let (garbled, foreign) = (&highlighted[0], &highlighted[1]);
    let good = [read(garbled), read(foreign)];
    // A garbled entry, and one whose markup another build of the code made (the tool differs)
    // and that now holds markup no build of this one would show.
    fs::write(garbled, "{\"tool\":\"x\",\"key\":").unwrap();
    let tool = good[1].split("\"tool\":\"").nth(1).unwrap();
    let tool = &tool[..tool.find('"').unwrap()];
    let spoilt = good[1]
        .replacen(tool, "0.0.1+feedfacefeedface", 1)
        .replacen("hl-", "planted-", 1);
    fs::write(foreign, spoilt).unwrap();
    // Into another folder: into site/ again, nothing having changed, the build would find it
    // up to date (tests/rebuild.rs).
    let (out, err) = build_into(&root, "rebuilt", &[]);
    assert!(
        out.contains("; 0 of 2 highlighted HTML originals from the cache)"),
        "{out}"
    );
    assert!(
        err.contains("note: 2 build cache entries") && err.contains("highlighted afresh"),
        "{err}"
    );
    assert!(tree(&root.join("rebuilt")) == tree(&root.join("clean")));
    assert_eq!(
        [read(garbled), read(foreign)],
        good,
        "the entries are rewritten"
    );
}

#[test]
fn highlight_entries_no_original_uses_are_removed() {
    let (_tmp, root) = copy_fixture("valid");
    build_into(&root, "site", &[]);
    let before = entries_in(&root, HIGHLIGHTED);
    for name in [
        "harbour-html.md",
        "harbour-html.orig.html",
        "harbour-html.dropped.toml",
    ] {
        fs::remove_file(root.join("content/sources").join(name)).unwrap();
    }
    let index = root.join("content/index.md");
    fs::write(
        &index,
        read(&index).replace("@harbour-html", "@harbour-text"),
    )
    .unwrap();
    build_into(&root, "site", &[]);
    let after = entries_in(&root, HIGHLIGHTED);
    assert_eq!(after.len(), 1);
    assert!(before.contains(&after[0]));
}

#[test]
fn check_uses_the_cache_unless_told_not_to() {
    let (_tmp, root) = copy_fixture("valid");
    ok(&root, &["check", "--no-cache"]);
    assert!(!root.join(".sourcebook").exists());
    ok(&root, &["check"]);
    assert_eq!(entries(&root).len(), 4);
    let (out, _) = build_into(&root, "site", &[]);
    assert!(out.contains("; 4 of 4 analyses from the cache;"), "{out}");
}

#[test]
fn a_cache_linked_out_of_the_project_is_refused() {
    let (tmp, root) = copy_fixture("valid");
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&elsewhere, root.join(".sourcebook")).unwrap();
    let err = fails(&root, &["build"]);
    assert!(
        err.contains(".sourcebook") && err.contains("outside the project"),
        "{err}"
    );
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    assert!(!root.join("site").exists());
}

#[test]
fn init_keeps_the_cache_and_the_site_out_of_git() {
    let (_tmp, root) = new_project();
    let ignored = read(root.join(".gitignore"));
    assert!(
        ignored.lines().any(|line| line == ".sourcebook/"),
        "{ignored}"
    );
    assert!(ignored.lines().any(|line| line == "/site/"), "{ignored}");
}
