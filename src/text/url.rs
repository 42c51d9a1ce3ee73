//! What kind of address a URL is, judged by its scheme, which is case-insensitive
//! (RFC 3986 §3.1): `HTTPS://example.org` is as much a web address as `https://example.org`.

/// The scheme of `url`, lowercased, and what follows its colon; `None` for a relative reference.
/// Anything before a colon that comes ahead of any `/`, `?` or `#` counts as a scheme, even one
/// that is not well-formed, so that a mangled `java script:` is never taken for a relative link.
pub(crate) fn split_scheme(url: &str) -> Option<(String, &str)> {
    let (scheme, rest) = url.split_once(':')?;
    (!scheme.contains(['/', '?', '#'])).then(|| (scheme.to_ascii_lowercase(), rest))
}

/// An absolute http or https address, in any case, exactly as given: leading spaces make it
/// something else, because it is stored and linked to as written.
pub(crate) fn is_http_url(url: &str) -> bool {
    split_scheme(url).is_some_and(|(scheme, rest)| {
        matches!(scheme.as_str(), "http" | "https") && rest.starts_with("//")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_addresses_in_any_case_count_and_nothing_else_does() {
        for url in [
            "https://example.org/a",
            "http://example.org",
            "HTTPS://EXAMPLE.ORG/A",
            "Http://example.org/a?b#c",
        ] {
            assert!(is_http_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "mailto:a@example.org",
            "ftp://example.org",
            "https:example.org",
            "//example.org",
            "example.org/https://x",
            " https://example.org",
            "",
        ] {
            assert!(!is_http_url(url), "{url}");
        }
    }

    #[test]
    fn schemes_are_lowercased_and_relative_references_have_none() {
        assert_eq!(
            split_scheme("HTTPS://x"),
            Some(("https".to_string(), "//x"))
        );
        assert_eq!(
            split_scheme("JavaScript:x"),
            Some(("javascript".to_string(), "x"))
        );
        assert_eq!(split_scheme("a/b:c"), None);
        assert_eq!(split_scheme("page.html?q=a:b"), None);
        assert_eq!(split_scheme("#c-1"), None);
    }
}
