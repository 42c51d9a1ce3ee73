//! The one stemmer: Snowball's English algorithm ("sanctions", "sanctioned" → "sanction"),
//! for every reader that compares words by their stems.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::OnceLock;

/// How many stems each thread remembers before it starts afresh: a news vocabulary fits,
/// and a long-running `serve` does not grow without bound.
const REMEMBERED: usize = 200_000;

thread_local! {
    /// Stems already made on this thread, by word: the readers stem the same words over and
    /// over, and the algorithm costs more than a lookup.
    static STEMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The English Snowball stem of `word`, which should be lowercase.
pub(crate) fn stem(word: &str) -> String {
    STEMS.with_borrow_mut(|stems| {
        if let Some(known) = stems.get(word) {
            return known.clone();
        }
        if stems.len() >= REMEMBERED {
            stems.clear();
        }
        let made = snowball_stem(word);
        stems.insert(word.to_string(), made.clone());
        made
    })
}

fn snowball_stem(word: &str) -> String {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER
        .get_or_init(|| Stemmer::create(Algorithm::English))
        .stem(word)
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remembered_stem_is_the_one_made_afresh() {
        for word in [
            "sanctioned",
            "recognition",
            "traders",
            "sanctioned",
            "traders",
        ] {
            assert_eq!(stem(word), snowball_stem(word));
        }
    }

    #[test]
    fn inflections_share_a_stem() {
        assert_eq!(stem("sanctions"), stem("sanctioned"));
        assert_eq!(stem("recognition"), "recognit");
        assert_ne!(stem("trade"), stem("traders"));
    }
}
