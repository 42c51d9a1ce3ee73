//! `sourcebook add`: every kind of input, and every kind of bad input, through the real binary.

mod common;
use common::*;
use std::fs;

fn sources(root: &std::path::Path) -> std::path::PathBuf {
    root.join("content/sources")
}

#[test]
fn a_plain_text_article_keeps_its_sentences_and_drops_each_kind_of_boilerplate() {
    let (_tmp, root) = new_project();
    let input = input("harbour.txt");
    ok(
        &root,
        &[
            "add",
            input.to_str().unwrap(),
            "--title",
            "Harbour",
            "--published",
            "2025-03-04",
            "--outlet",
            "Courier",
        ],
    );
    let file = read(sources(&root).join("courier-2025-03-04-harbour.md"));
    let body = body_of(&file);
    for kept in [
        "The port authority of Northbay approved a plan on Tuesday",
        "Local fishermen have asked the authority to delay dredging",
        "Why the Plan Changed",
        "It was not an easy decision.",
        "told reporters at the St. Clair conference centre.",
    ] {
        assert!(body.contains(kept), "lost article text {kept:?}:\n{body}");
    }
    for gone in [
        "Home",
        "Most Viewed",
        "log in",
        "SEE ALSO",
        "Fishermen Fear",
        "Subscribe",
        "ADVERTISE",
        "Storm Closes",
        "Tags",
        "Dredging Terminal",
        "Comments",
        "email address",
        "Name :",
        "Gallery",
        "Ships waiting",
    ] {
        assert!(
            !body.contains(gone),
            "boilerplate {gone:?} survived:\n{body}"
        );
    }
    let dropped = read(sources(&root).join("courier-2025-03-04-harbour.dropped.toml"));
    assert!(
        dropped.contains("reason = \"log-in or registration prompt\""),
        "{dropped}"
    );
    assert!(
        dropped.contains("text = \"SEE ALSO: Fishermen Fear For Their Catch As Dredging Starts\""),
        "{dropped}"
    );
    assert!(file.contains("published = \"2025-03-04\""));
    assert!(file.contains("outlet = \"Courier\""));
    assert!(file.contains("encoding = \"utf-8\""));
    assert_eq!(
        fs::read(sources(&root).join("courier-2025-03-04-harbour.orig.txt")).unwrap(),
        fs::read(&input).unwrap()
    );
}

#[test]
fn an_html_page_gives_its_article_and_metadata() {
    let (_tmp, root) = new_project();
    ok(&root, &["add", input("harbour.html").to_str().unwrap()]);
    // The made id: outlet, date and the headline's first words, within 40 characters.
    let id = "northbay-courier-2025-03-04-harbour-plan";
    let file = read(sources(&root).join(format!("{id}.md")));
    let body = body_of(&file);
    assert!(
        file.contains("title = \"Harbour plan approved after three-year dispute\""),
        "{file}"
    );
    assert!(file.contains("outlet = \"Northbay Courier\""), "{file}");
    assert!(file.contains("published = \"2025-03-04\""), "{file}");
    assert!(
        file.contains("url = \"https://courier.example/harbour-plan\""),
        "{file}"
    );
    assert!(file.contains("byline = \"Jane Example\""), "{file}");
    assert!(
        body.contains("Why the plan changed\n\nThe original design"),
        "paragraph boundaries kept:\n{body}"
    );
    assert!(body.contains("shared with private operators."), "{body}");
    for gone in [
        "Home",
        "tracking",
        "color: red",
        "Share on Facebook",
        "Related stories",
        "Log in",
        "All rights reserved",
    ] {
        assert!(!body.contains(gone), "{gone:?} survived:\n{body}");
    }
    assert!(sources(&root).join(format!("{id}.orig.html")).exists());
}

