//! General-knowledge word lists and lookups for the mention finder: states with their other
//! names, demonyms and capitals; major cities and regions; widely known organisations; common
//! given names; titles, head-words and the capitalised words that name nothing.
//!
//! Nothing here may name a particular corpus's people, places or events. Tables are built once,
//! on first use, into hash maps keyed by lowercase text (acronyms: by their exact spelling).

mod countries;
mod names;
mod organisations;
mod places;
mod vocabulary;
mod words;

use crate::text::lexicon::{self, calendar};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What a gazetteer phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Category {
    Country,
    /// A demonym ("Russian", "Afghans"); the entry's name is its country.
    Demonym,
    Capital,
    City,
    Region,
    Organisation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    /// The name to report: a country's common name, a city's usual spelling.
    pub name: &'static str,
    pub category: Category,
}

impl Entry {
    pub(crate) fn evidence(&self) -> &'static str {
        match self.category {
            Category::Country => "gazetteer: country",
            Category::Demonym => "gazetteer: demonym",
            Category::Capital => "gazetteer: capital",
            Category::City => "gazetteer: city",
            Category::Region => "gazetteer: region",
            Category::Organisation => "gazetteer: organisation",
        }
    }
}

/// Looks a phrase up (words separated by single spaces). Acronyms match only as written
/// ("US", not "Us"); other names match in any case, so all-caps headings still find them.
pub(crate) fn lookup(phrase: &str) -> Option<Entry> {
    let phrases = phrases();
    let key = phrase.replace('’', "'");
    phrases
        .exact
        .get(key.as_str())
        .or_else(|| phrases.folded.get(&key.to_lowercase()))
        .copied()
}

/// Whether the phrase is a gazetteer spelling exactly as written, in capitals ("US",
/// "NATO"), rather than a name written in capitals ("MOSCOW").
pub(crate) fn is_listed_acronym(phrase: &str) -> bool {
    !phrase.chars().any(char::is_lowercase) && phrases().exact.contains_key(phrase)
}

/// The most words any gazetteer phrase has, to bound longest-match searches.
pub(crate) fn longest_phrase_words() -> usize {
    phrases().longest
}

/// Whether one given name is a common short form of the other ("tom", "thomas"), in lowercase.
pub(crate) fn is_short_form_pair(a: &str, b: &str) -> bool {
    names::SHORT_GIVEN_NAMES
        .iter()
        .any(|&(short, full)| (short, full) == (a, b) || (short, full) == (b, a))
}

/// A common given name, or an East Asian family name that comes first ("Wang" in "Wang Yi").
pub(crate) fn is_given_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        word_set(
            names::GIVEN_NAMES
                .iter()
                .chain(names::FAMILY_NAMES_FIRST)
                .copied(),
        )
    });
    set.contains(&word.to_lowercase())
}

/// The state whose capital `name` is (any spelling, any case): "Nairobi" → "Kenya".
pub(crate) fn state_of_capital(name: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for &(state, _, _, capitals) in countries::COUNTRIES {
            for capital in capitals.split(';').flat_map(spellings) {
                map.entry(capital.to_lowercase()).or_insert(state);
            }
        }
        map
    });
    map.get(&name.to_lowercase()).copied()
}

/// The state a seat of government stands for ("Kremlin" → "Russia"), in any case.
pub(crate) fn state_of_seat(name: &str) -> Option<&'static str> {
    organisations::SEATS_OF_GOVERNMENT
        .iter()
        .find(|(seat, _)| seat.eq_ignore_ascii_case(name))
        .map(|&(_, state)| state)
}

/// The evidence string of a title or honorific ("Minister" → "title: Minister").
pub(crate) fn title(word: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    tagged(&MAP, words::TITLES, word)
        .or_else(|| hyphenated_title(word))
        .or_else(|| dotted_title(word).and_then(|bare| tagged(&MAP, words::TITLES, &bare)))
}

/// "C.E.O." → "CEO": a title's letters written with dots.
fn dotted_title(word: &str) -> Option<String> {
    let bare: String = word.chars().filter(|&c| c != '.').collect();
    (word.matches('.').count() >= 2 && bare.chars().all(char::is_uppercase)).then_some(bare)
}

/// "Prosecutor-General", "Deputy-Minister": title words and modifiers joined by hyphens.
fn hyphenated_title(word: &str) -> Option<&'static str> {
    let parts: Vec<&str> = word.split('-').collect();
    if parts.len() < 2
        || !parts
            .iter()
            .all(|p| title(p).is_some() || is_title_modifier(p))
    {
        return None;
    }
    parts.iter().rev().find_map(|p| title(p))
}

