//! The bad-input matrix of the safety rules, each case run through the real binary: the
//! output folder is sourcebook's alone, nothing is read through a link that leaves the
//! project, editor markdown cannot emit handlers, interrupted builds heal, and batch adds
//! are all or nothing. Cases that need links or permissions are made at run time, because a
//! link to a file outside the project cannot live in the repository.

mod common;

use common::*;
use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;

/// A file outside every project, with text that must never be published.
fn secret(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("secret.txt");
    fs::write(&path, "PRIVATE DIARY: never publish this line.\n").unwrap();
    path
}

#[test]
fn build_out_never_replaces_a_folder_it_did_not_build() {
    let (tmp, root) = copy_fixture("valid");
    let notes = tmp.path().join("notes");
    fs::create_dir_all(notes.join("photos")).unwrap();
    fs::write(notes.join("todo.txt"), "mine").unwrap();
    let before = tree(&notes);
    let err = fails(&root, &["build", "--out", notes.to_str().unwrap()]);
    assert!(
        err.contains("notes") && err.contains(".sourcebook-site"),
        "{err}"
    );
    assert!(err.contains("help:"), "{err}");
    assert_eq!(tree(&notes), before, "the folder is untouched");

    // An empty folder, and a site sourcebook built, are fine to replace.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    ok(&root, &["build", "--out", empty.to_str().unwrap()]);
    ok(&root, &["build", "--out", empty.to_str().unwrap()]);
    assert!(empty.join(".sourcebook-site").is_file());
    assert!(empty.join("index.html").is_file());
}

#[test]
fn a_build_dir_linked_outside_the_project_is_refused() {
    let (tmp, root) = copy_fixture("valid");
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::write(elsewhere.join("keep.txt"), "keep").unwrap();
    symlink(&elsewhere, root.join("site")).unwrap();
    let err = fails(&root, &["build"]);
    assert!(err.contains("outside the project"), "{err}");
    assert_eq!(read(elsewhere.join("keep.txt")), "keep");
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 1);
}

#[test]
fn content_linked_from_outside_is_never_read() {
    // Each case links one project file (or folder) to something outside the project.
    let cases: [(&str, &str); 7] = [
        ("content/index.md", "content/index.md"),
        ("book.toml", "book.toml"),
        ("content/sources/harbour-text.md", "harbour-text.md"),
        ("content/actors/harbour-board.md", "harbour-board.md"),
        ("templates/index.html", "templates/index.html"),
        ("static/extra.css", "static/extra.css"),
        ("content/themes", "content/themes"),
    ];
    for (link, named) in cases {
        let (tmp, root) = copy_fixture("valid");
        let target = secret(tmp.path());
        let path = root.join(link);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        let _ = fs::remove_file(&path);
        if link == "content/themes" {
            symlink(tmp.path(), &path).unwrap();
        } else {
            symlink(&target, &path).unwrap();
        }
        for verb in ["build", "check"] {
            let err = fails(&root, &[verb]);
            assert!(
                err.contains(named) && err.contains("outside the project"),
                "{link} ({verb}):\n{err}"
            );
            assert!(!err.contains("PRIVATE DIARY"), "{link}: {err}");
        }
        assert!(!root.join("site").exists(), "{link}: nothing built");
    }
}

#[test]
fn an_original_linked_from_outside_is_refused_even_with_its_hash() {
    let (tmp, root) = copy_fixture("valid");
    let original = root.join("content/sources/harbour-text.orig.txt");
    let copy = tmp.path().join("copy.orig.txt");
    fs::rename(&original, &copy).unwrap();
    symlink(&copy, &original).unwrap();
    let err = fails(&root, &["build"]);
    assert!(
        err.contains("harbour-text.orig.txt") && err.contains("outside the project"),
        "{err}"
    );
}

#[test]
fn links_inside_the_project_are_followed() {
    let (_tmp, root) = copy_fixture("valid");
    fs::create_dir(root.join("notes")).unwrap();
    fs::rename(root.join("content/index.md"), root.join("notes/front.md")).unwrap();
    symlink(root.join("notes/front.md"), root.join("content/index.md")).unwrap();
    ok(&root, &["build"]);
    let front = read(root.join("notes/front.md"));
    let heading = front.lines().next().unwrap().trim_start_matches("# ");
    assert!(read(root.join("site/index.html")).contains(heading));
}

#[test]
fn add_never_writes_through_a_link_that_leaves_the_project() {
    let (tmp, root) = new_project();
    let elsewhere = tmp.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    fs::remove_dir_all(root.join("content/sources")).unwrap();
    symlink(&elsewhere, root.join("content/sources")).unwrap();
    let input = input("harbour.txt");
    let err = fails(&root, &["add", input.to_str().unwrap()]);
    assert!(err.contains("outside the project"), "{err}");
    assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
}

#[test]
fn heading_attributes_cannot_put_handlers_on_a_page() {
    let (_tmp, root) = copy_fixture("valid");
    fs::write(
        root.join("content/index.md"),
        "# Briefing {#top onfocus=alert(1) autofocus tabindex=1 style=\"position:fixed\" .wide}\n\n\
         ## Part {onmouseover=alert(2)}\n\nText.\n",
    )
    .unwrap();
    ok(&root, &["build"]);
    let page = read(root.join("site/index.html"));
    assert!(
        page.contains("<h1 id=\"top\" class=\"wide\">Briefing</h1>"),
        "{page}"
    );
    for banned in [
        "onfocus",
        "onmouseover",
        "autofocus",
        "tabindex",
        "position:fixed",
    ] {
        assert!(!page.contains(banned), "{banned} reached the page");
    }
}

