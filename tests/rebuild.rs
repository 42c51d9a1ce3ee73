//! Rebuilds through the build stamp (`.sourcebook/cache/builds/`): a build that finds nothing
//! changed writes nothing; a change to any input or to the output folder builds again; pages
//! carried over from the previous site leave it byte for byte what a clean build makes; a
//! damaged or foreign stamp is ignored.

mod common;
use common::*;
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;

const STAMPS: &str = ".sourcebook/cache/builds";
const UP_TO_DATE: &str = "up to date: ";

/// Builds `root` into its folder `out` through the cache; returns stdout and stderr.
fn build(root: &Path, out: &str) -> (String, String) {
    let output = run(root, &["build", "--out", out]);
    assert!(output.status.success(), "{}", stderr(&output));
    (stdout(&output), stderr(&output))
}

/// The site a clean build (no cache, a fresh folder) makes of `root` as it is now.
fn clean(root: &Path) -> Vec<(String, Vec<u8>)> {
    let out = root.join("clean");
    if out.exists() {
        fs::remove_dir_all(&out).unwrap();
    }
    ok(root, &["build", "--no-cache", "--out", "clean"]);
    tree(&out)
}

/// Builds `root` into site/, asserting that it was built (not found up to date) and that the
/// site is what a clean build makes; then that a second build finds it up to date.
fn assert_rebuilt(root: &Path, what: &str) {
    let (out, _) = build(root, "site");
    assert!(out.starts_with("built "), "{what}: {out}");
    assert!(
        tree(&root.join("site")) == clean(root),
        "{what}: the site differs"
    );
    let (again, _) = build(root, "site");
    assert!(
        again.starts_with(UP_TO_DATE),
        "{what}, then nothing: {again}"
    );
}

/// The number of pages carried over and of all pages, from a build's summary line.
fn carried_over(summary: &str) -> (usize, usize) {
    let part = summary
        .split("; ")
        .find(|part| part.contains("pages carried over"))
        .unwrap_or_else(|| panic!("no carried-over count: {summary}"));
    let words: Vec<&str> = part.split(' ').collect();
    (words[0].parse().unwrap(), words[2].parse().unwrap())
}

