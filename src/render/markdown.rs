//! Editor markdown → HTML with pulldown-cmark. Fenced code is highlighted at build time;
//! raw HTML is shown as text, only web, mail and relative links are kept, and headings keep
//! only an `id` and classes from `{#id .class}` attributes, so nothing written in content/
//! can run in a reader's browser, with or without the Content-Security-Policy.

use super::highlight::{escape_html, Highlighter};
use pulldown_cmark::{Alignment, CodeBlockKind, CowStr, Event, Parser, Tag, TagEnd};

pub fn markdown_to_html(text: &str, highlighter: &Highlighter) -> String {
    let options = crate::briefing::citations::PROSE_MARKDOWN;
    let mut events = Vec::new();
    let mut code: Option<(String, String)> = None;
    // An image from another site becomes a link to it: pages load nothing from elsewhere, so
    // a reader is never tracked and an archived copy never shows a hole.
    let mut image_as_link = false;
    for event in Parser::new_ext(text, options) {
        match (event, &mut code) {
            (Event::Start(Tag::CodeBlock(kind)), _) => {
                let language = match kind {
                    CodeBlockKind::Fenced(info) => info
                        .split_whitespace()
                        .next()
                        .unwrap_or_default()
                        .to_string(),
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new()));
            }
            (Event::Text(text), Some((_, buffer))) => buffer.push_str(&text),
            (Event::End(TagEnd::CodeBlock), Some((language, buffer))) => {
                events.push(Event::Html(
                    code_block(buffer, language, highlighter).into(),
                ));
                code = None;
            }
            (Event::Html(raw) | Event::InlineHtml(raw), _) => events.push(Event::Text(raw)),
            (
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }),
                _,
            ) if is_elsewhere(&dest_url) => {
                image_as_link = true;
                events.push(Event::Start(with_safe_url(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })));
            }
            (Event::End(TagEnd::Image), _) if image_as_link => {
                image_as_link = false;
                events.push(Event::End(TagEnd::Link));
            }
            (Event::Start(tag @ (Tag::Link { .. } | Tag::Image { .. })), _) => {
                events.push(Event::Start(with_safe_url(tag)))
            }
            (
                Event::Start(Tag::Heading {
                    level, id, classes, ..
                }),
                _,
            ) => events.push(Event::Start(Tag::Heading {
                level,
                id: id.map(|id| plain_token(&id)).filter(|id| !id.is_empty()),
                classes: classes
                    .iter()
                    .map(|class| plain_token(class))
                    .filter(|class| !class.is_empty())
                    .collect(),
                attrs: Vec::new(),
            })),
            // pulldown-cmark would align columns with `style` attributes, which the site's
            // Content-Security-Policy (`style-src 'self'`) refuses, so they never applied.
            (Event::Start(Tag::Table(alignments)), _) => {
                events.push(Event::Start(Tag::Table(vec![
                    Alignment::None;
                    alignments.len()
                ])))
            }
            (event, _) => events.push(event),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

fn code_block(code: &str, language: &str, highlighter: &Highlighter) -> String {
    let body = highlighter
        .highlight(code, language)
        .unwrap_or_else(|| escape_html(code));
    let class = language
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect::<String>();
    if class.is_empty() {
        format!("<pre class=\"code\"><code>{body}</code></pre>\n")
    } else {
        format!("<pre class=\"code\"><code class=\"language-{class}\">{body}</code></pre>\n")
    }
}

/// An id or class name reduced to letters, digits, `-` and `_`: nothing that could end the
/// attribute or read as a URL or handler. Any other attribute (`onfocus=…`, `style=…`,
/// `autofocus`) is dropped by the caller.
fn plain_token(text: &str) -> CowStr<'static> {
    text.chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        .collect::<String>()
        .into()
}

fn with_safe_url(tag: Tag<'_>) -> Tag<'_> {
    match tag {
        Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        } => Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        },
        Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        } => Tag::Image {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        },
        other => other,
    }
}

