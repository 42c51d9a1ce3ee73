//! The hostile fixture (`tests/fixtures/hostile`): injection attempts in every place editor or
//! source text reaches a page (index.md and curation bodies, heading attributes, links,
//! images, raw HTML, footnotes, tables, code; source front matter, bodies, dropped lines,
//! originals; curation names, aliases and cues; book.toml). Built with the real binary, every
//! page is tokenized as a browser would (html5gum): no element may carry a handler, a style,
//! autofocus or a script URL, and the only scripts are the site's own. The browser proof of the
//! same, without the Content-Security-Policy, is `tests/browser/hostile.mjs` (tests/browser.rs).

mod common;
use common::*;
use html5gum::{Token, Tokenizer};

/// Elements that never belong on a page built from plain text and editor markdown.
const FOREIGN: &[&str] = &[
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "portal",
    "style",
    "fencedframe",
];

/// Attributes whose value is fetched or followed as a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "xlink:href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "cite",
    "ping",
    "srcset",
    "imagesrcset",
    "lowsrc",
    "dynsrc",
    "codebase",
    "archive",
    "longdesc",
    "manifest",
    "icon",
    "usemap",
    "classid",
    "profile",
];

/// What a browser would make of a URL's scheme: it strips control characters and spaces at the
/// ends and tabs and newlines inside, and ignores case.
fn script_scheme(value: &str) -> Option<&'static str> {
    let plain: String = value
        .chars()
        .filter(|c| !c.is_ascii_control() && *c != ' ')
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:", "livescript:"]
        .into_iter()
        .find(|scheme| plain.starts_with(scheme))
}

