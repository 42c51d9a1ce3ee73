//! Ids and file names made from text: slugs for actors and sources, hex for hashes, and the
//! rule for a source id.

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

/// Checks that an id can name files inside content/sources without escaping it:
/// lowercase letters, digits and single inner `-`, `_` or `.`, starting with a letter or digit.
pub fn validate_id(id: &str) -> std::result::Result<(), String> {
    let ok_chars = id
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'));
    let starts_ok = id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric());
    if id.is_empty()
        || id.len() > 80
        || !ok_chars
        || !starts_ok
        || id.contains("..")
        || id.ends_with('.')
    {
        return Err(format!(
            "{id:?} is not a valid source id: use 1–80 lowercase letters, digits, '-', '_' or '.', \
             starting with a letter or digit (no slashes, no '..')"
        ));
    }
    Ok(())
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
        assert!(crate::model::ids::validate_id(&slugify("x".repeat(200).as_str())).is_ok());
        assert_eq!(slugify("—"), "");
    }
}
