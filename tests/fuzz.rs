//! A fuzz harness that runs on stable Rust with no extra dependencies: seeded random mutations
//! of the fixtures and of hostile snippets, fed to every parser of downloaded or edited content,
//! checking properties as well as panics. `SOURCEBOOK_FUZZ_SECONDS` (default 10) bounds the run,
//! `SOURCEBOOK_FUZZ_SEED` picks the sequence. Each failing input is written (shrunk) to
//! `tests/fuzz/regressions/<target>/`, and every run replays that folder first.

use html5gum::{Token, Tokenizer};
use sourcebook::analyse::{self, Analysis};
use sourcebook::briefing::citations::{anchor, find_citations};
use sourcebook::ingest::{self, blocks::collapse_spaces, boilerplate, html, AddOptions};
use sourcebook::load::curation::{load_actor_curation, load_event_curation, load_theme_curation};
use sourcebook::load::files::ProjectFiles;
use sourcebook::load::frontmatter::split_front_matter;
use sourcebook::load::source_file as source;
use sourcebook::model::source::LoadedSource;
use sourcebook::model::source::SourceMeta;
use sourcebook::render::{highlight::Highlighter, markdown::markdown_to_html};
use sourcebook::text::decode;
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

type Check = Result<(), String>;
type Target = fn(&[u8]) -> Check;

/// Every target, named as its regression folder. A target returns `Err` when a property fails;
/// a panic fails it too. Property messages read "what failed: details", and what precedes the
/// colon must not depend on the input, because shrinking keeps an input only while it fails the
/// same way.
const TARGETS: &[(&str, Target)] = &[
    ("decode", decode_and_normalise),
    ("html", html_article),
    ("text-blocks", text_blocks_and_boilerplate),
    ("ingest-txt", |bytes| ingest_as("input.txt", bytes)),
    ("ingest-html", |bytes| ingest_as("input.html", bytes)),
    ("analyse", analysis),
    ("front-matter", front_matter),
    ("curation", curation),
    ("citations", citations),
    ("markdown", markdown),
];

/// CPU time per call. Far above the slowest normal call in a debug build (a few hundred
/// milliseconds for the largest inputs), so only a hang or a quadratic blow-up trips it.
const SLOW: Duration = Duration::from_secs(2);
/// Wall time after which a call is taken to hang and the test is ended.
const HANG: Duration = Duration::from_secs(60);
/// Mutants are cut to this size: big enough for long lines and deep nesting, small enough that
/// a debug build stays fast.
const MAX_INPUT: usize = 32 * 1024;