/// Keeps http(s), mailto, fragment and relative links; anything else (javascript:, data:,
/// vbscript:…) becomes a dead "#".
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    if is_safe_url(&url) {
        url
    } else {
        CowStr::Borrowed("#")
    }
}

/// An address on another site: with a scheme, or protocol-relative (`//host/…`).
fn is_elsewhere(url: &str) -> bool {
    let url = url.trim();
    crate::text::url::split_scheme(url).is_some() || url.starts_with("//")
}

/// Relative links and http(s) or mailto addresses; `javascript:`, `data:` and other schemes
/// are not, whatever their case or surrounding spaces.
pub fn is_safe_url(url: &str) -> bool {
    let scheme = crate::text::url::split_scheme(url.trim()).map(|(scheme, _)| scheme);
    matches!(scheme.as_deref(), None | Some("http" | "https" | "mailto"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> String {
        markdown_to_html(text, &Highlighter::new())
    }

    #[test]
    fn prose_tables_and_footnotes() {
        let html = render(
            "# Title\n\nSome *text*.[^1]\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[^1]: A note.\n",
        );
        assert!(html.contains("<h1>Title</h1>"));
        assert!(html.contains("<em>text</em>"));
        assert!(html.contains("<table>"));
        assert!(html.contains("footnote-definition"));
    }

    #[test]
    fn fenced_code_is_highlighted_with_classes() {
        let html = render("```json\n{\"a\": 1}\n```\n");
        assert!(
            html.contains("<pre class=\"code\"><code class=\"language-json\">"),
            "{html}"
        );
        assert!(html.contains("hl-"), "{html}");
    }

    #[test]
    fn raw_html_and_script_links_never_become_live() {
        let html = render("<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](JaVaScRiPt:alert(2))\n");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.to_lowercase().contains("href=\"javascript"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn heading_attributes_keep_only_id_and_class() {
        let html = render(
            "# T {#m onfocus=alert(1) autofocus tabindex=1 style=\"color:red\" .note}\n\n\
             ## U {#top:x .a/b}\n",
        );
        assert!(
            html.contains("<h1 id=\"m\" class=\"note\">T</h1>"),
            "{html}"
        );
        assert!(
            html.contains("<h2 id=\"topx\" class=\"ab\">U</h2>"),
            "{html}"
        );
        for banned in ["onfocus", "autofocus", "tabindex", "style", "alert"] {
            assert!(!html.contains(banned), "{banned}: {html}");
        }
    }

    #[test]
    fn images_from_elsewhere_become_links_and_local_ones_stay() {
        let html = render(
            "![a chart](https://tracker.example/p.png) ![b](//cdn.example/b.png) ![c](figures/c.png)\n",
        );
        assert!(
            html.contains("<a href=\"https://tracker.example/p.png\">a chart</a>"),
            "{html}"
        );
        assert!(
            html.contains("<a href=\"//cdn.example/b.png\">b</a>"),
            "{html}"
        );
        assert!(
            html.contains("<img src=\"figures/c.png\" alt=\"c\""),
            "{html}"
        );
        assert_eq!(html.matches("<img").count(), 1, "{html}");
    }

    #[test]
    fn aligned_table_columns_get_no_style_attribute() {
        let html = render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");
        assert!(
            html.contains("<th>a</th>") && html.contains("<td>3</td>"),
            "{html}"
        );
        assert!(!html.contains("style"), "{html}");
    }

    #[test]
    fn ordinary_links_are_kept() {
        let html = render(
            "[a](https://example.org) [b](sources/x.html#c-1) [c](#top) [d](mailto:a@b.c)\n",
        );
        for href in [
            "https://example.org",
            "sources/x.html#c-1",
            "#top",
            "mailto:a@b.c",
        ] {
            assert!(html.contains(&format!("href=\"{href}\"")), "{href}: {html}");
        }
    }
}