#[test]
fn legacy_and_utf16_encodings_are_detected_and_recorded() {
    let (tmp, root) = new_project();
    let sentence = "The café’s owner said the “new” rules – approved in March – would cost jobs in the old town.";
    let cp1252: Vec<u8> = encoding_bytes_1252(sentence);
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in format!("{sentence} A second sentence follows here.").encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let mut bom8 = b"\xEF\xBB\xBF".to_vec();
    bom8.extend(format!("{sentence} Third file.").as_bytes());
    for (name, bytes, encoding) in [
        ("a.txt", cp1252, "windows-1252"),
        ("b.txt", utf16, "utf-16le-bom"),
        ("c.txt", bom8, "utf-8-bom"),
    ] {
        let path = tmp.path().join(name);
        fs::write(&path, &bytes).unwrap();
        ok(&root, &["add", path.to_str().unwrap(), "--id", &name[..1]]);
        let file = read(sources(&root).join(format!("{}.md", &name[..1])));
        assert!(
            file.contains(&format!("encoding = \"{encoding}\"")),
            "{file}"
        );
        assert!(
            body_of(&file).contains("The café’s owner said the “new” rules – approved"),
            "{file}"
        );
        assert_eq!(
            fs::read(sources(&root).join(format!("{}.orig.txt", &name[..1]))).unwrap(),
            bytes,
            "original kept byte for byte"
        );
    }
}

#[test]
fn utf16_without_a_bom_is_text_not_binary() {
    let (_tmp, root) = new_project();
    let input = input("utf16le-no-bom.txt");
    ok(&root, &["add", input.to_str().unwrap(), "--id", "budget"]);
    let file = read(sources(&root).join("budget.md"));
    assert!(file.contains("encoding = \"utf-16le\""), "{file}");
    assert!(
        body_of(&file).contains("The mayor, Hélène Marchetti, said the money – about 4 million"),
        "{file}"
    );
    assert_eq!(
        fs::read(sources(&root).join("budget.orig.txt")).unwrap(),
        fs::read(&input).unwrap(),
        "original kept byte for byte"
    );
}

/// Windows-1252 bytes for text whose chars all exist in it.
fn encoding_bytes_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '–' => 0x96,
            c if (c as u32) < 256 => c as u32 as u8,
            c => panic!("{c} is not in the fixture's repertoire"),
        })
        .collect()
}

#[test]
fn a_folder_adds_its_text_and_html_files_in_order() {
    let (tmp, root) = new_project();
    let folder = tmp.path().join("inbox");
    fs::create_dir_all(&folder).unwrap();
    fs::copy(input("harbour.txt"), folder.join("one.txt")).unwrap();
    fs::copy(input("harbour.html"), folder.join("two.html")).unwrap();
    fs::write(folder.join("picture.png"), b"\x89PNG").unwrap();
    let output = run(
        &root,
        &["add", folder.to_str().unwrap(), "--outlet", "Courier"],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("skipped"),
        "the png is reported as skipped"
    );
    let out = stdout(&output);
    assert_eq!(out.matches("added ").count(), 2, "{out}");
}

#[test]
fn bad_inputs_each_get_one_clear_error_and_write_nothing() {
    let (tmp, root) = new_project();
    let write = |name: &str, bytes: &[u8]| {
        let path = tmp.path().join(name);
        fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec![write("empty.txt", b"")], "empty"),
        (
            vec![write("doc.pdf", b"%PDF-1.7 binary")],
            "binary file (PDF)",
        ),
        (vec![write("nul.txt", b"abc\0\0\0def")], "binary"),
        (
            vec![write("bad16.txt", &[0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])],
            "not valid utf-16le",
        ),
        (
            vec![
                write("ok.txt", b"A sentence that is fine."),
                "--id".into(),
                "../x".into(),
            ],
            "not a valid source id",
        ),
        (
            vec![
                write("ok2.txt", b"A sentence that is fine."),
                "--id".into(),
                "/abs".into(),
            ],
            "not a valid source id",
        ),
        (
            vec![
                write("ok3.txt", b"A sentence that is fine."),
                "--id".into(),
                "a/b".into(),
            ],
            "not a valid source id",
        ),
        (
            vec![
                write("ok4.txt", b"A sentence that is fine."),
                "--url".into(),
                "javascript:alert(1)".into(),
            ],
            "not an http(s) address",
        ),
    ];
    for (args, expected) in cases {
        let mut full = vec!["add"];
        full.extend(args.iter().map(String::as_str));
        let err = fails(&root, &full);
        assert!(
            err.contains(expected),
            "{full:?}: expected {expected:?} in:\n{err}"
        );
        assert!(
            err.contains(args[0].as_str()),
            "the error names the file:\n{err}"
        );
        assert!(err.contains("help:"), "the error says what to do:\n{err}");
    }
    let left: Vec<_> = fs::read_dir(sources(&root))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() != ".gitkeep")
        .collect();
    assert!(left.is_empty(), "nothing was written: {left:?}");
}

