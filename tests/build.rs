//! `sourcebook build` on fixture projects: the valid one, hostile sources, determinism,
//! atomic output, template overrides, and one invalid project per kind of bad input.

mod common;
use common::*;
use std::fs;
use std::path::Path;

#[test]
fn the_valid_fixture_builds_every_page() {
    let (_tmp, root) = built_fixture("valid");
    let site = root.join("site");
    for page in [
        "index.html",
        "sources/index.html",
        "sources/harbour-text.html",
        "sources/harbour-text.original.html",
        "sources/harbour-text.orig.txt",
        "sources/harbour-html.original.html",
        "sources/harbour-html.orig.html.txt",
        "data/briefing.json",
        "static/style.css",
        "static/syntax.css",
    ] {
        assert!(site.join(page).is_file(), "{page} missing");
    }
    let source = read(site.join("sources/harbour-text.html"));
    assert!(
        source.contains("class=\"claim\" id=\"c-"),
        "sentences are anchored claims"
    );
    assert!(source.contains("Ingest report"));
    assert!(
        source.contains("log-in or registration prompt"),
        "the ingest report lists what was dropped"
    );
    assert!(
        source.contains("href=\"../sources/harbour-text.original.html\""),
        "links to the original"
    );
    let original = read(site.join("sources/harbour-html.original.html"));
    assert!(
        original.contains("class=\"hl-"),
        "HTML originals are highlighted"
    );
    assert!(original.contains("id=\"L12\""), "with line numbers");
    let front = read(site.join("index.html"));
    assert!(
        front.contains("<h1>Harbour briefing</h1>"),
        "the front page is content/index.md"
    );
    assert!(
        front.contains("language-toml"),
        "fenced code is highlighted"
    );
}