macro_rules! ensure {
    ($condition:expr, $($message:tt)+) => {
        if !$condition {
            return Err(format!($($message)+));
        }
    };
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn decode_and_normalise(bytes: &[u8]) -> Check {
    if let Ok(decoded) = decode::decode(bytes) {
        ensure!(
            !decoded.text.trim().is_empty() && decoded.encoding == decoded.encoding.to_lowercase(),
            "decode returned blank text or a name not in lowercase: {decoded:?}"
        );
        // A byte-order mark wins; otherwise valid UTF-8 is read as it is, unless it has NUL
        // bytes, which text in UTF-8 never has (such bytes may be UTF-16 without a mark).
        let utf8 = std::str::from_utf8(bytes)
            .ok()
            .filter(|t| !t.contains('\0'));
        let bom = [&b"\xEF\xBB\xBF"[..], b"\xFF\xFE", b"\xFE\xFF"]
            .iter()
            .any(|m| bytes.starts_with(m));
        ensure!(
            bom || utf8.is_none_or(|t| t == decoded.text),
            "decode changed valid UTF-8: {:?}",
            decoded.encoding
        );
        check_normalised(&decoded.text)?;
    }
    check_normalised(&lossy(bytes))
}

/// What `normalise` promises: NFC, `\n` line endings, no control or invisible formatting
/// characters, tabs as spaces.
fn check_normalised(input: &str) -> Check {
    let out = decode::normalise(input);
    let banned = |c: char| {
        (c.is_control() && c != '\n')
            || matches!(
                c,
                '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}'
            )
    };
    if let Some(c) = out.chars().find(|&c| banned(c)) {
        return Err(format!("normalise kept a control or invisible char: {c:?}"));
    }
    ensure!(
        unicode_normalization::is_nfc(&out),
        "normalise returned text that is not NFC: {out:?}"
    );
    ensure!(
        decode::normalise(&out) == out,
        "normalise is not idempotent: {out:?}"
    );
    Ok(())
}

fn html_article(bytes: &[u8]) -> Check {
    let page = lossy(bytes);
    let article = html::extract_article(&page);
    let lines = page.matches('\n').count() + 1;
    for block in &article.blocks {
        ensure!(
            !block.text.is_empty() && collapse_spaces(&block.text) == block.text,
            "html block text is empty or not collapsed: {:?}",
            block.text
        );
        ensure!(
            block.link_chars <= block.text.chars().count(),
            "html block has more link chars than chars: {block:?}"
        );
        ensure!(
            (1..=lines).contains(&block.line),
            "html block line out of range: {} of {lines}",
            block.line
        );
    }
    ensure!(
        article.blocks.windows(2).all(|w| w[0].line <= w[1].line),
        "html blocks are out of document order: {:?}",
        article.blocks.iter().map(|b| b.line).collect::<Vec<_>>()
    );
    let metadata = [
        &article.title,
        &article.byline,
        &article.published,
        &article.url,
    ];
    let metadata = metadata
        .into_iter()
        .chain([&article.site_name, &article.language]);
    ensure!(
        metadata
            .flatten()
            .all(|value| !value.contains(['\n', '\r'])),
        "html metadata has a line break: {article:?}"
    );
    if let Some(url) = &article.url {
        ensure!(
            url.starts_with("http://") || url.starts_with("https://"),
            "html url is not absolute http(s): {url:?}"
        );
    }
    Ok(())
}

fn text_blocks_and_boilerplate(bytes: &[u8]) -> Check {
    let normalised = decode::normalise(&lossy(bytes));
    let blocks = ingest::blocks::text_blocks(&normalised);
    let lines = normalised.matches('\n').count() + 1;
    for block in &blocks {
        ensure!(
            !block.text.is_empty() && collapse_spaces(&block.text) == block.text,
            "text block is empty or not collapsed: {:?}",
            block.text
        );
        ensure!(
            (1..=lines).contains(&block.line),
            "text block line out of range: {} of {lines}",
            block.line
        );
    }
    ensure!(
        blocks.windows(2).all(|w| w[0].line <= w[1].line),
        "text blocks are out of order: {:?}",
        blocks.iter().map(|b| b.line).collect::<Vec<_>>()
    );
    let cleaned = boilerplate::clean(blocks.clone(), false);
    ensure!(
        cleaned.kept.len() + cleaned.dropped.len() == blocks.len(),
        "boilerplate kept and dropped do not add up: {} + {} != {}",
        cleaned.kept.len(),
        cleaned.dropped.len(),
        blocks.len()
    );
    let mut rest = blocks.iter();
    ensure!(
        cleaned.kept.iter().all(|kept| rest.any(|b| b == kept)),
        "boilerplate kept a block that is not an input block, or reordered them"
    );
    let all = boilerplate::clean(blocks.clone(), true);
    ensure!(
        all.kept == blocks && all.dropped.is_empty(),
        "boilerplate with keep_all did not keep every block"
    );
    Ok(())
}

/// An ingested source must be one that a build can load again, unchanged.
fn ingest_as(name: &str, bytes: &[u8]) -> Check {
    let options = AddOptions {
        default_language: "en".into(),
        ..AddOptions::default()
    };
    let path = Path::new(name);
    let ingested = match ingest::ingest(
        path,
        bytes.to_vec(),
        &options,
        &BTreeSet::new(),
        &BTreeMap::new(),
    ) {
        Ok(ingested) => ingested,
        Err(error) => return shown(error),
    };
    let meta = &ingested.meta;
    ensure!(one_line(meta), "ingest metadata has a line break: {meta:?}");
    ensure!(
        !ingested.body.contains(['\0', '\r']) && !ingested.body.trim().is_empty(),
        "ingest body is blank or has NUL or CR: {:?}",
        ingested.body
    );
    ensure!(
        meta.dropped == ingested.dropped.len(),
        "ingest dropped count differs from the dropped lines"
    );
    let file = source::render_source_file(meta, &ingested.body);
    let (parsed, parts) =
        source::parse_source_file(Path::new(&format!("{}.md", meta.id)), &file)
            .map_err(|e| format!("ingest wrote a source file that does not load: {e}\n{file}"))?;
    ensure!(
        parsed == *meta && parts.body == ingested.body,
        "ingest source file does not round-trip: {parsed:?} != {meta:?}"
    );
    check_dropped_round_trip(&ingested.dropped)
}

/// Errors are shown to editors: showing one must work and say something.
fn shown(error: sourcebook::error::Error) -> Check {
    ensure!(
        !error.to_string().trim().is_empty(),
        "an error shows as nothing"
    );
    Ok(())
}

/// Whether every field is one line: a line break is written as a multi-line TOML string, and
/// a `+++` line inside it would end the front matter (see tests/fuzz/open/front-matter).
fn one_line(meta: &SourceMeta) -> bool {
    let fields = [
        &meta.id,
        &meta.title,
        &meta.outlet,
        &meta.original,
        &meta.sha256,
    ];
    let fields = fields.into_iter().chain([&meta.language, &meta.encoding]);
    let optional = [&meta.byline, &meta.url].into_iter().flatten();
    fields
        .chain(optional)
        .all(|field| !field.contains(['\n', '\r']))
}

fn check_dropped_round_trip(dropped: &[sourcebook::model::source::DroppedLine]) -> Check {
    let written = source::render_dropped_file(dropped);
    let read = source::parse_dropped_file(Path::new("x.dropped.toml"), &written)
        .map_err(|e| format!("dropped file does not load again: {e}"))?;
    ensure!(
        read == dropped,
        "dropped file does not round-trip: {written}"
    );
    Ok(())
}

fn loaded(body: &str) -> LoadedSource {
    // Without a publication date, relative dates take other paths.
    let published = sourcebook::model::date::PartialDate::parse("2025-04-17")
        .filter(|_| body.len().is_multiple_of(2));
    LoadedSource::in_memory("fuzz", published, body)
}

fn analysis(bytes: &[u8]) -> Check {
    let body = lossy(bytes);
    let analysis = analyse::analyse(&loaded(&body));
    let chars: Vec<char> = body.chars().collect();
    let claims = analysis.claims.iter().map(|c| (c.start, c.end, &c.text));
    check_spans("claim", &chars, claims, true)?;
    for (i, claim) in analysis.claims.iter().enumerate() {
        // "A newline always ends a sentence", and spans exclude surrounding whitespace.
        ensure!(
            !claim.text.is_empty()
                && claim.text.trim() == claim.text
                && !claim.text.contains(['\n', '\r', '\u{2028}', '\u{2029}']),
            "claim is empty, untrimmed or has a line break: {:?}",
            claim.text
        );
        ensure!(
            analysis.claim_at(claim.start) == Some(i),
            "claim_at does not find the claim at its own start: {i}"
        );
    }
    let ids: BTreeSet<&str> = analysis.claims.iter().map(|c| c.id.as_str()).collect();
    ensure!(ids.len() == analysis.claims.len(), "claim ids repeat");
    let covered: Vec<usize> = analysis.paragraphs.iter().flat_map(|p| p.clone()).collect();
    ensure!(
        covered == (0..analysis.claims.len()).collect::<Vec<_>>()
            && analysis.paragraphs.iter().all(|p| !p.is_empty()),
        "paragraphs do not cover the claims in order: {:?}",
        analysis.paragraphs
    );
    let mentions = analysis.mentions.iter().map(|m| (m.start, m.end, &m.text));
    check_spans("mention", &chars, mentions, true)?;
    let figures = analysis.figures.iter().map(|f| (f.start, f.end, &f.text));
    check_spans("figure", &chars, figures, true)?;
    let times = analysis.times.iter().map(|t| (t.start, t.end, &t.text));
    check_spans("time expression", &chars, times, false)
}

/// Char spans must be exactly their text and, when `ordered`, ascending without overlap.
fn check_spans<'a>(
    what: &str,
    chars: &[char],
    spans: impl Iterator<Item = (usize, usize, &'a String)>,
    ordered: bool,
) -> Check {
    let mut previous_end = 0;
    for (start, end, text) in spans {
        let slice = chars.get(start..end).map(String::from_iter);
        ensure!(
            slice.as_ref() == Some(text),
            "{what} span is not its text: {start}..{end} of {} chars is {slice:?}, not {text:?}",
            chars.len()
        );
        ensure!(
            !ordered || start >= previous_end,
            "{what} spans overlap or are out of order: {start} < {previous_end}"
        );
        previous_end = end;
    }
    Ok(())
}

fn front_matter(bytes: &[u8]) -> Check {
    let text = lossy(bytes);
    if let Ok(file) = split_front_matter(Path::new("a.md"), &text) {
        let head = &text[..text.len() - file.body.len()];
        ensure!(
            text.ends_with(file.body) && head.contains(file.front),
            "front matter parts are not slices of the file"
        );
        ensure!(
            file.body_line == head.matches('\n').count() + 1,
            "front matter body_line is wrong: {}",
            file.body_line
        );
    }
    // The file name must match the id, so name the file after whatever id it declares.
    let front = split_front_matter(Path::new("a.md"), &text).map(|f| f.front);
    let declared = front
        .ok()
        .and_then(|f| toml::from_str::<toml::Table>(f).ok());
    let id = declared.as_ref().and_then(|t| t.get("id")?.as_str());
    let path = PathBuf::from(format!("{}.md", id.unwrap_or("a")));
    match source::parse_source_file(&path, &text) {
        Ok((meta, file)) if one_line(&meta) => {
            let again = source::render_source_file(&meta, file.body);
            let (meta2, file2) = source::parse_source_file(&path, &again)
                .map_err(|e| format!("a parsed source file does not load after rewriting: {e}"))?;
            ensure!(
                meta2 == meta && file2.body == file.body,
                "source file does not round-trip: {meta:?}"
            );
        }
        Ok(_) => {}
        Err(error) => shown(error)?,
    }
    match source::parse_dropped_file(Path::new("a.dropped.toml"), &text) {
        Ok(dropped) => check_dropped_round_trip(&dropped),
        Err(error) => shown(error),
    }
}

thread_local! {
    static CURATION_DIR: tempfile::TempDir = tempfile::tempdir().expect("a temporary folder");
}

/// Curation is read from a folder, so the input is written as its one file.
fn curation(bytes: &[u8]) -> Check {
    CURATION_DIR.with(|dir| {
        let dir = dir.path();
        fs::write(dir.join("x.md"), bytes).map_err(|e| format!("cannot write: {e}"))?;
        let text = String::from_utf8(bytes.to_vec()).unwrap_or_default();
        let body = split_front_matter(Path::new("x.md"), &text).map(|f| f.body);
        let body_of = |b: &String| body.as_ref().is_ok_and(|body| body == b);
        let files = ProjectFiles::open(dir).map_err(|e| format!("cannot open: {e}"))?;
        match load_actor_curation(&files, dir) {
            Ok(actors) => {
                for actor in &actors {
                    ensure!(body_of(&actor.body), "actor body is not the file's body");
                    // Locating keys and aliases for error messages must not panic.
                    drop(actor.location_of("name").to_string());
                    for alias in &actor.aliases {
                        drop(actor.location_of_alias(alias).to_string());
                    }
                }
            }
            Err(error) => shown(error)?,
        }
        match load_event_curation(&files, dir) {
            Ok(events) => {
                for event in &events {
                    ensure!(body_of(&event.body), "event body is not the file's body");
                    drop(event.location_of("date").to_string());
                }
            }
            Err(error) => shown(error)?,
        }
        match load_theme_curation(&files, dir) {
            Ok(themes) => {
                for theme in &themes {
                    ensure!(
                        body_of(&theme.body)
                            && !theme.name.trim().is_empty()
                            && !theme.cues.is_empty(),
                        "theme lacks a name or cues, or its body is not the file's body"
                    );
                }
            }
            Err(error) => shown(error)?,
        }
        Ok(())
    })
}

fn citations(bytes: &[u8]) -> Check {
    let text = lossy(bytes);
    let (marks, errors) = find_citations(&text);
    let mut previous_end = 0;
    for mark in &marks {
        let bracket = text.get(mark.range.clone());
        ensure!(
            mark.range.start >= previous_end
                && bracket.is_some_and(|b| b.starts_with("[@") && b.ends_with(']')),
            "citation range is not a bracket: {:?} is {bracket:?}",
            mark.range
        );
        previous_end = mark.range.end;
        let bracket = bracket.unwrap_or_default();
        for cite in &mark.cites {
            ensure!(
                mark.range.contains(&cite.at)
                    && text.get(cite.at..).is_some_and(|t| t.starts_with('@')),
                "cite position is not its @: {}",
                cite.at
            );
            ensure!(
                !cite.source.is_empty()
                    && !cite.quote.trim().is_empty()
                    && bracket.contains(&cite.quote),
                "cite has no source or quote, or a quote not in its bracket: {cite:?}"
            );
        }
    }
    for (at, message, _) in &errors {
        ensure!(
            text.get(*at..).is_some_and(|t| t.starts_with("[@")),
            "citation error does not point at a bracket: {at} ({message})"
        );
    }
    // A quote taken from the text itself must anchor there exactly.
    let Analysis { claims, .. } = analyse::analyse(&loaded(&text));
    let chars = text.chars().count();
    let anchored = if claims.is_empty() { 0 } else { 3 };
    for cite in marks.iter().flat_map(|m| &m.cites).take(anchored) {
        let found = anchor(&cite.quote, &text, &claims);
        ensure!(
            found.as_ref().is_some_and(|a| a.similarity == 1.0
                && a.start < a.end
                && a.end <= chars
                && a.claim < claims.len()),
            "a quote copied from the text does not anchor exactly: {:?} gave {found:?}",
            cite.quote
        );
    }
    Ok(())
}

/// What pulldown-cmark writes for the markdown features the editor may use.
const ELEMENTS: &str = "a blockquote br code dd del div dl dt em h1 h2 h3 h4 h5 h6 hr img li ol \
    p pre span strong sub sup table tbody td th thead tr ul";
const ATTRIBUTES: &str = "alt class href id src start title";

fn markdown(bytes: &[u8]) -> Check {
    static HIGHLIGHTER: OnceLock<Highlighter> = OnceLock::new();
    let html = markdown_to_html(&lossy(bytes), HIGHLIGHTER.get_or_init(Highlighter::new));
    for token in Tokenizer::new(&html).flatten() {
        let Token::StartTag(tag) = token else {
            continue;
        };
        let name = lossy(&tag.name);
        ensure!(
            ELEMENTS.split_whitespace().any(|e| e == name),
            "markdown wrote an element it should not: <{name}>"
        );
        for (key, value) in &tag.attributes {
            let (key, value) = (lossy(key), lossy(value));
            ensure!(
                ATTRIBUTES.split_whitespace().any(|a| a == key),
                "markdown wrote an attribute it should not: <{name} {key}={value:?}>"
            );
            let scheme = browser_scheme(&value);
            ensure!(
                !matches!(key.as_str(), "href" | "src")
                    || matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto")),
                "markdown wrote a link a browser would run: <{name} {key}={value:?}>"
            );
        }
    }
    Ok(())
}

/// The scheme a browser reads from an attribute's URL (WHATWG URL parsing: leading controls and
/// spaces are stripped, tabs and newlines removed anywhere), or `None` for a relative URL.
fn browser_scheme(url: &str) -> Option<String> {
    let url: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let valid = chars.next()?.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

// ---------------------------------------------------------------------------------------------
// Inputs

/// Tokens that mean something to one of the parsers, and bytes that break encodings.
#[rustfmt::skip]
const TOKENS: &[&[u8]] = &[
    b"<", b">", b"\"", b"'", b"&", b"&amp;", b"&#0;", b"&#x202e;", b"{%", b"%}", b"{#", b"}",
    b"+++\n", b"\n+++\n", b"[@", b"]", b";", b"@", b"\r\n", b"\r", b"\n\n", b"\t", b"\0", b"=",
    b"\"\"\"", b"'''", b"[[dropped]]\n", b"<p>", b"</p>", b"<a href=\"", b"<script>", b"<!--",
    b"-->", b"<article>", b"<br>", b"](", b"javascript:", b"```", b"|", b"|:-|", b"\\", b"*",
    b"# ", b"> ", b"- ", b"1. ", b"[^1]", b". ", b"...", b"U.S.", b"Dr. ", b" said", b"2025-04-17",
    b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF", b"\xC3", b"\xE2\x80", b"\xF0\x9F\x98", b"\xFF",
    "\u{202E}".as_bytes(), "\u{2066}".as_bytes(), "\u{301}".as_bytes(), "\u{ad}".as_bytes(),
    "\u{200b}".as_bytes(), "“".as_bytes(), "”".as_bytes(), "é".as_bytes(), "€".as_bytes(),
];

/// Hand-written inputs for what the fixtures lack: hostile markup, broken files and extremes.
fn snippets() -> Vec<Vec<u8>> {
    let long_line = "The council said that the harbour will close. ".repeat(600);
    let fixed: &[&[u8]] = &[
        b"<!DOCTYPE html><html lang=EN><head><title>T &amp; co | Site</title>\
          <meta property=og:site_name content=Site><link rel=canonical href=javascript:x>\
          <script type=application/ld+json>{\"headline\": \"H\", \"author\": [{\"name\": 1}]}\
          </script>\
          </head><body><nav><a href=/>Home</a></nav><article><h1>Head<p>Unclosed &unknown; &#0; \
          &#x110000; text <b><i>nested<script>alert(1)</script><style>p{}</style>\
          <p class=byline>By Jane <time datetime=2025-13-45>x</time><svg><p>in svg</svg>\
          <p>Visitors read <a href=\"javascript:alert(3)\">the notice</a> before the session.",
        b"+++\nid = \"a\"\ntitle = \"T\"\noriginal = \"a.orig.txt\"\nsha256 = \"00\"\n\
          published = 2025-04-17\nbyline = \"x\\n+++\\ny\"\n+++\nThe body.\n\n+++\nMore.\n",
        b"+++\r\nname = \"N\"\nkind = \"person\"\naliases = [\"A\", \"\"]\n\
          same-as = \"b\"\r\n+++\r\n",
        b"+++\nname = \"Trade\"\ncues = [\"trade\", \"tariff*\", \"--\"]\n+++\n# Summary\n",
        b"+++\ndate = 2025-02-30\ntitle = \"T\"\naliases = [\"c-0123456789ab\"]\n\
          hidden = true\n+++\n",
        b"+++\n",
        b"+++\nid = \"a\"\n",
        "As the clerk said, [@harbour-text \"the budget would be published\"; \
         @x “curly quote”] \
         and [@ \"\"] [@id \"unclosed and [@y\"x\"] [@z \"ok\" ]"
            .as_bytes(),
        b"# T {#m onfocus=alert(1) autofocus tabindex=1 style=\"color:red\" .note}\n\n\
          [a](javascript:alert(1)) [b](<java\tscript:x>) [c](JaVaScRiPt&#58;x)\n\
          <javascript:alert(2)> [d]( \x01javascript:x) [e](//host/x) [f](mailto:a@b.c)\n\
          <img src=x onerror=alert(1)> <iframe src=x></iframe> ![i](data:text/html,x \"t\")\n\n\
          | a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n```html\n<script>x</script>\n```\n\n\
          Text[^1] ~~del~~ *em* **strong** `code`\n\n[^1]: A note.\n\n> quote\n\n1. one\n2. two\n",
        "Normal \u{202E}desrever\u{202C} and \u{2066}isolate\u{2069} text, \u{feff}here.\n"
            .as_bytes(),
        b"abc\0def\0",
        b"\xFF\xFEH\0i\0 \0t\0h\0e\0r\0e\0",
        b"\xFE\xFF\0H\0i\0 \0t\0h\0e\0r\0e",
        b"\xFF\xFE\x00\xD8\x41\x00",
        b"The caf\xE9\x92s \x93best\x94 dish \x96 cr\xE8me br\xFBl\xE9e, served \x80\xFF daily.",
        "On Monday, 17 April 2025, nearly 150 people and $3 billion were lost, officials said. \
         Two weeks later the U.S. Navy and Dr. Jane Roe of the Sudan Armed Forces (SAF) met in \
         St. Petersburg... \"It is over,\" she said. No. 5 was next. That year, 2,000 left.\n\n\
         SEE ALSO: Farmers Face Harvest After FloodsThe ministry said on Monday that aid would \
         follow.\n"
            .as_bytes(),
    ];
    let mut snippets: Vec<Vec<u8>> = fixed.iter().map(|s| s.to_vec()).collect();
    snippets.extend([
        long_line.into_bytes(),
        "<div><p><b>".repeat(2000).into_bytes(),
        format!("{}deep", "> ".repeat(2000)).into_bytes(),
        format!("{}x", "[".repeat(3000)).into_bytes(),
        format!("{}x", "* ".repeat(1500)).into_bytes(),
        "[@a \"".repeat(2000).into_bytes(),
        "a.".repeat(10000).into_bytes(),
    ]);
    snippets
}

/// Every fixture content file, the snippets, and every regression input.
fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut seeds = snippets();
    for dir in [root.join("fixtures"), regressions_dir()] {
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.expect("the test folders are readable");
            let path = entry.path();
            let content = matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("txt" | "html" | "md" | "toml")
            );
            if entry.file_type().is_file() && (content || path.starts_with(regressions_dir())) {
                seeds.push(fs::read(path).expect("a seed is readable"));
            }
        }
    }
    seeds
}