/// Every problem on one page, as "page: what".
fn problems(page: &str, html: &str) -> Vec<String> {
    let depth = page.matches('/').count();
    let root = "../".repeat(depth);
    let own_scripts = [
        format!("{root}static/search.js"),
        format!("{root}static/search-index.js"),
    ];
    let mut out = Vec::new();
    let mut emitter = html5gum::DefaultEmitter::<()>::default();
    // Without a tree builder, the tokenizer needs telling that <script>, <style>, <title> and
    // <textarea> hold raw text; the naive switch does exactly that.
    emitter.naively_switch_states(true);
    // Inside a data <script>: its text so far.
    let mut data_script: Option<String> = None;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_lowercase();
                let attr = |key: &str| {
                    tag.attributes
                        .get(key.as_bytes())
                        .map(|v| String::from_utf8_lossy(&v.value).into_owned())
                };
                let shown = || {
                    let attrs: Vec<String> = tag
                        .attributes
                        .iter()
                        .map(|(k, v)| {
                            format!(
                                "{}={:?}",
                                String::from_utf8_lossy(k),
                                String::from_utf8_lossy(&v.value)
                            )
                        })
                        .collect();
                    format!("<{name} {}>", attrs.join(" "))
                };
                if FOREIGN.contains(&name.as_str()) {
                    out.push(format!("{page}: a <{name}> element: {}", shown()));
                }
                if name == "meta"
                    && attr("http-equiv").is_some_and(|v| {
                        let v = v.to_ascii_lowercase();
                        v.contains("refresh") || v.contains("set-cookie")
                    })
                {
                    out.push(format!("{page}: {}", shown()));
                }
                if name == "link"
                    && attr("rel").is_some_and(|r| r.to_ascii_lowercase().contains("stylesheet"))
                    && !attr("href").is_some_and(|h| h.starts_with(&format!("{root}static/")))
                {
                    out.push(format!("{page}: a stylesheet from elsewhere: {}", shown()));
                }
                if name == "script" {
                    let is_data = attr("type")
                        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                    match attr("src") {
                        Some(src) if own_scripts.contains(&src) && !is_data => {}
                        None if is_data => data_script = Some(String::new()),
                        _ => out.push(format!(
                            "{page}: a script that is not the site's own: {}",
                            shown()
                        )),
                    }
                }
                for (key, value) in &tag.attributes {
                    let key = String::from_utf8_lossy(key).to_lowercase();
                    let value = String::from_utf8_lossy(&value.value);
                    if key.starts_with("on") {
                        out.push(format!("{page}: a handler attribute {key}: {}", shown()));
                    }
                    if matches!(key.as_str(), "style" | "autofocus" | "srcdoc") {
                        out.push(format!("{page}: a {key} attribute: {}", shown()));
                    }
                    if URL_ATTRIBUTES.contains(&key.as_str()) {
                        let urls: Vec<&str> = if key.ends_with("srcset") {
                            value
                                .split(',')
                                .filter_map(|s| s.split_whitespace().next())
                                .collect()
                        } else {
                            vec![&value]
                        };
                        for url in urls {
                            if let Some(scheme) = script_scheme(url) {
                                out.push(format!("{page}: a {scheme} URL in {key}: {}", shown()));
                            }
                        }
                    }
                }
            }
            Token::String(text) => {
                if let Some(buffer) = &mut data_script {
                    buffer.push_str(&String::from_utf8_lossy(&text.value));
                }
            }
            Token::EndTag(tag) => {
                if tag.name.eq_ignore_ascii_case(b"script") {
                    if let Some(json) = data_script.take() {
                        if json.contains('<') {
                            out.push(format!("{page}: schema.org data with a '<' in it: {json}"));
                        }
                        if serde_json::from_str::<serde_json::Value>(&json).is_err() {
                            out.push(format!("{page}: schema.org data that is not JSON: {json}"));
                        }
                    }
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    out
}

#[test]
fn no_page_of_the_hostile_fixture_carries_live_markup() {
    let (_tmp, root) = built_fixture("hostile");
    let site = root.join("site");
    let pages = html_pages(&site);

    // The payloads reached every kind of page, as text: otherwise this test proves nothing.
    let names: Vec<&str> = pages.iter().map(|(p, _)| p.as_str()).collect();
    for page in [
        "index.html",
        "search.html",
        "sources/minutes.html",
        "sources/port-authority.original.html",
        "actors/maria-valdez.html",
        "events/council-vote.html",
        "themes/breakwater.html",
        "timeline.html",
        "actors/index.html",
    ] {
        assert!(
            names.contains(&page),
            "the fixture builds {page}: {names:?}"
        );
    }
    let page = |name: &str| &pages.iter().find(|(p, _)| p == name).unwrap().1;
    for (name, escaped) in [
        (
            "index.html",
            "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
        ),
        ("index.html", "&lt;img src=x onerror=window.__pwned=1&gt;"),
        (
            "sources/minutes.html",
            "&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;",
        ),
        (
            "actors/maria-valdez.html",
            "Maria &lt;img src=x onerror=window.__pwned=1&gt; Valdez",
        ),
        (
            "events/council-vote.html",
            "Council vote &lt;script&gt;window.__pwned=1&lt;/script&gt;",
        ),
        (
            "themes/breakwater.html",
            "Breakwater &lt;/title&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;",
        ),
    ] {
        assert!(
            page(name).contains(escaped),
            "{name} shows the payload {escaped:?} as text"
        );
    }

    let found: Vec<String> = pages
        .iter()
        .flat_map(|(path, html)| problems(path, html))
        .collect();
    assert!(
        found.is_empty(),
        "{} problem(s) in the hostile fixture's pages:\n{}",
        found.len(),
        found.join("\n")
    );

    // The site's own scripts carry source text as data only: nothing that could end a string
    // or a script element.
    // The search index is a manifest and shards, each a script.
    let mut index = vec![site.join("static/search-index.js")];
    for shard in std::fs::read_dir(site.join("static/search")).unwrap() {
        index.push(shard.unwrap().path());
    }
    let mut carried = false;
    for file in &index {
        let script = read(file);
        for bad in ['<', '\u{2028}', '\u{2029}'] {
            assert!(
                !script.contains(bad),
                "{} has a raw {bad:?}",
                file.display()
            );
        }
        carried |= script.contains("\\u003cscript\\u003ewindow.__pwned=1");
    }
    assert!(carried, "the payload is in the index, escaped");
}

#[test]
fn the_tokenizer_check_sees_what_a_browser_would_run() {
    let page = "<!doctype html><title>x</title><h1 id=a ONFOCUS=x autofocus>t</h1>\
        <a href=\" JaVa&#x09;ScRiPt&colon;x\">l</a><img src=\"data:image/svg+xml,x\">\
        <p style=\"color:red\">p</p><script>x</script><script src=\"static/search.js\"></script>\
        <script type=\"application/ld+json\">{\"a\": \"</script><iframe srcdoc=x></iframe>";
    let found = problems("index.html", page);
    for expected in [
        "handler attribute onfocus",
        "autofocus attribute",
        "javascript: URL in href",
        "data: URL in src",
        "style attribute",
        "a script that is not the site's own: <script >",
        "schema.org data that is not JSON",
        "a <iframe> element",
        "srcdoc attribute",
    ] {
        assert!(
            found.iter().any(|p| p.contains(expected)),
            "{expected}: {found:#?}"
        );
    }
    assert_eq!(found.len(), 9, "{found:#?}");
    assert!(problems(
        "actors/x.html",
        "<script src=\"../static/search.js\"></script>"
    )
    .is_empty());
    assert!(!problems("x.html", "<script src=\"../static/search.js\"></script>").is_empty());
}
