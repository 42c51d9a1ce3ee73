//! The one stemmer: Snowball's English algorithm ("sanctions", "sanctioned" → "sanction"),
//! for every reader that compares words by their stems.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// The English Snowball stem of `word`, which should be lowercase.
pub(crate) fn stem(word: &str) -> String {
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
    fn inflections_share_a_stem() {
        assert_eq!(stem("sanctions"), stem("sanctioned"));
        assert_eq!(stem("recognition"), "recognit");
        assert_ne!(stem("trade"), stem("traders"));
    }
}