/// Defines lookups in word lists: `name => list` gives `pub fn name(word: &str) -> bool`,
/// whether `word`, in any case, is in the whitespace-separated `list`.
macro_rules! in_lists {
    ($($(#[$doc:meta])* $name:ident => $list:expr;)*) => {$(
        $(#[$doc])*
        pub(crate) fn $name(word: &str) -> bool {
            static SET: OnceLock<HashSet<String>> = OnceLock::new();
            in_set(&SET, $list, word)
        }
    )*};
}

/// Defines lookups in tagged tables: `name => table` gives
/// `pub fn name(word: &str) -> Option<&'static str>`, the evidence of `word` in any case.
macro_rules! in_tables {
    ($($(#[$doc:meta])* $name:ident => $table:expr;)*) => {$(
        $(#[$doc])*
        pub(crate) fn $name(word: &str) -> Option<&'static str> {
            static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
            tagged(&MAP, $table, word)
        }
    )*};
}

in_lists! {
    /// A capitalised word that completes a title ("Foreign" in "Foreign Minister").
    is_title_modifier => words::TITLE_MODIFIERS;
    /// A lowercase role noun that marks a person in context ("spokeswoman Jana Novak").
    is_role_noun => words::ROLE_NOUNS;
    /// A lowercase word that may precede a role noun ("foreign ministry spokeswoman").
    is_role_modifier => words::ROLE_MODIFIERS;
    /// A lowercase noun that, in apposition, makes a name an organisation's ("the band X").
    is_organisation_noun => words::ORGANISATION_NOUNS;
    /// A lowercase noun that, in apposition, makes a name a place's ("the village of X").
    is_place_noun => words::PLACE_NOUNS;
    /// A company's head-word or legal suffix ("Motors", "Inc").
    is_company_head => words::COMPANY_HEADS;
    /// A company's legal form ("Inc", "AG"), the last word of its name.
    is_legal_suffix => words::LEGAL_SUFFIXES;
    /// A last word that says what kind of body a name is ("Center", "Bank").
    is_descriptive_head => words::DESCRIPTIVE_HEADS;
    /// A lowercase noun after a name's possessive that only a company has ("X's shares").
    is_company_possession => words::COMPANY_POSSESSIONS;
    /// A lowercase role of a company's staff, before a person's name ("X analyst Jana Roe").
    is_company_staff => words::COMPANY_STAFF;
    /// A lowercase noun that makes two peoples' adjectives two parties ("X-Y border").
    is_relation_noun => words::RELATION_NOUNS;
    /// A lowercase noun of a leader's time in office or people ("the X administration").
    is_tenure_noun => words::TENURE_NOUNS;
}

/// The one spelling names are compared in, for a lowercase word with a British and an
/// American spelling or a common abbreviation ("centre" → "center", "mt" → "mount",
/// "recognised" → "recognized", "analyse" → "analyze"). Only a comparison key: a word with
/// no "-ize" form ("advise") meets no other word by it.
pub(crate) fn compared_spelling(word: &str) -> Cow<'_, str> {
    if let Some((_, usual)) = words::SPELLING_VARIANTS.iter().find(|(v, _)| *v == word) {
        return Cow::Borrowed(usual);
    }
    const ENDINGS: &[&str] = &["e", "ed", "es", "ing", "ation", "ations", "er", "ers"];
    let british = ENDINGS.iter().find_map(|ending| {
        let stem = word.strip_suffix(ending)?;
        (stem.len() > 3 && (stem.ends_with("is") || stem.ends_with("ys"))).then_some(stem)
    });
    match british {
        Some(stem) => Cow::Owned(format!(
            "{}z{}",
            &stem[..stem.len() - 1],
            &word[stem.len()..]
        )),
        None => Cow::Borrowed(word),
    }
}

in_tables! {
    /// The evidence string of an organisation head-word ("Ministry", "Forces", "Times").
    organisation_head => words::ORGANISATION_HEADS;
    /// The evidence string of a head-word that makes a name ending in it a place ("River").
    place_head_last => words::PLACE_HEADS_LAST;
    /// The evidence string of a head-word that makes a name starting with it a place ("Lake").
    place_head_first => words::PLACE_HEADS_FIRST;
    /// The evidence string of a reporting verb that follows a person's name ("said").
    speech_verb => words::SPEECH_VERBS;
}

/// A capitalised word that never names an actor alone: "Government", "West", "Islam",
/// months, weekdays, holidays.
pub(crate) fn is_generic(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    in_set(&SET, words::GENERIC_WORDS, word) || is_calendar_word(word)
}

/// A month or weekday name or abbreviation ("May", "Tue").
pub(crate) fn is_calendar_word(word: &str) -> bool {
    calendar::month_number(word).is_some() || calendar::is_weekday(word)
}

/// An everyday English word, so its capital says nothing at the start of a sentence.
pub(crate) fn is_common_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    in_set(&SET, words::COMMON_WORDS, word) || lexicon::is_stop_word(word)
}

/// An everyday English word in the wider sense: a common word, or a noun, adjective or verb
/// of the general vocabulary, in the singular or plural ("Schools").
pub(crate) fn is_english_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    let known = |w: &str| is_common_word(w) || in_set(&SET, vocabulary::VOCABULARY, w);
    let lower = word.to_lowercase();
    let stem_known = |suffix: &str| {
        lower
            .strip_suffix(suffix)
            .is_some_and(|stem| known(stem) || (suffix.len() > 1 && known(&format!("{stem}e"))))
    };
    known(&lower) || ["s", "es", "ing", "ed"].into_iter().any(stem_known)
}

