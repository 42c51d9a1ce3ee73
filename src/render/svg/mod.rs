//! Two pictures drawn as inline SVG at build time: the network of actors mentioned
//! together, and a timeline of dated events.
//!
//! Laid out here rather than by a script in the browser so pages need no JavaScript and the
//! CSP can forbid it. Output is byte-identical for identical input (fixed iteration counts,
//! no hashing, one decimal at most) so rebuilds do not churn the site. Colours come from the
//! site's stylesheet through classes: inline styles would break `style-src 'self'`.

mod layout;
mod network;
mod text;
mod timeline;

pub(super) use network::{network_svg, NetworkEdge, NetworkNode};
pub(super) use timeline::{timeline_svg, TimelineMark};

use super::highlight::escape_html as escape;
use super::markdown::is_safe_url;

/// The width of both pictures, in viewBox units: narrow enough for their text to stay legible
/// when scaled to a phone's width; the height grows with what they show instead (see
/// `network_height`).
const WIDTH: f64 = 520.0;
/// The text size of both pictures, big enough to stay legible when scaled down to a phone's
/// width.
const FONT: f64 = 18.0;

/// The root element, title and description. The font size is set here, as a presentation
/// attribute, because the layout measures text at that size: the stylesheet may choose the
/// family but should leave the size alone.
fn open_svg(
    id: &str,
    class: &str,
    width: f64,
    height: f64,
    font: f64,
    title: &str,
    description: &str,
) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"group\" aria-labelledby=\"{id}-title {id}-desc\" class=\"{class}\" font-size=\"{f}\">\n<title id=\"{id}-title\">{t}</title>\n<desc id=\"{id}-desc\">{d}</desc>\n",
        w = num(width),
        h = num(height),
        f = num(font),
        t = escape(title),
        d = escape(description),
    )
}

/// At most one decimal, no "-0" and no trailing ".0": short and stable across builds.
fn num(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    if tenths.is_multiple_of(10) {
        format!("{sign}{}", tenths / 10)
    } else {
        format!("{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

fn passages(count: usize) -> String {
    if count == 1 {
        "1 passage".to_string()
    } else {
        format!("{count} passages")
    }
}

/// Keeps http(s), mailto, fragment and relative links; anything else (javascript:, data:…)
/// becomes a dead "#", since escaping alone does not stop a script URL.
fn safe_href(href: &str) -> &str {
    if is_safe_url(href) {
        href
    } else {
        "#"
    }
}

/// `kind` as one lower-case class-name token: a space would add classes and other
/// characters could break out of the attribute or make selectors awkward, so everything
/// but ASCII letters, digits and '-' becomes '-' (which also leaves nothing to escape).
fn class_token(kind: &str) -> String {
    let token: String = kind
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if token.is_empty() {
        "other".to_string()
    } else {
        token
    }
}

/// What the tests of both pictures read back out of an SVG.
#[cfg(test)]
mod testing {
    /// The width and height of the viewBox.
    pub(super) fn svg_size(svg: &str) -> (f64, f64) {
        let rest = &svg[svg.find("viewBox=\"0 0 ").unwrap() + 13..];
        let mut sizes = rest[..rest.find('"').unwrap()].split(' ');
        let mut next = || sizes.next().unwrap().parse().unwrap();
        (next(), next())
    }

    /// Every value of `name="…"` in `svg`, as numbers.
    pub(super) fn numbers(svg: &str, name: &str) -> Vec<f64> {
        let key = format!(" {name}=\"");
        svg.split(&key)
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
            .collect()
    }

    /// What both pictures are: no inline styles, no fixed size, no colours of their own, a closed
    /// root, and ids for the title and description only.
    pub(super) fn assert_plain_svg(svg: &str) {
        assert!(!svg.contains("style"));
        assert!(!svg.contains(" width=") && !svg.contains(" height="));
        assert!(!svg.contains("fill="));
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches(" id=\"").count(), 2);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_have_one_decimal_at_most() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(12.36), "12.4");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-3.25), "-3.3");
        assert_eq!(num(0.96), "1");
    }

    #[test]
    fn hrefs_keep_web_and_relative_links_only() {
        for ok in [
            "/actors/x/",
            "x.html#p3",
            "https://example.org/a:b",
            "mailto:a@b",
            "?q=a:b",
        ] {
            assert_eq!(safe_href(ok), ok);
        }
        for bad in [
            "javascript:alert(1)",
            " VBScript:x",
            "data:text/html,x",
            "java\tscript:x",
        ] {
            assert_eq!(safe_href(bad), "#");
        }
    }
}