/// splitmix64: tiny, fast, and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`, or 0 when `n` is 0.
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A seed with one to eight stacked mutations.
fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = rng.pick(seeds).clone();
    for _ in 0..=rng.below(8) {
        let at = rng.below(data.len() + 1);
        // A range from `at`, usually short, sometimes long.
        let longest = if rng.below(4) == 0 { 4096 } else { 16 };
        let len = rng.below(longest) + 1;
        let end = (at + len).min(data.len());
        match rng.below(9) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] = rng.next() as u8;
            }
            2 => {
                data.drain(at..end);
            }
            3 => {
                let copy = data[at..end].to_vec();
                let to = rng.below(data.len() + 1);
                data.splice(to..to, copy);
            }
            4 => {
                let other = rng.pick(seeds);
                let from = rng.below(other.len());
                let piece = &other[from..(from + len).min(other.len())];
                data.splice(at..end, piece.iter().copied());
            }
            5 => {
                let times = if rng.below(8) == 0 { 2000 } else { 20 };
                let run = rng.pick(TOKENS).repeat(rng.below(times) + 1);
                data.splice(at..at, run);
            }
            _ => {
                let token = rng.pick(TOKENS).to_vec();
                data.splice(at..at, token);
            }
        }
    }
    data.truncate(MAX_INPUT);
    data
}