#[test]
fn a_bad_date_is_refused_by_the_command_line() {
    let (_tmp, root) = new_project();
    let output = run(
        &root,
        &[
            "add",
            input("harbour.txt").to_str().unwrap(),
            "--published",
            "2025-02-30",
        ],
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("not a date"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn duplicates_and_taken_ids_are_refused_and_originals_never_overwritten() {
    let (tmp, root) = new_project();
    let input = input("harbour.txt");
    ok(&root, &["add", input.to_str().unwrap(), "--id", "harbour"]);
    let original = sources(&root).join("harbour.orig.txt");
    let before = fs::read(&original).unwrap();

    let err = fails(&root, &["add", input.to_str().unwrap(), "--id", "other"]);
    assert!(
        err.contains("already in the project as source \"harbour\""),
        "{err}"
    );

    let other = tmp.path().join("other.txt");
    fs::write(&other, "Different words in a different sentence entirely.").unwrap();
    let err = fails(&root, &["add", other.to_str().unwrap(), "--id", "harbour"]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(fs::read(&original).unwrap(), before);
}

#[test]
fn one_bad_file_in_a_batch_stops_the_whole_batch() {
    let (tmp, root) = new_project();
    let empty = tmp.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let err = fails(
        &root,
        &[
            "add",
            input("harbour.txt").to_str().unwrap(),
            empty.to_str().unwrap(),
        ],
    );
    assert!(err.contains("empty.txt"), "{err}");
    assert!(
        !sources(&root).join("harbour.md").exists(),
        "the good file was not half-added either"
    );
}

#[test]
fn per_source_flags_are_refused_for_several_files() {
    let (_tmp, root) = new_project();
    let a = input("harbour.txt");
    let b = input("harbour.html");
    let err = fails(
        &root,
        &[
            "add",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
            "--title",
            "One title",
        ],
    );
    assert!(err.contains("--title names one source"), "{err}");
}

#[test]
fn add_outside_a_project_says_how_to_start() {
    let tmp = tempfile::tempdir().unwrap();
    let err = fails(tmp.path(), &["add", input("harbour.txt").to_str().unwrap()]);
    assert!(err.contains("sourcebook init"), "{err}");
}

#[test]
fn url_schemes_are_case_insensitive_in_add_and_in_base_url() {
    let (_tmp, root) = new_project();
    let url = "HTTPS://Courier.example/Harbour";
    ok(
        &root,
        &[
            "add",
            input("harbour.txt").to_str().unwrap(),
            "--id",
            "harbour",
            "--url",
            url,
        ],
    );
    let file = read(sources(&root).join("harbour.md"));
    assert!(
        file.contains(&format!("url = \"{url}\"")),
        "kept as given:\n{file}"
    );

    let book = read(root.join("book.toml"));
    assert!(book.contains("[site]\n"), "{book}");
    let book = book.replace(
        "[site]\n",
        "[site]\nbase-url = \"HTTP://Example.org/brief/\"\n",
    );
    fs::write(root.join("book.toml"), book).unwrap();
    ok(&root, &["build"]);
    assert!(root.join("site/sitemap.xml").is_file());
    let page = read(root.join("site/sources/harbour.html"));
    assert!(
        page.contains(&format!("<a href=\"{url}\"")),
        "the source page links to its live page:\n{page}"
    );
}

/// The front matter value of `key` in a source file, as written (quotes stripped).
fn meta_value(file: &str, key: &str) -> Option<String> {
    let prefix = format!("{key} = ");
    file.split("+++\n")
        .nth(1)?
        .lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .map(|v| v.trim_matches(['"', '\'']).to_string())
}

#[test]
fn plain_text_reports_give_their_title_url_date_and_byline_from_their_own_lines() {
    let (_tmp, root) = new_project();
    let folder = fixtures().join("reports");
    ok(&root, &["add", folder.to_str().unwrap()]);
    // original file → (title, url, published, byline)
    let expected = [
        (
            "01-pier.txt",
            "Calloway Closes Its Old Ferry Pier After Piles Rot",
            Some("https://coastwire.example.com/news/calloway-pier-closes"),
            Some("2019-03-04"),
            Some("Ada Brook and Tom Vale, Coast Wire"),
        ),
        (
            "02-orchard.txt",
            "Frost Ruins Half of the Velm Valley Apple Crop",
            None,
            Some("2021-06-12"),
            None,
        ),
        (
            "03-bridge.txt",
            "Tarn Bridge reopens to traffic after two years of repairs",
            Some("http://www.dailyledger.example.org/2020/11/05/local/tarn-bridge-reopens"),
            Some("2020-11-05"),
            None,
        ),
        (
            "04-library.txt",
            "Mirrow Library Gets a Reading Room for Children",
            None,
            Some("2022-02-03"),
            Some("Lena Ostrova"),
        ),
        (
            "05-ferry.txt",
            "Ferry crews end three-day strike over rosters",
            Some("https://www.harbourtimes.example.net/story/ferry-strike-ends"),
            Some("2018-07-21"),
            None,
        ),
        (
            "06-observatory.txt",
            "Hill Observatory Finds a Faint Comet Near the Sun",
            None,
            Some("2021-09-09"),
            None,
        ),
        ("07-market-notes.txt", "07 market notes", None, None, None),
        (
            "08-school.txt",
            "Pellham school roof repaired before the new term",
            None,
            Some("2019-03-04"),
            Some("Jon Adair and Mina Kell, Valley Post"),
        ),
    ];
    let mut found = 0;
    for entry in fs::read_dir(sources(&root)).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let file = read(&path);
        let original = meta_value(&file, "original").unwrap();
        let original_bytes = fs::read(sources(&root).join(&original)).unwrap();
        let input = expected
            .iter()
            .find(|e| fs::read(folder.join(e.0)).unwrap() == original_bytes)
            .unwrap_or_else(|| panic!("{original} is none of the inputs, byte for byte"));
        let (name, title, url, published, byline) = *input;
        assert_eq!(meta_value(&file, "title").as_deref(), Some(title), "{name}");
        assert_eq!(meta_value(&file, "url").as_deref(), url, "{name}");
        assert_eq!(
            meta_value(&file, "published").as_deref(),
            published,
            "{name}"
        );
        assert_eq!(meta_value(&file, "byline").as_deref(), byline, "{name}");
        // The metadata lines stay out of the cleaned text: no headline claim, no dateline.
        let body = body_of(&file);
        assert!(
            !body.contains(title),
            "{name}: the headline became text:\n{body}"
        );
        assert!(
            !body.contains("http"),
            "{name}: the URL line became text:\n{body}"
        );
        assert_eq!(body.split("\n\n").count(), 2, "{name}:\n{body}");
        let id = meta_value(&file, "id").unwrap();
        let dropped = read(sources(&root).join(format!("{id}.dropped.toml")));
        if url.is_some() {
            assert!(dropped.contains("used_as = \"url\""), "{name}:\n{dropped}");
        }
        found += 1;
    }
    assert_eq!(found, expected.len());
}

#[test]
fn flags_override_the_text_and_the_replaced_line_says_so() {
    let (_tmp, root) = new_project();
    let input = fixtures().join("reports/01-pier.txt");
    ok(
        &root,
        &[
            "add",
            input.to_str().unwrap(),
            "--title",
            "Pier closure",
            "--published",
            "2019-03-05",
            "--byline",
            "Desk staff",
        ],
    );
    let file = read(sources(&root).join("example-2019-03-05-pier-closure.md"));
    assert_eq!(meta_value(&file, "title").as_deref(), Some("Pier closure"));
    assert_eq!(
        meta_value(&file, "published").as_deref(),
        Some("2019-03-05")
    );
    assert_eq!(meta_value(&file, "byline").as_deref(), Some("Desk staff"));
    assert_eq!(
        meta_value(&file, "url").as_deref(),
        Some("https://coastwire.example.com/news/calloway-pier-closes")
    );
    let dropped = read(sources(&root).join("example-2019-03-05-pier-closure.dropped.toml"));
    assert!(
        dropped.contains("title line; the title given to `add` replaces it"),
        "{dropped}"
    );
    assert_eq!(dropped.matches("used_as = ").count(), 1, "{dropped}");
}

#[test]
fn a_manifest_adds_each_file_with_its_own_metadata_in_csv_tsv_and_json() {
    let reports = fixtures().join("reports");
    let copy = |dir: &std::path::Path| {
        fs::create_dir_all(dir.join("in")).unwrap();
        for name in ["02-orchard.txt", "07-market-notes.txt"] {
            fs::copy(reports.join(name), dir.join("in").join(name)).unwrap();
        }
    };
    let manifests = [
        (
            "sources.csv",
            "file,id,title,outlet,url,published,byline\n\
             in/02-orchard.txt,orchard,\"Frost, then ruin\",Valley Post,https://valley.example/frost,2021-06,\"Kit \"\"Ash\"\" Ray\"\n\
             in/07-market-notes.txt,,,Dunmore Weekly,,2020-05-12,\n",
        ),
        (
            "sources.tsv",
            "published\tfile\ttitle\toutlet\tid\turl\tbyline\n\
             2021-06\tin/02-orchard.txt\tFrost, then ruin\tValley Post\torchard\thttps://valley.example/frost\t\"Kit \"\"Ash\"\" Ray\"\n\
             2020-05-12\tin/07-market-notes.txt\t\tDunmore Weekly\t\t\t\n",
        ),
        (
            "sources.json",
            r#"[
  {"file": "in/02-orchard.txt", "id": "orchard", "title": "Frost, then ruin",
   "outlet": "Valley Post", "url": "https://valley.example/frost", "published": "2021-06",
   "byline": "Kit \"Ash\" Ray"},
  {"file": "in/07-market-notes.txt", "outlet": "Dunmore Weekly", "published": "2020-05-12",
   "title": null}
]"#,
        ),
    ];
    for (name, text) in manifests {
        let (tmp, root) = new_project();
        copy(tmp.path());
        let manifest = tmp.path().join(name);
        fs::write(&manifest, text).unwrap();
        ok(&root, &["add", "--manifest", manifest.to_str().unwrap()]);
        let file = read(sources(&root).join("orchard.md"));
        assert_eq!(
            meta_value(&file, "title").as_deref(),
            Some("Frost, then ruin"),
            "{name}"
        );
        assert_eq!(
            meta_value(&file, "outlet").as_deref(),
            Some("Valley Post"),
            "{name}"
        );
        assert_eq!(
            meta_value(&file, "published").as_deref(),
            Some("2021-06"),
            "{name}"
        );
        assert!(
            file.contains(r#"byline = 'Kit "Ash" Ray'"#),
            "{name}: {file}"
        );
        // No id given: outlet, date and the file name's words (the text has no headline).
        let made = read(sources(&root).join("dunmore-weekly-2020-05-12-07-market.md"));
        assert_eq!(
            meta_value(&made, "outlet").as_deref(),
            Some("Dunmore Weekly")
        );
    }
}

#[test]
fn every_bad_manifest_row_is_named_by_line_and_column_and_nothing_is_added() {
    let (tmp, root) = new_project();
    let folder = tmp.path().join("in");
    fs::create_dir_all(&folder).unwrap();
    for name in ["01-pier.txt", "03-bridge.txt", "05-ferry.txt"] {
        fs::copy(fixtures().join("reports").join(name), folder.join(name)).unwrap();
    }
    ok(
        &root,
        &[
            "add",
            folder.join("05-ferry.txt").to_str().unwrap(),
            "--id",
            "ferry",
        ],
    );
    let manifest = tmp.path().join("sources.csv");
    fs::write(
        &manifest,
        "file,id,published\n\
         in/01-pier.txt,pier,2019-03-04\n\
         in/missing.txt,,\n\
         in/03-bridge.txt,bridge,4 March\n\
         in/03-bridge.txt,pier,\n\
         in/01-pier.txt,ferry,\n",
    )
    .unwrap();
    let err = fails(&root, &["add", "--manifest", manifest.to_str().unwrap()]);
    let shown = manifest.display().to_string();
    for (line, what) in [
        (3, "column `file`: \"in/missing.txt\" is not a file"),
        (4, "column `published`: \"4 March\" is not a date"),
        (5, "column `id`: id \"pier\" is already given on line 2"),
        (6, "column `id`: a source with id \"ferry\" already exists"),
    ] {
        let located = format!("{shown}:{line}:");
        assert!(
            err.lines()
                .any(|l| l.contains(&located) && l.contains(what)),
            "line {line}, {what:?} missing from:\n{err}"
        );
    }
    assert!(!sources(&root).join("pier.md").exists(), "all or nothing");

    fs::write(&manifest, "file,headline\nin/01-pier.txt,Pier\n").unwrap();
    let err = fails(&root, &["add", "--manifest", manifest.to_str().unwrap()]);
    assert!(err.contains(&format!("{shown}:1:6")), "{err}");
    assert!(err.contains("unknown column \"headline\""), "{err}");
}
