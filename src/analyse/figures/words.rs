//! The words this reader weighs: qualifiers, currencies, and the nouns, adjectives and
//! labels around a number that make it a figure or not (general number and plural words are
//! in `text::lexicon`).

use super::Currency;

/// Currencies: ISO code, and the unit their amounts count.
pub(super) const USD: Currency = currency("USD", "dollars");
pub(super) const EUR: Currency = currency("EUR", "euros");
pub(super) const GBP: Currency = currency("GBP", "pounds");
pub(super) const RUB: Currency = currency("RUB", "rubles");
const JPY: Currency = currency("JPY", "yen");
const CNY: Currency = currency("CNY", "yuan");
const AUD: Currency = currency("AUD", "dollars");
pub(super) const CAD: Currency = currency("CAD", "dollars");
const NZD: Currency = currency("NZD", "dollars");
const HKD: Currency = currency("HKD", "dollars");
const SGD: Currency = currency("SGD", "dollars");

const fn currency(code: &'static str, unit: &'static str) -> Currency {
    Currency { code, unit }
}

pub(super) const CURRENCY_SIGNS: &[(char, Currency)] =
    &[('$', USD), ('€', EUR), ('£', GBP), ('₽', RUB)];

/// Letters glued before "$" that say which dollar it is ("US$5", "C$5").
pub(super) const DOLLAR_PREFIXES: &[(&str, Currency)] = &[
    ("US", USD),
    ("A", AUD),
    ("AU", AUD),
    ("C", CAD),
    ("CA", CAD),
    ("NZ", NZD),
    ("HK", HKD),
    ("S", SGD),
];

/// ISO codes, matched case-sensitively: "rub" and "cad" are also English words.
pub(super) const CURRENCY_CODES: &[(&str, Currency)] = &[
    ("USD", USD),
    ("EUR", EUR),
    ("GBP", GBP),
    ("RUB", RUB),
    ("JPY", JPY),
    ("CNY", CNY),
    ("AUD", AUD),
    ("CAD", CAD),
    ("NZD", NZD),
    ("HKD", HKD),
    ("SGD", SGD),
];

/// Currency names after a number. "pounds" is left out: it is also a weight (only "pounds
/// sterling" and "£" are money).
pub(super) const CURRENCY_WORDS: &[(&str, Currency)] = &[
    ("dollar", USD),
    ("dollars", USD),
    ("euro", EUR),
    ("euros", EUR),
    ("sterling", GBP),
    ("ruble", RUB),
    ("rubles", RUB),
    ("rouble", RUB),
    ("roubles", RUB),
    ("yen", JPY),
    ("yuan", CNY),
];

/// One-letter scales glued to an amount ("$490M", "$5k", "1.5m people"). Alone, "5m" is as
/// likely metres, so these count only after a currency sign or before a plural noun.
pub(super) const MONEY_SCALE_LETTERS: &[(&str, f64)] =
    &[("k", 1e3), ("m", 1e6), ("b", 1e9), ("t", 1e12)];

/// Words that may sit between a count and its noun without being the noun themselves
/// ("5 new cases", "145 dead people", "no civilian casualties").
pub(super) const QUANTITY_ADJECTIVES: &[&str] = &[
    "additional",
    "armed",
    "civilian",
    "confirmed",
    "dead",
    "extra",
    "further",
    "innocent",
    "more",
    "new",
    "other",
    "reported",
    "suspected",
    "total",
    "young",
];

/// Participle-like words that are not "-ed" forms but name what happened to those counted.
pub(super) const PARTICIPLES: &[&str] = &["dead", "homeless", "hurt", "missing", "slain"];

/// Lowercase words after a number that are not what it counts: prepositions the stop list
/// lacks, and irregular past tenses that follow a subject count ("the index 500 fell").
pub(super) const NOT_UNITS: &[&str] = &[
    "became", "began", "brought", "came", "fell", "felt", "fought", "gave", "got", "grew", "held",
    "kept", "lost", "made", "met", "ran", "rose", "sat", "saw", "stood", "took", "told", "went",
    "won", "across", "amid", "apiece", "ago", "etc", "minus", "near", "others", "per", "plus",
    "pm", "toward", "towards", "versus", "via", "vs",
];

/// Unit nouns counted under another name: "persons" are people, tonnes are tons.
pub(super) const UNIT_SYNONYMS: &[(&str, &str)] = &[
    ("persons", "people"),
    ("ton", "tons"),
    ("tonne", "tons"),
    ("tonnes", "tons"),
];

/// Nouns (normalised) that make sense after "no" as a count of zero.
pub(super) const ZERO_NOUNS: &[&str] = &[
    "arrests",
    "casualties",
    "dead",
    "deaths",
    "fatalities",
    "injured",
    "injuries",
    "lives",
    "people",
    "survivors",
    "victims",
    "wounded",
];