// ---------------------------------------------------------------------------------------------
// The runner

thread_local! {
    /// Set while a target runs, so its panics are recorded (with their location) rather than
    /// printed thousands of times.
    static IN_TARGET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

fn record_target_panics() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if IN_TARGET.with(Cell::get) {
                LAST_PANIC.with(|last| *last.borrow_mut() = info.to_string());
            } else {
                default(info);
            }
        }));
    });
}

/// This thread's CPU time, so that a busy machine does not make an input look slow; `None`
/// where Linux's schedstat is missing.
fn cpu_time() -> Option<Duration> {
    let stat = fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(
        stat.split_whitespace().next()?.parse().ok()?,
    ))
}

/// The call in progress, for the watchdog: a hang never returns to be timed.
static RUNNING: Mutex<Option<(&str, Vec<u8>, Instant)>> = Mutex::new(None);

/// Ends the whole test when one call has run for `HANG`, keeping its input first.
fn start_watchdog() {
    thread::spawn(|| loop {
        thread::sleep(Duration::from_secs(1));
        if let Some((name, input, started)) = &*RUNNING.lock().unwrap() {
            if started.elapsed() > HANG {
                let path = keep(name, input);
                // Straight to stderr: the test's captured output is lost when the process exits.
                let message = format!("fuzz: {name} hangs; input kept as {}\n", path.display());
                let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
                std::process::exit(101);
            }
        }
    });
}

