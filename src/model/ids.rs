//! Ids and file names made from text: slugs for actors and sources, hex for hashes, and the
//! rule for a source id.

use crate::model::date::PartialDate;
use crate::text::lexicon::is_stop_word;
use unicode_normalization::UnicodeNormalization;

/// The longest id `add` makes by itself (an id given by the editor may be longer).
pub const MADE_ID_MAX: usize = 40;

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

/// A short source id: the outlet (or the site of its address), the publication date and the
/// headline's first content words, at most `MADE_ID_MAX` characters on a word boundary —
/// "coastwire-2019-03-04-calloway-closes-pier". Empty when nothing gives a word.
pub fn short_source_id(site: Option<&str>, published: Option<PartialDate>, title: &str) -> String {
    let site = site.map(slugify).unwrap_or_default();
    // Two words of an outlet's name are enough to tell it apart ("daily-ledger").
    let site: Vec<&str> = site.split('-').filter(|w| !w.is_empty()).take(2).collect();
    let title = slugify(title);
    let content: Vec<&str> = title.split('-').filter(|w| !is_stop_word(w)).collect();
    let words = if content.is_empty() {
        title.split('-').filter(|w| !w.is_empty()).collect()
    } else {
        content
    };
    let date = published.map(|d| d.to_string());
    let mut id = site.join("-");
    for part in date.iter().map(String::as_str).chain(words) {
        let grown = if id.is_empty() {
            part.len()
        } else {
            id.len() + 1 + part.len()
        };
        if grown > MADE_ID_MAX {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(part);
    }
    id
}

/// The site a web address belongs to, as a name: "https://www.daily-ledger.example.org/x" →
/// "example", "http://articles.latimes.com/…" → "latimes": the label before the top-level
/// domain (and before a second-level one such as "co" in "co.uk").
pub fn site_of(url: &str) -> Option<String> {
    let host = url.split_once("//")?.1.split(['/', '?', '#', ':']).next()?;
    let mut labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    labels.pop()?;
    if labels.len() > 1
        && matches!(
            *labels.last()?,
            "co" | "com" | "org" | "net" | "gov" | "ac" | "edu" | "or" | "ne"
        )
    {
        labels.pop();
    }
    labels
        .pop()
        .map(str::to_ascii_lowercase)
        .filter(|l| l.chars().any(|c| c.is_ascii_alphabetic()))
}

/// The known id most like `id`: one that extends it or that it extends (a truncated or
/// over-long copy), else one at most two edits away (a typo).
pub fn nearest_id<'a>(id: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        let prefix = id.len() >= 6 && (candidate.starts_with(id) || id.starts_with(candidate));
        let distance = if prefix {
            0
        } else {
            edit_distance(id, candidate)
        };
        if distance <= 2 && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(ca != cb))
                .min(above + 1)
                .min(row[j] + 1);
            diagonal = above;
        }
    }
    row[b.len()]
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

    #[test]
    fn made_source_ids_are_short_and_say_outlet_date_and_subject() {
        let date = PartialDate::parse("2019-03-04");
        let id = short_source_id(
            Some("Coast Wire Evening Edition"),
            date,
            "Calloway Closes Its Old Ferry Pier After the Piles Rot",
        );
        assert_eq!(id, "coast-wire-2019-03-04-calloway-closes");
        assert!(id.len() <= MADE_ID_MAX);
        assert!(validate_id(&id).is_ok());
        assert_eq!(short_source_id(None, None, "The Pier"), "pier");
        assert_eq!(short_source_id(None, None, "Of the"), "of-the");
        assert_eq!(short_source_id(None, None, "—"), "");
        let long = "x".repeat(80);
        assert_eq!(short_source_id(Some("ledger"), None, &long), "ledger");
    }

    #[test]
    fn the_nearest_id_is_a_truncation_an_extension_or_a_typo() {
        let known = ["pier-closure", "orchard-frost-2021", "bridge"];
        let near = |id| nearest_id(id, known.iter().copied());
        assert_eq!(near("pier-closrue"), Some("pier-closure"));
        assert_eq!(near("orchard-frost"), Some("orchard-frost-2021"));
        assert_eq!(near("bridges"), Some("bridge"));
        assert_eq!(near("harbour"), None);
    }

    #[test]
    fn the_site_of_an_address_is_its_name_before_the_top_level_domain() {
        let site = |u| site_of(u);
        assert_eq!(
            site("https://www.daily-ledger.org/a/b").as_deref(),
            Some("daily-ledger")
        );
        assert_eq!(
            site("http://news.ledger.co.uk/x").as_deref(),
            Some("ledger")
        );
        assert_eq!(
            site("http://uk.harbourtimes.com").as_deref(),
            Some("harbourtimes")
        );
        assert_eq!(site("http://192.168.0.1/x"), None);
        assert_eq!(site("not a url"), None);
    }
}
