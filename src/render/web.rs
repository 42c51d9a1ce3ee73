//! The files a site needs beyond its pages: sitemap.xml (only with a base-url, since the
//! sitemap protocol wants absolute addresses), robots.txt, and an Atom feed of the sources.
//! All are built from sorted data, so the same briefing gives the same bytes.

use super::highlight::escape_html as escape;
use super::routes::{self, normalised_base};
use crate::briefing::Briefing;
use crate::model::date::PartialDate;
use std::fmt::Write;

/// Every page but the 404 page, as absolute addresses under `base`.
pub(super) fn sitemap_xml<'p>(base: &str, pages: impl Iterator<Item = &'p str>) -> String {
    let base = normalised_base(base);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in pages.filter(|p| p.ends_with(".html") && *p != routes::NOT_FOUND) {
        let _ = writeln!(
            out,
            "<url><loc>{}{}</loc></url>",
            escape(&base),
            escape(page)
        );
    }
    out.push_str("</urlset>\n");
    out
}

pub(super) fn robots_txt(base: Option<&str>) -> String {
    let mut out = String::from("User-agent: *\nAllow: /\n");
    if let Some(base) = base {
        let _ = writeln!(out, "Sitemap: {}{}", normalised_base(base), routes::SITEMAP);
    }
    out
}

/// An RFC 3339 timestamp for the start of a date's period.
fn timestamp(date: PartialDate) -> String {
    format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        date.year(),
        date.month().unwrap_or(1),
        date.day().unwrap_or(1)
    )
}

/// The sources as an Atom feed, newest first. Links are absolute with a base-url and
/// relative to the feed (which sits at the site root) without one; entry ids are the
/// originals' sha256, which never change while the original does not.
pub(super) fn atom_feed(briefing: &Briefing) -> String {
    let base = briefing
        .config
        .site
        .base_url
        .as_deref()
        .map(normalised_base)
        .unwrap_or_default();
    let mut sources: Vec<_> = briefing.sources.iter().map(|s| &s.source.meta).collect();
    let dated = |m: &crate::model::source::SourceMeta| m.published.or(m.retrieved);
    sources.sort_by(|a, b| dated(b).cmp(&dated(a)).then(a.id.cmp(&b.id)));
    let updated = sources
        .iter()
        .filter_map(|m| dated(m))
        .max()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_string(), timestamp);
    let book = &briefing.config.book;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&book.title));
    if !book.description.is_empty() {
        let _ = writeln!(out, "<subtitle>{}</subtitle>", escape(&book.description));
    }
    let _ = writeln!(
        out,
        "<link rel=\"alternate\" href=\"{}{}\"/>",
        escape(&base),
        routes::FRONT_PAGE
    );
    if !base.is_empty() {
        let _ = writeln!(
            out,
            "<link rel=\"self\" href=\"{}{}\"/>",
            escape(&base),
            routes::FEED
        );
    }
    let feed_id = if base.is_empty() {
        format!("urn:sourcebook:{}", crate::model::ids::slugify(&book.title))
    } else {
        format!("{base}{}", routes::FEED)
    };
    let _ = writeln!(
        out,
        "<id>{}</id>\n<updated>{updated}</updated>",
        escape(&feed_id)
    );
    let _ = writeln!(
        out,
        "<author><name>{}</name></author>",
        escape(&match book.authors.join(", ") {
            a if a.is_empty() => book.title.clone(),
            a => a,
        })
    );
    for meta in sources {
        let page = format!("{base}{}", routes::source(&meta.id));
        let _ = writeln!(out, "<entry>\n<title>{}</title>", escape(&meta.title));
        let _ = writeln!(out, "<link rel=\"alternate\" href=\"{}\"/>", escape(&page));
        let _ = writeln!(out, "<id>urn:sha256:{}</id>", escape(&meta.sha256));
        let when = dated(meta).map_or_else(|| updated.clone(), timestamp);
        let _ = writeln!(out, "<updated>{when}</updated>");
        if let Some(published) = meta.published {
            let _ = writeln!(out, "<published>{}</published>", timestamp(published));
        }
        let by = [meta.outlet.as_str(), meta.byline.as_deref().unwrap_or("")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        if !by.is_empty() {
            let _ = writeln!(out, "<summary>{}</summary>", escape(&by));
        }
        out.push_str("</entry>\n");
    }
    out.push_str("</feed>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sitemaps_list_pages_absolutely_without_the_404_page() {
        let xml = sitemap_xml(
            "https://example.org/brief",
            [
                "index.html",
                "404.html",
                "data/briefing.json",
                "actors/a&b.html",
            ]
            .into_iter(),
        );
        assert!(xml.contains("<loc>https://example.org/brief/index.html</loc>"));
        assert!(xml.contains("<loc>https://example.org/brief/actors/a&amp;b.html</loc>"));
        assert!(!xml.contains("404") && !xml.contains("json"));
    }

    #[test]
    fn robots_point_at_the_sitemap_only_with_a_base() {
        assert_eq!(robots_txt(None), "User-agent: *\nAllow: /\n");
        assert!(robots_txt(Some("https://x.org/b/"))
            .ends_with("Sitemap: https://x.org/b/sitemap.xml\n"));
    }

    #[test]
    fn timestamps_start_the_period() {
        let date = PartialDate::parse("2025-04").unwrap();
        assert_eq!(timestamp(date), "2025-04-01T00:00:00Z");
    }
}