/// Runs `target` on `input`: `Err` with the panic or property message, or when it is slow.
fn run((name, target): &(&'static str, Target), input: &[u8]) -> Result<Duration, String> {
    *RUNNING.lock().unwrap() = Some((name, input.to_vec(), Instant::now()));
    IN_TARGET.with(|t| t.set(true));
    let (wall, cpu) = (Instant::now(), cpu_time());
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| target(input)));
    let elapsed = cpu.zip(cpu_time()).map_or(wall.elapsed(), |(a, b)| b - a);
    IN_TARGET.with(|t| t.set(false));
    *RUNNING.lock().unwrap() = None;
    match outcome {
        Ok(Ok(())) if elapsed > SLOW => Err(format!("slow: {elapsed:?} on one input")),
        Ok(checked) => checked.map(|()| elapsed),
        Err(_) => Err(LAST_PANIC.with(|last| last.take())),
    }
}

/// Writes a failing input to its target's regression folder, named by its hash.
fn keep(name: &str, input: &[u8]) -> PathBuf {
    let hash = sourcebook::model::ids::hex(&<sha2::Sha256 as sha2::Digest>::digest(input));
    let dir = regressions_dir().join(name);
    fs::create_dir_all(&dir).expect("can create the regression folder");
    let path = dir.join(&hash[..16]);
    fs::write(&path, input).expect("can write the failing input");
    path
}