/// An all-caps abbreviation that is not a name ("GDP", "TV", "COVID").
pub(crate) fn is_non_name_acronym(word: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    in_set(&SET, words::NON_NAME_ACRONYMS, &word.replace('.', ""))
}

/// A lowercase particle inside a name ("de" in "Rio de Janeiro", "von der", "al"), as written.
pub(crate) fn is_name_particle(word: &str) -> bool {
    words::NAME_PARTICLES.contains(&word)
}

/// A lowercase part of a hyphenated name ("ul" in "Zain-ul-Abideen", "on" in "Rostov-on-Don").
pub(crate) fn is_hyphen_particle(word: &str) -> bool {
    words::HYPHEN_PARTICLES.contains(&word)
}

/// A word that starts place and church names before a given name ("St. John", "San José").
pub(crate) fn is_saint_word(word: &str) -> bool {
    words::SAINT_WORDS.contains(&word)
}

/// A title that makes "<Title> of <Place>" a person's name ("Prince of Wales"), where other
/// titles make it a role ("Minister of Finance"); any case.
pub(crate) fn is_noble_title(word: &str) -> bool {
    words::NOBLE_TITLES.contains(&word.to_lowercase().as_str())
}

/// An ending that marks place names in many languages ("-shire", "-ville", "-stan", "-abad"),
/// on a word at least three letters longer.
pub(crate) fn has_place_ending(word: &str) -> bool {
    let word = word.to_lowercase();
    let len = word.chars().count();
    words::PLACE_ENDINGS
        .iter()
        .any(|e| word.ends_with(e) && len >= e.chars().count() + 3)
}

struct Phrases {
    exact: HashMap<String, Entry>,
    folded: HashMap<String, Entry>,
    longest: usize,
}

fn phrases() -> &'static Phrases {
    static PHRASES: OnceLock<Phrases> = OnceLock::new();
    PHRASES.get_or_init(build_phrases)
}

/// Builds the phrase tables. Earlier insertions win, so the order sets precedence: a country
/// beats a capital of the same name ("Djibouti"), a capital beats a region ("Victoria").
fn build_phrases() -> Phrases {
    let mut phrases = Phrases {
        exact: HashMap::new(),
        folded: HashMap::new(),
        longest: 1,
    };
    for &(name, others, _, _) in countries::COUNTRIES {
        let entry = Entry {
            name,
            category: Category::Country,
        };
        phrases.insert_all(std::iter::once(name).chain(spellings(others)), entry);
    }
    for &(name, _, demonyms, _) in countries::COUNTRIES {
        let entry = Entry {
            name,
            category: Category::Demonym,
        };
        phrases.insert_all(spellings(demonyms), entry);
    }
    phrases.insert_lists(organisations::ORGANISATIONS, Category::Organisation);
    for &(_, _, _, capitals) in countries::COUNTRIES {
        let capitals: Vec<&'static str> = capitals.split(';').map(str::trim).collect();
        phrases.insert_lists(&capitals, Category::Capital);
    }
    phrases.insert_lists(places::CITIES, Category::City);
    phrases.insert_lists(places::REGIONS, Category::Region);
    phrases
}

