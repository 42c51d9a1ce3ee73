//! One request's answer from what is published: a file of the site in memory, the live-reload
//! script, the page of a failed rebuild, or a 404. No sockets here, so every rule is unit-tested.
//!
//! Only keys of the in-memory `Site` can be served, and a request path reaches them only as
//! plain segments: `.` and `..`, empty segments, and any segment that decodes to a slash, a
//! backslash or NUL are refused before the lookup, so no spelling of a path climbs.

use super::Published;
use crate::render::highlight::escape_html;
use crate::render::Site;

/// The script that reloads a page when its site changes; `serve` adds it to the pages it serves.
pub(super) const LIVE_SCRIPT: &str = "/__sourcebook/live.js";
/// The server-sent event stream the script listens to.
pub(super) const EVENTS: &str = "/__sourcebook/events";
/// A folder's page, as the site's links and a static host expect.
const INDEX: &str = "index.html";

/// What to send back.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Where a redirect points.
    pub location: Option<String>,
    /// A Content-Security-Policy header, for the pages `serve` writes itself (the site's pages
    /// carry their own in a meta element).
    pub policy: Option<&'static str>,
}

/// The policy of the error page and plain answers: the live-reload script and nothing else.
const OWN_PAGES_POLICY: &str =
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

impl Reply {
    fn new(status: u16, content_type: &'static str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            content_type,
            body: body.into(),
            location: None,
            policy: None,
        }
    }

    fn text(status: u16, text: &str) -> Reply {
        Reply {
            policy: Some(OWN_PAGES_POLICY),
            ..Reply::new(status, "text/plain; charset=utf-8", text)
        }
    }
}

/// What a request asks for.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Request {
    /// The event stream, by a page of generation `since`.
    Events {
        since: u64,
    },
    Answer(Reply),
}

/// Answers a GET or HEAD for `target` (the request line's target, as the client sent it).
pub(super) fn answer(published: &Published, target: &str) -> Request {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    if path == EVENTS {
        let since = query
            .split('&')
            .find_map(|pair| pair.strip_prefix("since="))
            .and_then(|value| value.parse().ok())
            .unwrap_or(0);
        return Request::Events { since };
    }
    if path == LIVE_SCRIPT {
        return Request::Answer(Reply::new(
            200,
            "text/javascript; charset=utf-8",
            include_str!("live.js"),
        ));
    }
    let Some(key) = site_key(path) else {
        return Request::Answer(Reply::text(
            400,
            "400 bad request: the path has a `.` or `..` segment, an empty segment, or an \
             encoded slash, backslash or NUL",
        ));
    };
    Request::Answer(answer_path(published, path, &key))
}

fn answer_path(published: &Published, path: &str, key: &str) -> Reply {
    let generation = published.generation;
    let last_good = published.site.as_deref();
    if let Some(failure) = &published.failure {
        // Assets of the last good site keep the error page's neighbours working; every page
        // shows the error until a rebuild succeeds.
        return match last_good.and_then(|site| site.files.get(key)) {
            Some(bytes) if !is_html(key) => Reply::new(200, content_type(key), bytes.clone()),
            _ => error_page(failure, generation),
        };
    }
    let Some(site) = last_good else {
        return Reply::text(
            503,
            "503: the first build has not finished; reload in a moment",
        );
    };
    if let Some(bytes) = site.files.get(key) {
        return page_or_file(key, bytes, 200, generation);
    }
    if site.files.contains_key(&format!("{key}/{INDEX}")) {
        return Reply {
            location: Some(format!("{path}/")),
            ..Reply::text(301, "301: moved to the folder's page")
        };
    }
    not_found(site, generation)
}

fn page_or_file(key: &str, bytes: &[u8], status: u16, generation: u64) -> Reply {
    let body = if is_html(key) {
        with_live_script(bytes, generation)
    } else {
        bytes.to_vec()
    };
    Reply::new(status, content_type(key), body)
}

/// The site's own 404 page when it has one.
fn not_found(site: &Site, generation: u64) -> Reply {
    const NOT_FOUND_PAGE: &str = "404.html";
    match site.files.get(NOT_FOUND_PAGE) {
        Some(bytes) => page_or_file(NOT_FOUND_PAGE, bytes, 404, generation),
        None => Reply::text(404, "404: no such page in this site"),
    }
}

/// The key of the site's file that the path of a request names, or `None` when the path is
/// anything but plain segments. A path ending in `/` names the folder's index page.
fn site_key(path: &str) -> Option<String> {
    let rest = path.strip_prefix('/')?;
    let mut segments = Vec::new();
    let raw: Vec<&str> = rest.split('/').collect();
    for (i, segment) in raw.iter().enumerate() {
        let last = i + 1 == raw.len();
        if segment.is_empty() && last {
            segments.push(INDEX.to_string());
            break;
        }
        let decoded = percent_decode(segment)?;
        let plain = !decoded.is_empty()
            && decoded != "."
            && decoded != ".."
            && !decoded.contains(['/', '\\', '\0']);
        if !plain {
            return None;
        }
        segments.push(decoded);
    }
    Some(segments.join("/"))
}

/// `%XX` escapes decoded; `None` for a broken escape or bytes that are not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn is_html(key: &str) -> bool {
    key.ends_with(".html")
}

/// The media type of a site file, by its extension.
fn content_type(key: &str) -> &'static str {
    let extension = key.rsplit_once('.').map_or("", |(_, e)| e);
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

