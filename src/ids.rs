//! Ids and file names made from text: slugs for actors and sources, hex for hashes.

use unicode_normalization::UnicodeNormalization;

/// Lowercase ASCII words joined by '-', accents stripped, at most 60 chars on a word boundary.
pub fn slugify(text: &str) -> String {
    let ascii: String = text
        .nfd()
        .filter(char::is_ascii)
        .collect::<String>()
        .to_ascii_lowercase();
    let mut slug = String::new();
    for word in ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !slug.is_empty() && slug.len() + 1 + word.len() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word[..word.len().min(60)]);
    }
    slug
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_safe_ids() {
        assert_eq!(
            slugify("Café Owners’ Union: A Report (2025)"),
            "cafe-owners-union-a-report-2025"
        );
        assert!(crate::source::validate_id(&slugify("x".repeat(200).as_str())).is_ok());
        assert_eq!(slugify("—"), "");
    }
}