#[test]
fn the_export_follows_the_schema_and_offsets_slice_the_cleaned_text() {
    let (_tmp, root) = built_fixture("valid");
    let json: serde_json::Value =
        serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    assert_eq!(json["schema"], "sourcebook/1");
    assert_eq!(json["title"], "Harbour briefing");
    assert_eq!(
        json["themes"],
        serde_json::json!([]),
        "themes are present and empty"
    );
    for key in ["actors", "events", "discrepancies"] {
        assert!(json[key].is_array(), "{key} is an array");
    }
    let sources = json["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 4);
    let ids: Vec<&str> = sources.iter().map(|s| s["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "sources are sorted");
    assert_eq!(sources[0]["page"], format!("sources/{}.html", ids[0]));
    assert!(sources.iter().any(|s| s["url"].is_null()));
    let claims = json["claims"].as_array().unwrap();
    assert!(claims.len() > 10);
    for claim in claims {
        let source = claim["source"].as_str().unwrap();
        let file = read(root.join(format!("content/sources/{source}.md")));
        let body: Vec<char> = body_of(&file).chars().collect();
        let (start, end) = (
            claim["start"].as_u64().unwrap() as usize,
            claim["end"].as_u64().unwrap() as usize,
        );
        let slice: String = body[start..end].iter().collect();
        assert_eq!(slice, claim["text"].as_str().unwrap());
        assert_eq!(
            claim["page"],
            format!("sources/{source}.html#{}", claim["id"].as_str().unwrap())
        );
        for actor in claim["actors"].as_array().unwrap() {
            let record = json["actors"]
                .as_array()
                .unwrap()
                .iter()
                .find(|a| &a["id"] == actor)
                .expect("claims name existing actors");
            assert!(
                record["claims"].as_array().unwrap().contains(&claim["id"]),
                "the actor lists the claim back"
            );
        }
    }
}

#[test]
fn hostile_sources_never_reach_a_page_as_live_html() {
    let (_tmp, root) = built_fixture("valid");
    for (path, html) in html_pages(&root.join("site")) {
        for tag in tags(&html.to_lowercase()) {
            // Scripts are ours only: schema.org data, and search's external files.
            let ours = tag.starts_with("<script type=\"application/ld+json\"")
                || (path == "search.html"
                    && (tag == r#"<script src="static/search-index.js""#
                        || tag == r#"<script src="static/search.js""#));
            assert!(
                !tag.starts_with("<script") || ours,
                "{path} has a script element: {tag}"
            );
            assert!(
                !tag.starts_with("<img"),
                "{path} has an image from a source"
            );
            assert!(
                !tag.contains("javascript:"),
                "{path} has a javascript: URL in {tag}"
            );
            // Attribute values are quoted and their quotes escaped: only names can be handlers.
            let names: String = tag.split('"').step_by(2).collect::<Vec<_>>().join(" ");
            let handler = names
                .split_whitespace()
                .any(|attr| attr.starts_with("on") && attr.contains('='));
            assert!(!handler, "{path} has an event handler in {tag}");
        }
    }
    let hostile = read(root.join("site/sources/hostile-html.html"));
    let data = hostile
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("the source page has schema.org data");
    assert!(
        !data.contains('<') && data.contains("\\u003cscript\\u003e"),
        "schema.org data escapes source text: {data}"
    );
    // The search index: its manifest and every shard.
    let mut index = vec![read(root.join("site/static/search-index.js"))];
    for shard in fs::read_dir(root.join("site/static/search")).unwrap() {
        index.push(read(shard.unwrap().path()));
    }
    assert!(index.len() > 2, "the index has shards");
    assert!(
        index.iter().all(|file| !file.contains('<')),
        "the search index escapes source text"
    );
    assert!(index
        .iter()
        .any(|file| file.contains("\\u003cscript\\u003e")));
    let page = read(root.join("site/sources/hostile-text.html"));
    assert!(
        page.contains("&lt;script&gt;alert(&quot;text&quot;)&lt;/script&gt;"),
        "shown escaped"
    );
    let original = read(root.join("site/sources/hostile-html.original.html"));
    assert!(
        original.contains("&lt;"),
        "the HTML original is shown as escaped text"
    );
}

/// The tags of a page: every `<…>` outside text (escaped text has no `<`).
fn tags(html: &str) -> Vec<&str> {
    html.match_indices('<')
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap_or(html.len() - i)])
        .collect()
}

#[test]
fn two_builds_are_byte_identical_even_from_another_folder() {
    let (_tmp_a, a) = built_fixture("valid");
    let (_tmp_b, b) = copy_fixture("valid");
    let elsewhere = tempfile::tempdir().unwrap();
    ok(
        elsewhere.path(),
        &["build", "--project", b.to_str().unwrap()],
    );
    let first = tree(&a.join("site"));
    let second = tree(&b.join("site"));
    assert_eq!(first.len(), second.len());
    for ((path_a, bytes_a), (path_b, bytes_b)) in first.iter().zip(&second) {
        assert_eq!(path_a, path_b);
        assert!(bytes_a == bytes_b, "{path_a} differs between builds");
    }
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let (tmp, root) = built_fixture("valid");
    let err = fails_with_broken_template(&root, "source.html");
    assert!(err.contains("previous site is untouched"), "{err}");
    drop(tmp);
}

#[test]
fn a_project_template_overrides_the_built_in_one_by_name() {
    let (_tmp, root) = copy_fixture("valid");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/sources.html"),
        "{% extends \"base.html\" %}{% block main %}<p id=\"custom\">{{ sources | length }} sources</p>{% endblock main %}",
    )
    .unwrap();
    fs::create_dir_all(root.join("static")).unwrap();
    fs::write(root.join("static/extra.css"), "p { margin: 0 }").unwrap();
    ok(&root, &["build"]);
    assert!(read(root.join("site/sources/index.html")).contains("<p id=\"custom\">4 sources</p>"));
    assert!(
        read(root.join("site/sources/harbour-text.html")).contains("Ingest report"),
        "others stay built-in"
    );
    assert_eq!(read(root.join("site/static/extra.css")), "p { margin: 0 }");
}

#[test]
fn links_are_relative_so_the_site_works_from_disk_and_any_sub_path() {
    let (_tmp, root) = built_fixture("valid");
    let site = root.join("site");
    for (path, html) in html_pages(&site) {
        for href in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            if href.starts_with("http://") || href.starts_with("https://") || href.starts_with('#')
            {
                continue;
            }
            assert!(!href.starts_with('/'), "{path}: absolute link {href}");
            let target = href.split('#').next().unwrap();
            let resolved = site.join(Path::new(&path).parent().unwrap()).join(target);
            assert!(resolved.exists(), "{path}: broken link {href}");
        }
    }
}

fn attribute_values(html: &str, attribute: &str) -> Vec<String> {
    let marker = format!(" {attribute}=\"");
    html.match_indices(&marker)
        .map(|(i, _)| {
            let rest = &html[i + marker.len()..];
            rest[..rest.find('"').unwrap()].replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn init_creates_a_project_that_builds_at_once() {
    let (_tmp, root) = new_project();
    for folder in ["sources", "actors", "events", "themes", "discrepancies"] {
        assert!(root.join("content").join(folder).is_dir());
    }
    let out = ok(&root, &["build"]);
    assert!(out.contains("from 0 sources"), "{out}");
    assert!(read(root.join("site/index.html")).contains("has no sources yet"));
}

#[test]
fn build_out_writes_where_asked_but_never_over_the_project() {
    let (tmp, root) = copy_fixture("valid");
    let out = tmp.path().join("elsewhere/public");
    ok(&root, &["build", "--out", out.to_str().unwrap()]);
    assert!(out.join("index.html").is_file());
    let err = fails(&root, &["build", "--out", "."]);
    assert!(err.contains("would replace the project"), "{err}");
    let err = fails(&root, &["build", "--out", "content"]);
    assert!(err.contains("would replace the project"), "{err}");
}

/// Each invalid fixture fails with an error naming the file (and line:column where there is one).
#[test]
fn invalid_projects_fail_with_located_errors() {
    let cases = [
        (
            "invalid/unknown-book-key",
            "book.toml:7:1: unknown field `colour`",
        ),
        ("invalid/bad-front-matter", "content/sources/broken.md:4:13"),
        (
            "invalid/tampered-original",
            "tampered.orig.txt: the original of source \"tampered\" no longer matches",
        ),
        ("invalid/template-syntax", "templates/index.html"),
        ("invalid/template-render", "templates/index.html"),
        (
            "invalid/id-mismatch",
            "content/sources/named.md:2:1: id \"other\" does not match the file name",
        ),
        (
            "invalid/absolute-build-dir",
            "book.toml:5:1: [build] build-dir must be a folder inside the project",
        ),
        (
            "invalid/absolute-content-dir",
            "book.toml:5:1: [build] content-dir must be a folder inside the project",
        ),
        (
            "invalid/include-cycle",
            "templates/a.html: templates include each other in a loop: a.html → b.html → a.html",
        ),
        (
            "invalid/citation-in-link",
            "content/index.md:3:47: a citation cannot stand inside a link or an image",
        ),
        (
            "invalid/script-url",
            "content/sources/notice.md:4:1: url \"javascript:window.__pwned=1\" is not an http(s) address",
        ),
        (
            "invalid/self-include",
            "templates/index.html: templates include each other in a loop: index.html → index.html",
        ),
    ];
    assert_builds_fail(&cases);
    assert!(!Path::new("/tmp/sourcebook-must-never-write-here").exists());
}

#[test]
fn citations_become_numbered_references_with_back_links_previews_and_originals() {
    let (_tmp, root) = built_fixture("valid");
    let front = read(root.join("site/index.html"));
    assert!(front.contains("<a class=\"cite-ref\" id=\"cite-1-1\" href=\"#ref-1\">[1]<span class=\"cite-preview\" role=\"tooltip\">approved a plan on Tuesday to double the size</span></a>"), "{front}");
    assert!(
        front.contains("id=\"cite-1-2\""),
        "the repeated citation gets a second back-link"
    );
    assert!(
        front.contains("<li id=\"ref-3\">"),
        "three distinct passages"
    );
    assert!(front.contains("^ <a href=\"#cite-1-1\" aria-label=\"back to citation 1\">a</a> <a href=\"#cite-1-2\" aria-label=\"back to citation 2\">b</a>"), "{front}");
    assert!(
        front.contains("href=\"sources/harbour-text.original.html#L11\""),
        "archived original at the line"
    );
    assert!(front.contains("href=\"https://courier.example/harbour-plan#:~:text=approved%20a%20plan%20on%20Tuesday\""), "live page with a text fragment");
    assert!(
        !front.contains(" <sup class=\"cite-refs\">"),
        "markers hug the word before them"
    );
}

#[test]
fn a_quote_that_is_not_in_its_source_fails_with_the_closest_passage() {
    let (_tmp, root) = copy_fixture("valid");
    fs::write(
        root.join("content/index.md"),
        "# T\n\nIntro.\nThe plan [@harbour-text \"the authority rejected the plan\"] failed.\n",
    )
    .unwrap();
    let err = fails(&root, &["build"]);
    assert!(err.contains("content/index.md:4:11: the quote \"the authority rejected the plan\" is not in source \"harbour-text\"; the closest passage"), "{err}");
    assert!(
        err.contains("% similar, below the 90% needed to re-anchor"),
        "{err}"
    );
    fs::write(
        root.join("content/index.md"),
        "# T\n\nSee [@no-such-source \"x\"] and [@harbour-text].\n",
    )
    .unwrap();
    let err = fails(&root, &["build"]);
    assert!(
        err.contains("content/index.md:3:6: no source has the id \"no-such-source\""),
        "{err}"
    );
    assert!(
        err.contains("content/index.md:3:31: malformed citation"),
        "{err}"
    );
    assert!(
        !err.contains("did you mean"),
        "nothing is near \"no-such-source\": {err}"
    );
    // A misspelt or truncated id names the closest one.
    fs::write(
        root.join("content/index.md"),
        "# T\n\nSee [@harbour-txet \"the plan\"] and [@harbour-h \"the plan\"].\n",
    )
    .unwrap();
    let err = fails(&root, &["build"]);
    assert!(
        err.contains("content/index.md:3:6: no source has the id \"harbour-txet\""),
        "{err}"
    );
    assert!(err.contains("did you mean \"harbour-text\"?"), "{err}");
    assert!(err.contains("did you mean \"harbour-html\"?"), "{err}");
}

#[test]
fn a_slightly_changed_quote_re_anchors_with_a_warning() {
    let (_tmp, root) = copy_fixture("valid");
    fs::write(
        root.join("content/index.md"),
        "# T\n\nThe plan [@harbour-text \"approved a plan on Tuesday to double the sise\"].\n",
    )
    .unwrap();
    let output = run(&root, &["build"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("content/index.md:3:11: the quote"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("re-anchored"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_base_url_gives_a_sitemap_canonical_links_and_absolute_404_links() {
    let (_tmp, root) = copy_fixture("valid");
    let book = read(root.join("book.toml"));
    let book = if book.contains("[site]") {
        book.replace("[site]", "[site]\nbase-url = \"https://example.org/brief\"")
    } else {
        format!("{book}\n[site]\nbase-url = \"https://example.org/brief\"\n")
    };
    fs::write(root.join("book.toml"), book).unwrap();
    ok(&root, &["build", "--out", "site"]);
    let site = root.join("site");
    let sitemap = read(site.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://example.org/brief/index.html</loc>"));
    assert!(sitemap.contains("<loc>https://example.org/brief/sources/harbour-text.html</loc>"));
    assert!(!sitemap.contains("404.html"));
    assert!(
        read(site.join("robots.txt")).contains("Sitemap: https://example.org/brief/sitemap.xml")
    );
    let page = read(site.join("sources/harbour-text.html"));
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://example.org/brief/sources/harbour-text.html\">"
    ));
    let not_found = read(site.join("404.html"));
    assert!(not_found.contains("href=\"https://example.org/brief/index.html\""));
    let feed = read(site.join("feed.xml"));
    assert!(feed.contains("<link rel=\"self\" href=\"https://example.org/brief/feed.xml\"/>"));
}

#[test]
fn every_site_has_a_feed_robots_a_404_page_and_page_metadata() {
    let (_tmp, root) = built_fixture("valid");
    let site = root.join("site");
    assert!(
        !site.join("sitemap.xml").exists(),
        "no sitemap without a base-url"
    );
    assert_eq!(read(site.join("robots.txt")), "User-agent: *\nAllow: /\n");
    let feed = read(site.join("feed.xml"));
    assert_eq!(feed.matches("<entry>").count(), 4, "one entry per source");
    assert!(feed.contains("<link rel=\"alternate\" href=\"sources/harbour-text.html\"/>"));
    assert!(feed.contains("<updated>2025-03-04T00:00:00Z</updated>"));
    assert!(!feed.contains("<script"), "titles are escaped in the feed");
    let not_found = read(site.join("404.html"));
    assert!(not_found.contains("Page not found") && not_found.contains("href=\"index.html\""));
    let source = read(site.join("sources/harbour-text.html"));
    assert!(
        source.contains("<meta property=\"og:title\" content=\"Harbour plan approved (text)\">")
    );
    assert!(source.contains("\"@type\":\"Article\""));
    let data = source
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .unwrap();
    let json: serde_json::Value = serde_json::from_str(data).expect("valid JSON-LD");
    assert_eq!(json["@context"], "https://schema.org");
    assert_eq!(json["publisher"]["name"], "Northbay Courier");
}

#[test]
fn bidi_controls_reach_no_generated_file_and_the_raw_original_is_untouched() {
    const CONTROLS: [char; 9] = [
        '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ];
    let (tmp, root) = new_project();
    let input = tmp.path().join("trojan.txt");
    let original = "The council approved the harbour plan on Tuesday after a long debate.\n\n\
        The mayor said \u{202e}the money would arrive soon\u{202c} and \u{2066}nobody objected\u{2069}.\n";
    fs::write(&input, original).unwrap();
    ok(
        &root,
        &[
            "add",
            input.to_str().unwrap(),
            "--id",
            "trojan",
            "--title",
            "Harbour",
        ],
    );
    let source_path = root.join("content/sources/trojan.md");
    let source = read(&source_path);
    assert!(
        !source.contains(CONTROLS),
        "add drops them from the cleaned text:\n{source}"
    );

    // Hand edits put them back, in the title, the cleaned text and the editor's prose.
    let source = source.replace(
        "title = \"Harbour\"",
        "title = \"Harbour \u{202e}nalp\u{202c} \u{2066}plan\u{2069}\"",
    ) + "\nAn editor added \u{202e}this\u{202c} and \u{2066}that\u{2069} by hand.\n";
    assert!(source.contains("title = \"Harbour \u{202e}"), "{source}");
    fs::write(&source_path, source).unwrap();
    let index = read(root.join("content/index.md"))
        + "\nProse with \u{202e}reversed\u{202c} and \u{2066}isolated\u{2069} words.\n";
    fs::write(root.join("content/index.md"), index).unwrap();

    ok(&root, &["build"]);
    let site = root.join("site");
    let files = tree(&site);
    assert!(files.len() > 10, "{} files", files.len());
    for (path, bytes) in &files {
        if path == "sources/trojan.orig.txt" {
            assert_eq!(
                bytes,
                original.as_bytes(),
                "the raw original is byte for byte"
            );
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains(CONTROLS), "{path} has a bidi control");
        let lower = text.to_lowercase();
        for c in CONTROLS {
            let code = c as u32;
            for escape in [
                format!("\\u{code:04x}"),
                format!("&#x{code:x};"),
                format!("&#{code};"),
            ] {
                assert!(!lower.contains(&escape), "{path} has {escape}");
            }
        }
    }
    for page in [
        "index.html",
        "sources/trojan.html",
        "sources/trojan.original.html",
    ] {
        assert!(
            read(site.join(page)).contains('\u{fffd}'),
            "{page} shows where a control was"
        );
    }
}