/// The page with the live-reload script before its `</head>` (at its end if it has none).
fn with_live_script(html: &[u8], generation: u64) -> Vec<u8> {
    let tag =
        format!(r#"<script src="{LIVE_SCRIPT}" data-generation="{generation}" defer></script>"#);
    let head_end = html
        .windows(7)
        .position(|w| w.eq_ignore_ascii_case(b"</head>"))
        .unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + tag.len());
    out.extend_from_slice(&html[..head_end]);
    out.extend_from_slice(tag.as_bytes());
    out.extend_from_slice(&html[head_end..]);
    out
}

/// The page every address shows while the last rebuild has failed: the error as the command
/// line prints it, escaped.
fn error_page(failure: &str, generation: u64) -> Reply {
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Build failed · sourcebook serve</title>\n</head>\n<body>\n<main>\n\
         <h1>The build failed</h1>\n\
         <p>Fix the problem and save: this page reloads with the site when a rebuild succeeds.</p>\n\
         <pre id=\"sourcebook-error\">{}</pre>\n</main>\n</body>\n</html>\n",
        escape_html(failure)
    );
    Reply {
        policy: Some(OWN_PAGES_POLICY),
        ..Reply::new(
            500,
            "text/html; charset=utf-8",
            with_live_script(page.as_bytes(), generation),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn published(failure: Option<&str>) -> Published {
        let site = Site {
            files: [
                (
                    "index.html",
                    "<html><head><title>t</title></head><body>front</body></html>",
                ),
                (
                    "actors/index.html",
                    "<html><head></head><body>actors</body></html>",
                ),
                ("static/style.css", "body{}"),
                ("404.html", "<html><head></head><body>missing</body></html>"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.as_bytes().to_vec()))
            .collect(),
        };
        Published {
            generation: 7,
            site: Some(Arc::new(site)),
            failure: failure.map(str::to_string),
        }
    }

    fn reply(published: &Published, target: &str) -> Reply {
        match answer(published, target) {
            Request::Answer(reply) => reply,
            Request::Events { .. } => panic!("{target} asked for events"),
        }
    }

    fn body(reply: &Reply) -> String {
        String::from_utf8(reply.body.clone()).unwrap()
    }

    #[test]
    fn folders_serve_their_index_page_and_pages_get_the_script() {
        let site = published(None);
        for target in ["/", "/index.html", "/?x=1"] {
            let front = reply(&site, target);
            assert_eq!(front.status, 200, "{target}");
            assert_eq!(front.content_type, "text/html; charset=utf-8");
            assert!(body(&front).contains(
                r#"<title>t</title><script src="/__sourcebook/live.js" data-generation="7" defer></script></head>"#
            ));
        }
        assert!(body(&reply(&site, "/actors/")).contains("actors"));
        let moved = reply(&site, "/actors");
        assert_eq!(
            (moved.status, moved.location.as_deref()),
            (301, Some("/actors/"))
        );
        let css = reply(&site, "/static/style.css");
        assert_eq!(
            (css.status, css.content_type, body(&css).as_str()),
            (200, "text/css; charset=utf-8", "body{}")
        );
    }

    #[test]
    fn unknown_paths_get_the_sites_404_page() {
        let missing = reply(&published(None), "/nowhere.html");
        assert_eq!(missing.status, 404);
        assert!(body(&missing).contains("missing"));
        assert!(body(&missing).contains(LIVE_SCRIPT));
    }

    #[test]
    fn paths_that_could_climb_are_refused() {
        for target in [
            "/../etc/passwd",
            "/static/../index.html",
            "/%2e%2e/secret",
            "/%2E%2E/secret",
            "/.%2e/secret",
            "/static%2f..%2findex.html",
            "/static/%5c..%5cindex.html",
            "/static\\..\\index.html",
            "//etc/passwd",
            "/./index.html",
            "/index.html%00.css",
            "/%zz",
            "/%c0%ae%c0%ae/secret",
            "etc/passwd",
            "http://example.org/index.html",
        ] {
            assert_eq!(reply(&published(None), target).status, 400, "{target}");
        }
    }

    #[test]
    fn percent_encoded_names_are_found() {
        let mut site = published(None);
        Arc::get_mut(site.site.as_mut().unwrap())
            .unwrap()
            .files
            .insert("sources/a b.html".into(), b"<p>spaced".to_vec());
        assert_eq!(reply(&site, "/sources/a%20b.html").status, 200);
    }

    #[test]
    fn a_failed_rebuild_shows_its_error_on_every_page_but_keeps_assets() {
        let failed = published(Some(
            "content/index.md:3:5: no such passage <b>\n  help: fix",
        ));
        for target in ["/", "/actors/", "/nowhere.html"] {
            let page = reply(&failed, target);
            assert_eq!(page.status, 500, "{target}");
            let text = body(&page);
            assert!(text.contains("content/index.md:3:5: no such passage &lt;b&gt;"));
            assert!(!text.contains("<b>"));
            assert!(text.contains(LIVE_SCRIPT));
            assert!(page.policy.unwrap().contains("script-src 'self'"));
        }
        assert_eq!(reply(&failed, "/static/style.css").status, 200);
    }

    #[test]
    fn the_event_stream_takes_the_pages_generation() {
        assert_eq!(
            answer(&published(None), "/__sourcebook/events?since=12"),
            Request::Events { since: 12 }
        );
        assert_eq!(
            answer(&published(None), "/__sourcebook/events"),
            Request::Events { since: 0 }
        );
        let script = reply(&published(None), LIVE_SCRIPT);
        assert_eq!(script.content_type, "text/javascript; charset=utf-8");
        assert!(body(&script).contains("EventSource"));
    }

    #[test]
    fn a_page_without_head_gets_the_script_at_its_end() {
        assert_eq!(
            String::from_utf8(with_live_script(b"<p>x", 1)).unwrap(),
            r#"<p>x<script src="/__sourcebook/live.js" data-generation="1" defer></script>"#
        );
    }
}