#[test]
fn a_build_that_finds_nothing_changed_writes_nothing() {
    let (_tmp, root) = copy_fixture("valid");
    let (first, _) = build(&root, "site");
    assert!(first.starts_with("built "), "{first}");
    let folder = fs::metadata(root.join("site")).unwrap().ino();
    let page = fs::metadata(root.join("site/index.html")).unwrap();
    let (again, err) = build(&root, "site");
    assert!(again.starts_with(UP_TO_DATE), "{again}");
    assert!(
        again.contains("nothing changed since the last build"),
        "{again}"
    );
    let counts = |line: &str| {
        line.split(" files from ")
            .next()
            .unwrap()
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(counts(&first), counts(&again), "{first}\n{again}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(
        fs::metadata(root.join("site")).unwrap().ino(),
        folder,
        "not swapped"
    );
    let after = fs::metadata(root.join("site/index.html")).unwrap();
    assert_eq!(
        (after.ino(), after.mtime_nsec()),
        (page.ino(), page.mtime_nsec())
    );
    // Another output folder has no stamp of its own yet; --no-cache never skips.
    let (other, _) = build(&root, "elsewhere");
    assert!(other.starts_with("built "), "{other}");
    let no_cache = ok(&root, &["build", "--no-cache", "--out", "site"]);
    assert!(no_cache.starts_with("built "), "{no_cache}");
}

#[test]
fn a_change_to_any_input_builds_again() {
    let (_tmp, root) = copy_fixture("valid");
    build(&root, "site");
    type Change = fn(&Path);
    let changes: [(&str, Change); 7] = [
        ("book.toml", |root| {
            let path = root.join("book.toml");
            fs::write(
                &path,
                read(&path).replace("Harbour briefing", "Harbour notebook"),
            )
            .unwrap();
        }),
        ("a source edited, same size", |root| {
            // Within the same second and at the same size: only the bytes tell.
            let path = root.join("content/sources/harbour-text.md");
            let text = read(&path);
            let body = body_of(&text);
            let at = text.len() - body.len() + body.find("the").expect("a 'the' in the body");
            let edited = format!("{}THE{}", &text[..at], &text[at + 3..]);
            assert_eq!(edited.len(), text.len());
            fs::write(&path, edited).unwrap();
        }),
        ("a theme added", |root| {
            fs::create_dir_all(root.join("content/themes")).unwrap();
            fs::write(
                root.join("content/themes/moorings.md"),
                "+++\nname = \"Moorings\"\ncues = [\"mooring*\", \"harbour\"]\n+++\nThe berths.\n",
            )
            .unwrap();
        }),
        ("a file removed", |root| {
            fs::remove_file(root.join("content/themes/moorings.md")).unwrap();
        }),
        ("a template override", |root| {
            fs::create_dir_all(root.join("templates")).unwrap();
            fs::write(
                root.join("templates/404.html"),
                "<!doctype html><title>Lost</title><p>No such page in {{ site.title }}.</p>\n",
            )
            .unwrap();
        }),
        ("a static file", |root| {
            fs::create_dir_all(root.join("static")).unwrap();
            fs::write(root.join("static/extra.css"), "p { margin: 0 }\n").unwrap();
        }),
        ("a static file edited, same size", |root| {
            fs::write(root.join("static/extra.css"), "p { margin: 1 }\n").unwrap();
        }),
    ];
    for (what, change) in changes {
        change(&root);
        assert_rebuilt(&root, what);
    }
}

#[test]
fn an_output_folder_changed_by_hand_is_built_again() {
    let (_tmp, root) = copy_fixture("valid");
    build(&root, "site");
    let site = root.join("site");
    type Tamper = fn(&Path);
    let tampers: [(&str, Tamper); 6] = [
        ("a page edited, same size", |site| {
            let path = site.join("index.html");
            fs::write(&path, read(&path).replacen("<html", "<HTML", 1)).unwrap();
        }),
        ("a page removed", |site| {
            fs::remove_file(site.join("sources/index.html")).unwrap()
        }),
        ("a file added", |site| {
            fs::write(site.join("notes.txt"), "mine").unwrap()
        }),
        ("an empty folder added", |site| {
            fs::create_dir(site.join("drafts")).unwrap()
        }),
        ("a page made executable", |site| {
            let path = site.join("index.html");
            fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
        }),
        ("a page replaced by a link", |site| {
            let path = site.join("search.html");
            fs::remove_file(&path).unwrap();
            std::os::unix::fs::symlink(site.join("index.html"), &path).unwrap();
        }),
    ];
    for (what, tamper) in tampers {
        tamper(&site);
        assert_rebuilt(&root, what);
    }
    let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(
        mode(&site.join("index.html")),
        mode(&root.join("clean/index.html"))
    );
}

#[test]
fn pages_carried_over_make_the_site_a_clean_build_makes() {
    let (_tmp, root) = copy_fixture("valid");
    build(&root, "site");
    let path = root.join("content/sources/harbour-text.md");
    fs::write(
        &path,
        format!(
            "{}\nThe Pellow ferry crew counted 12 new moorings on 3 March.\n",
            read(&path)
        ),
    )
    .unwrap();
    let (out, _) = build(&root, "site");
    let (carried, pages) = carried_over(&out);
    assert!(0 < carried && carried < pages, "{out}");
    assert!(tree(&root.join("site")) == clean(&root), "the site differs");

    // A page the next build would carry over, edited in the old site: the stamp's sha256 no
    // longer matches, so it is rendered again, never copied or linked. A new static file
    // changes no page's context, so every other page is carried over: linked in, the same
    // inode as in the old site, of which the new site is the only holder once it is gone.
    let actor = root.join("site/actors/northbay.html");
    let page = read(&actor);
    fs::write(&actor, page.replacen("<html", "<HTML", 1)).unwrap();
    let edited_inode = fs::metadata(&actor).unwrap().ino();
    let front = root.join("site/index.html");
    let front_inode = fs::metadata(&front).unwrap().ino();
    fs::create_dir_all(root.join("static")).unwrap();
    fs::write(root.join("static/extra.css"), "p { margin: 0 }\n").unwrap();
    let (out, _) = build(&root, "site");
    let (carried, pages) = carried_over(&out);
    assert_eq!(carried, pages - 1, "{out}");
    assert_eq!(read(&actor), page);
    assert_ne!(
        fs::metadata(&actor).unwrap().ino(),
        edited_inode,
        "the edited page linked"
    );
    let front_now = fs::metadata(&front).unwrap();
    assert_eq!(
        (front_now.ino(), front_now.nlink()),
        (front_inode, 1),
        "a carried-over page is the old site's file, linked and then left to the new site"
    );
    assert!(tree(&root.join("site")) == clean(&root), "the site differs");
}

/// Adding a source changes the corpus every resolved page is made from (actors, events and
/// stories are grouped across all sources): the rebuild through the cache, with its cached
/// analyses, highlighted originals and carried-over pages, must still be what a clean build
/// makes, byte for byte.
#[test]
fn a_source_added_rebuilds_into_the_site_a_clean_build_makes() {
    let (tmp, root) = copy_fixture("valid");
    build(&root, "site");
    let added = tmp.path().join("pellow-dredging.txt");
    fs::write(
        &added,
        "Dredging resumes at Pellow\n\nThe Pellow harbour board said on 4 March 2024 that \
         dredging of the northern channel would resume. Board chair Oda Venn said 40 barges \
         were waiting outside the breakwater.\n",
    )
    .unwrap();
    ok(&root, &["add", added.to_str().unwrap()]);
    let (out, _) = build(&root, "site");
    assert!(out.starts_with("built "), "{out}");
    assert!(out.contains("analyses from the cache"), "{out}");
    let (carried, pages) = carried_over(&out);
    assert!(0 < carried && carried < pages, "{out}");
    let site = tree(&root.join("site"));
    assert!(
        site.iter()
            .any(|(path, _)| path.starts_with("sources/") && path.contains("dredging")),
        "the new source has no page"
    );
    assert!(site == clean(&root), "the site differs");
}

#[test]
fn a_damaged_or_foreign_stamp_is_ignored() {
    let (_tmp, root) = copy_fixture("valid");
    build(&root, "site");
    let stamps: Vec<_> = fs::read_dir(root.join(STAMPS))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(stamps.len(), 1, "{stamps:?}");
    let stamp = &stamps[0];
    let good = read(stamp);
    type Spoil = fn(&str) -> String;
    let damages: [(&str, Spoil); 3] = [
        ("garbage", |_| "\u{0}\u{7f} not json".into()),
        ("truncated", |text| text[..text.len() / 2].into()),
        ("another program", |text| {
            let tool = text.split("\"tool\":\"").nth(1).unwrap();
            text.replacen(
                &tool[..tool.find('"').unwrap()],
                "0.0.1+feedfacefeedface",
                1,
            )
        }),
    ];
    for (damage, spoil) in damages {
        fs::write(stamp, spoil(&good)).unwrap();
        let (out, err) = build(&root, "site");
        assert!(out.starts_with("built "), "{damage}: {out}");
        assert!(!out.contains("carried over"), "{damage}: {out}");
        assert!(
            err.contains("note: the build stamp") && err.contains("could not be trusted"),
            "{damage}: {err}"
        );
        assert!(
            tree(&root.join("site")) == clean(&root),
            "{damage}: the site differs"
        );
        let (again, _) = build(&root, "site");
        assert!(
            again.starts_with(UP_TO_DATE),
            "{damage}: the stamp is rewritten: {again}"
        );
    }
}