/// The part of a failure message that names the failure, not the input: a panic's location,
/// or a property message up to its colon.
fn signature(message: &str) -> &str {
    let first = message.lines().next().unwrap_or_default();
    first.split(": ").next().unwrap_or(first)
}

/// Drops chunks of the input, halving their size, while it fails the same way; bounded in
/// time. Slow inputs are kept whole: each try would take seconds.
fn shrink(target: &(&'static str, Target), input: &[u8], message: &str) -> Vec<u8> {
    let mut best = input.to_vec();
    if message.starts_with("slow") {
        return best;
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut chunk = best.len() / 2;
    while chunk > 0 && Instant::now() < deadline {
        let mut at = 0;
        while at < best.len() && Instant::now() < deadline {
            let candidate = [&best[..at], &best[(at + chunk).min(best.len())..]].concat();
            match run(target, &candidate) {
                Err(m) if signature(&m) == signature(message) => best = candidate,
                _ => at += chunk,
            }
        }
        chunk /= 2;
    }
    best
}

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz/regressions")
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).map_or(default, |v| {
        v.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{name}={v:?} is not a whole number"))
    })
}

#[test]
fn fuzz() {
    record_target_panics();
    start_watchdog();
    let mut failures = Vec::new();

    let mut replayed = 0;
    for entry in walkdir::WalkDir::new(regressions_dir())
        .min_depth(2)
        .max_depth(2)
    {
        let entry = entry.expect("the regressions folder is readable");
        let folder = entry
            .path()
            .parent()
            .and_then(|p| p.file_name())
            .unwrap_or_default();
        let Some(target) = TARGETS.iter().find(|(name, _)| folder == *name) else {
            failures.push(format!(
                "{}: no target is named {folder:?}",
                entry.path().display()
            ));
            continue;
        };
        let input = fs::read(entry.path()).expect("a regression input is readable");
        if let Err(message) = run(target, &input) {
            failures.push(format!("{}: {message}", entry.path().display()));
        }
        replayed += 1;
    }
    println!("fuzz: replayed {replayed} regression inputs");

    let seconds = env_number("SOURCEBOOK_FUZZ_SECONDS", 10);
    let seed = env_number("SOURCEBOOK_FUZZ_SEED", 20_250_417);
    println!(
        "fuzz: {seconds} s over {} targets, SOURCEBOOK_FUZZ_SEED={seed}",
        TARGETS.len()
    );
    let seeds = seeds();
    let share = Duration::from_secs(seconds).div_f64(TARGETS.len() as f64);
    for target @ (name, _) in TARGETS {
        // Each target has its own sequence, so one target's speed cannot change another's inputs.
        let mut rng = Rng(seed
            ^ name
                .bytes()
                .fold(0u64, |h, b| h.wrapping_mul(31) ^ u64::from(b)));
        let started = Instant::now();
        let (mut runs, mut slowest) = (0, Duration::ZERO);
        while started.elapsed() < share {
            let input = mutate(&mut rng, &seeds);
            runs += 1;
            match run(target, &input) {
                Ok(elapsed) => slowest = slowest.max(elapsed),
                Err(message) => {
                    let path = keep(name, &shrink(target, &input, &message));
                    failures.push(format!("{}: {message}", path.display()));
                    break;
                }
            }
        }
        println!("fuzz: {name}: {runs} inputs, slowest {slowest:?}");
    }
    assert!(
        failures.is_empty(),
        "fuzzing failed (SOURCEBOOK_FUZZ_SEED={seed}); each input is kept as a regression:\n{}",
        failures.join("\n")
    );
}