#[test]
fn an_interrupted_build_is_healed_by_the_next_one_even_if_that_fails() {
    let (_tmp, root) = built_fixture("valid");
    let built = tree(&root.join("site"));
    // A kill between the two renames of a swap: the previous site aside, none in place.
    fs::rename(root.join("site"), root.join(".site.old-99999")).unwrap();
    // A kill while a build was writing its staging folder, and one before its first file.
    fs::create_dir(root.join(".site.building-99998")).unwrap();
    fs::write(root.join(".site.building-99998/.sourcebook-site"), "").unwrap();
    fs::write(root.join(".site.building-99998/index.html"), "half").unwrap();
    fs::create_dir(root.join(".site.building-99997")).unwrap();
    // A broken template: this build fails, after healing.
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(root.join("templates/source.html"), "{{ nope.nope }}").unwrap();
    let err = fails(&root, &["build"]);
    assert!(err.contains("previous site is untouched"), "{err}");
    assert_eq!(tree(&root.join("site")), built, "the previous site is back");
    let leftovers: Vec<String> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".site"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn read_only_folders_in_the_old_site_never_make_the_build_lie() {
    let (_tmp, root) = built_fixture("valid");
    let locked = root.join("site/sources");
    let as_root = is_root();
    // Root ignores permissions; the immutable flag stops even root, where the file system
    // has it.
    let immutable = as_root
        && std::process::Command::new("chattr")
            .arg("+i")
            .arg(&locked)
            .status()
            .is_ok_and(|s| s.success());
    if !as_root {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o555)).unwrap();
    }
    fs::write(
        root.join("content/index.md"),
        "# A new front page\n\nRebuilt.\n",
    )
    .unwrap();
    let output = run(&root, &["build"]);
    if immutable {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .args(
                fs::read_dir(&root)
                    .unwrap()
                    .map(|e| e.unwrap().path().join("sources"))
                    .filter(|p| p.is_dir()),
            )
            .status();
    }
    let err = stderr(&output);
    assert!(output.status.success(), "{err}");
    assert!(!err.contains("untouched"), "{err}");
    assert!(read(root.join("site/index.html")).contains("A new front page"));
    if immutable {
        assert!(
            err.contains("the new site is live") && err.contains("could not be removed"),
            "{err}"
        );
    }
}

#[test]
fn init_keeps_an_existing_front_page() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("notes");
    fs::create_dir_all(root.join("content")).unwrap();
    fs::write(root.join("content/index.md"), "# My own front page\n").unwrap();
    let out = ok(tmp.path(), &["init", "notes"]);
    assert!(out.contains("kept") && out.contains("index.md"), "{out}");
    assert_eq!(read(root.join("content/index.md")), "# My own front page\n");
    ok(&root, &["build"]);
}

#[test]
fn a_batch_add_that_fails_half_way_removes_what_it_wrote() {
    let (tmp, root) = new_project();
    let inputs = tmp.path().join("inputs");
    fs::create_dir(&inputs).unwrap();
    fs::copy(input("harbour.txt"), inputs.join("a-small.txt")).unwrap();
    let big: String = read(input("harbour.txt")).repeat(40);
    fs::write(inputs.join("b-big.txt"), &big).unwrap();
    assert!(big.len() > 20 * 1024);
    // A file-size limit makes the big source's write fail as a full disk would (EFBIG; the
    // signal is ignored so that the write returns the error).
    let script = format!(
        "trap '' XFSZ; ulimit -f 16; exec '{}' add '{}'",
        env!("CARGO_BIN_EXE_sourcebook"),
        inputs.display()
    );
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(&root)
        .output()
        .unwrap();
    let err = stderr(&output);
    assert!(!output.status.success(), "{err}");
    assert!(err.contains("nothing was added"), "{err}");
    assert!(err.contains("removed again"), "{err}");
    assert_eq!(err.matches("os error").count(), 1, "said once: {err}");
    let left: Vec<_> = fs::read_dir(root.join("content/sources"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != ".gitkeep")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn os_errors_are_said_once() {
    let (tmp, root) = copy_fixture("valid");
    let file = tmp.path().join("a-file");
    fs::write(&file, "x").unwrap();
    let err = fails(
        &root,
        &["build", "--out", file.join("site").to_str().unwrap()],
    );
    assert_eq!(err.matches("os error").count(), 1, "{err}");
}

#[test]
fn citation_marker_characters_typed_by_an_editor_are_not_citations() {
    let (_tmp, root) = copy_fixture("valid");
    let index = root.join("content/index.md");
    let text = read(&index);
    fs::write(
        &index,
        format!("{text}\nTyped markers \u{E000}0\u{E001} and \u{E000}1\u{E001}.\n"),
    )
    .unwrap();
    ok(&root, &["build"]);
    let page = read(root.join("site/index.html"));
    assert_eq!(
        page.matches("id=\"cite-1-1\"").count(),
        1,
        "one reference mark per citation"
    );
    assert!(!page.contains('\u{E000}') && !page.contains('\u{E001}'));
    assert!(
        page.contains("Typed markers 0 and 1."),
        "the rest of the text stays"
    );
}