impl Phrases {
    /// Inserts lists of spellings ("Kyiv|Kiev"), each reported by its first spelling.
    fn insert_lists(&mut self, lists: &[&'static str], category: Category) {
        for list in lists {
            let mut names = spellings(list);
            if let Some(name) = names.next() {
                let entry = Entry { name, category };
                self.insert_all(std::iter::once(name).chain(names), entry);
            }
        }
    }

    fn insert_all(&mut self, spellings: impl Iterator<Item = &'static str>, entry: Entry) {
        for spelling in spellings {
            self.longest = self.longest.max(spelling.split(' ').count());
            self.exact.entry(spelling.to_string()).or_insert(entry);
            // Acronyms match only as written, so "US" is never the pronoun "us".
            if spelling.chars().any(char::is_lowercase) {
                self.folded.entry(spelling.to_lowercase()).or_insert(entry);
            }
        }
    }
}

fn spellings(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn word_set<'a>(lists: impl Iterator<Item = &'a str>) -> HashSet<String> {
    lists
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect()
}

fn in_set(set: &OnceLock<HashSet<String>>, list: &str, word: &str) -> bool {
    set.get_or_init(|| word_set(std::iter::once(list)))
        .contains(&word.to_lowercase())
}

fn tagged(
    map: &OnceLock<HashMap<String, &'static str>>,
    table: &[(&str, &'static str)],
    word: &str,
) -> Option<&'static str> {
    let map = map.get_or_init(|| {
        table
            .iter()
            .map(|&(word, evidence)| (word.to_lowercase(), evidence))
            .collect()
    });
    // An abbreviation keeps its dot in a name ("Acme Inc."); the tables list most bare.
    let bare = word.strip_suffix('.').unwrap_or(word);
    map.get(&word.to_lowercase())
        .or_else(|| map.get(&bare.to_lowercase()))
        .copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seats_of_government_stand_for_their_states() {
        assert_eq!(state_of_seat("Kremlin"), Some("Russia"));
        assert_eq!(state_of_seat("white house"), Some("United States"));
        assert_eq!(state_of_seat("Moscow"), None);
        for &(_, state) in organisations::SEATS_OF_GOVERNMENT {
            assert_eq!(
                lookup(state).map(|e| e.name),
                Some(state),
                "{state} is a country"
            );
        }
    }

    #[test]
    fn countries_short_forms_and_demonyms() {
        assert_eq!(lookup("U.S.").unwrap().name, "United States");
        assert_eq!(lookup("UK").unwrap().name, "United Kingdom");
        assert_eq!(lookup("Britain").unwrap().category, Category::Country);
        let russian = lookup("Russians").unwrap();
        assert_eq!(
            (russian.name, russian.category),
            ("Russia", Category::Demonym)
        );
        assert_eq!(lookup("South Korean").unwrap().name, "South Korea");
        assert_eq!(lookup("us"), None, "acronyms match only as written");
        assert_eq!(lookup("RUSSIA").unwrap().name, "Russia");
        assert!(is_listed_acronym("NATO") && !is_listed_acronym("RUSSIA"));
    }

    #[test]
    fn precedence_countries_then_capitals_then_regions() {
        assert_eq!(lookup("Djibouti").unwrap().category, Category::Country);
        assert_eq!(lookup("Kabul").unwrap().category, Category::Capital);
        assert_eq!(lookup("Kiev").unwrap().name, "Kyiv");
        assert_eq!(lookup("Central Asia").unwrap().category, Category::Region);
        assert_eq!(lookup("NATO").unwrap().category, Category::Organisation);
    }

    #[test]
    fn word_lists() {
        assert!(is_given_name("maria") && is_given_name("Wang"));
        assert_eq!(title("Minister"), Some("title: Minister"));
        assert_eq!(
            organisation_head("ministry"),
            Some("org head-word: Ministry")
        );
        assert!(is_generic("March") && is_generic("Government") && is_generic("Tue"));
        assert!(is_common_word("However") && is_common_word("still"));
        assert!(!is_common_word("Moscow"));
        assert!(is_non_name_acronym("GDP") && !is_non_name_acronym("NATO"));
        assert!(is_english_word("Schools") && is_english_word("wheat"));
        assert!(is_english_word("Sharing") && is_english_word("lifted"));
        assert!(!is_english_word("Novak") && !is_english_word("Moscow"));
        assert_eq!(title("Prosecutor-General"), Some("title: General"));
        assert_eq!(title("C.E.O."), Some("title: CEO"));
        assert_eq!(title("U.S."), None);
    }

    #[test]
    fn every_country_has_a_unique_common_name() {
        let mut seen = HashSet::new();
        for (name, ..) in countries::COUNTRIES {
            assert!(seen.insert(*name), "{name} listed twice");
            assert_eq!(lookup(name).unwrap().category, Category::Country, "{name}");
        }
        assert!(seen.len() >= 193 + 2, "UN members and observers");
    }
}