/// What "no one was ..." / "none were ..." may go on to say, for a count of zero.
pub(super) const ZERO_PARTICIPLES: &[&str] = &[
    "arrested",
    "dead",
    "detained",
    "died",
    "displaced",
    "evacuated",
    "harmed",
    "hospitalised",
    "hospitalized",
    "hurt",
    "injured",
    "killed",
    "missing",
    "wounded",
];

pub(super) const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "have", "had", "got"];

/// Words before a four-digit number that make it a year even when a plural noun follows
/// ("in 2003 troops arrived", "the 2024 elections").
pub(super) const YEAR_WORDS: &[&str] = &[
    "after", "before", "between", "by", "during", "from", "in", "its", "last", "next", "since",
    "the", "their", "this", "through", "till", "until",
];

/// Words before a lone "one" that make it a pronoun ("no one", "each one").
pub(super) const ONE_PRONOUN_WORDS: &[&str] = &["any", "each", "every", "no", "some", "which"];

/// Words before a number that make it a label rather than a quantity ("Article 205",
/// "Flight 17"), whatever their case.
pub(super) const LABELS: &[&str] = &[
    "amendment",
    "annex",
    "appendix",
    "article",
    "articles",
    "category",
    "chapter",
    "clause",
    "decree",
    "episode",
    "flight",
    "gate",
    "highway",
    "item",
    "level",
    "magnitude",
    "number",
    "page",
    "pages",
    "paragraph",
    "phase",
    "platform",
    "resolution",
    "room",
    "route",
    "season",
    "section",
    "stage",
    "volume",
];

/// Labels only when capitalised: lowercase they are ordinary words ("passed the law 5 years
/// ago", "no 5").
pub(super) const CAPITALISED_LABELS: &[&str] = &[
    "Act", "Bill", "Block", "Building", "Case", "Class", "Day", "District", "Game", "Grade", "Law",
    "Model", "No", "Order", "Part", "Round", "Rule", "Title", "Type", "Unit", "Version", "Ward",
    "Week", "Zone",
];

/// What happens to people that news counts, by the words that say it: the measure a count
/// gets ("killed 145", "40 dead", "no deaths" all count the killed).
pub(super) const OUTCOMES: &[(&str, &[&str])] = &[
    (
        "killed",
        &[
            "killed",
            "killing",
            "kills",
            "kill",
            "dead",
            "died",
            "die",
            "dies",
            "deaths",
            "fatalities",
            "slain",
            "perished",
        ],
    ),
    (
        "wounded",
        &[
            "wounded", "wounding", "injured", "injuring", "injuries", "hurt", "harmed",
        ],
    ),
    ("missing", &["missing"]),
    (
        "arrested",
        &[
            "arrested",
            "arresting",
            "arrests",
            "detained",
            "detaining",
            "detentions",
        ],
    ),
    (
        "displaced",
        &[
            "displaced",
            "displacing",
            "evacuated",
            "evacuating",
            "evacuees",
            "refugees",
            "homeless",
        ],
    ),
    ("casualties", &["casualties"]),
];

/// Counted nouns that say only that people were counted, not what happened to them: the
/// measure comes from the verb ("145 people were killed"), and without one there is none.
pub(super) const PEOPLE_NOUNS: &[&str] = &["people", "individuals", "victims", "others"];

/// Groups of people: counted with a verb they make a narrower measure ("killed soldiers");
/// counted alone (a camp's residents, a crowd) they are not compared.
pub(super) const GROUP_NOUNS: &[&str] = &[
    "adults",
    "attendees",
    "children",
    "citizens",
    "civilians",
    "crew",
    "employees",
    "families",
    "fans",
    "fighters",
    "hostages",
    "inhabitants",
    "members",
    "men",
    "migrants",
    "militants",
    "officers",
    "passengers",
    "pilgrims",
    "police",
    "prisoners",
    "protesters",
    "residents",
    "soldiers",
    "spectators",
    "staff",
    "students",
    "tourists",
    "troops",
    "villagers",
    "visitors",
    "women",
    "workers",
    "worshippers",
];

/// Verbs before "N lives" that take them ("claimed 150 lives"); other verbs ("saved") do not.
pub(super) const LIFE_TAKING: &[&str] = &[
    "claimed", "claiming", "claims", "claim", "cost", "costing", "took", "taking", "lost",
];

/// Words that may stand between "toll" and its number ("the death toll rose to 40").
pub(super) const TOLL_LINKS: &[&str] = &[
    "at", "climbed", "had", "has", "is", "jumped", "now", "of", "reached", "risen", "rose",
    "stands", "stood", "to", "was",
];
