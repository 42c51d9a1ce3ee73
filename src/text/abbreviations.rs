//! Abbreviations written with a full stop ("Dr.", "vol.", "Inc.", "e.g."), each with what it
//! stands before or after. That use is what tells whether its full stop may end a sentence,
//! keep a name whole or join a broken line, so every reader of text asks this one table.
//! Abbreviated month names are calendar words (see `lexicon::calendar`).

/// What an abbreviation stands before or after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    /// A title or rank before a person's name ("Dr. Roe", "Gen. Lee").
    Title,
    /// Before a place's name ("St. Petersburg", "Mt. Kenya", "Ft. Worth").
    Place,
    /// After a person's name ("Roe Jr.").
    NameSuffix,
    /// After a company's name ("Acme Inc.", "Warner Bros.").
    CompanySuffix,
    /// Closing a list ("pears, etc.").
    ListEnd,
    /// A reference before its number ("vol. 3", "Art. 12", "pp. 4").
    Reference,
    /// "No." before a number ("No. 5"); without one it is the word "no".
    Numero,
    /// Latin and other abbreviations inside running text ("vs.", "cf.", "e.g.").
    Running,
}

/// Every abbreviation, as written without its final full stop. An entry in lowercase also
/// matches its capitalised form ("vol" and "Vol"); a capitalised one matches only itself,
/// because its lowercase form may be a word ("Art." but "art.").
#[rustfmt::skip]
const ABBREVIATIONS: &[(&str, Use)] = &[
    ("Adm", Use::Title), ("Capt", Use::Title), ("Cmdr", Use::Title), ("Col", Use::Title),
    ("Dr", Use::Title), ("Fr", Use::Title), ("Gen", Use::Title), ("Gov", Use::Title),
    ("Hon", Use::Title), ("Lt", Use::Title), ("Maj", Use::Title), ("Mr", Use::Title),
    ("Mrs", Use::Title), ("Ms", Use::Title), ("Pres", Use::Title), ("Prof", Use::Title),
    ("Rep", Use::Title), ("Rev", Use::Title), ("Sen", Use::Title), ("Sgt", Use::Title),
    ("Ft", Use::Place), ("Mt", Use::Place), ("St", Use::Place),
    ("Jr", Use::NameSuffix), ("Sr", Use::NameSuffix),
    ("Bros", Use::CompanySuffix), ("Co", Use::CompanySuffix), ("Corp", Use::CompanySuffix),
    ("Inc", Use::CompanySuffix), ("Ltd", Use::CompanySuffix),
    ("etc", Use::ListEnd),
    ("Art", Use::Reference), ("Ch", Use::Reference), ("fig", Use::Reference),
    ("Nos", Use::Reference), ("Nr", Use::Reference), ("p", Use::Reference),
    ("Para", Use::Reference), ("pp", Use::Reference), ("Ref", Use::Reference),
    ("Sec", Use::Reference), ("vol", Use::Reference),
    ("No", Use::Numero),
    ("approx", Use::Running), ("cf", Use::Running), ("est", Use::Running), ("vs", Use::Running),
    ("a.k.a", Use::Running), ("e.g", Use::Running), ("i.e", Use::Running),
];

/// The use of the abbreviation `word` (written without its final full stop), as written or,
/// for a lowercase entry, capitalised.
pub(crate) fn lookup(word: &str) -> Option<Use> {
    ABBREVIATIONS
        .iter()
        .find(|(spelling, _)| *spelling == word || capitalised(spelling).is_some_and(|c| c == word))
        .map(|&(_, used)| used)
}

/// The use of the abbreviation `word` in any case ("ART", "art" and "Art" are all "Art").
pub(crate) fn lookup_any_case(word: &str) -> Option<Use> {
    ABBREVIATIONS
        .iter()
        .find(|(spelling, _)| spelling.to_lowercase() == word.to_lowercase())
        .map(|&(_, used)| used)
}

/// A lowercase entry's capitalised form ("vol" → "Vol"); `None` for a capitalised entry.
fn capitalised(spelling: &str) -> Option<String> {
    let mut chars = spelling.chars();
    let first = chars.next().filter(|c| c.is_lowercase())?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_entries_also_match_capitalised_and_capitalised_only_themselves() {
        assert_eq!(lookup("vol"), Some(Use::Reference));
        assert_eq!(lookup("Vol"), Some(Use::Reference));
        assert_eq!(lookup("Art"), Some(Use::Reference));
        assert_eq!(lookup("art"), None, "the word art");
        assert_eq!(lookup("no"), None, "the word no");
        assert_eq!(lookup("No"), Some(Use::Numero));
        assert_eq!(lookup("Dr"), Some(Use::Title));
        assert_eq!(lookup("DR"), None);
        assert_eq!(lookup(""), None);
        assert_eq!(lookup_any_case("ART"), Some(Use::Reference));
        assert_eq!(lookup_any_case("E.G"), Some(Use::Running));
    }

    #[test]
    fn each_spelling_is_listed_once() {
        let mut seen = std::collections::HashSet::new();
        for (spelling, _) in ABBREVIATIONS {
            assert!(
                seen.insert(spelling.to_lowercase()),
                "{spelling} listed twice"
            );
            assert!(!spelling.ends_with('.'), "{spelling}: no final full stop");
        }
    }
}
