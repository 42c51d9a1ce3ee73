//! Words that mark a name as a thing rather than an actor: products, measures, market
//! indices and occasions. General English only.

/// Units of measure, written as capitalised or mixed-case tokens ("16 GB", "3 GHz").
const UNITS: &[&str] = &[
    "GB", "MB", "KB", "kB", "TB", "PB", "Gb", "Mb", "GHz", "MHz", "kHz", "Hz", "dB", "mAh", "kWh",
    "MWh", "GWh", "TWh", "kW", "MW", "GW", "mph", "km", "kg", "mm", "cm", "bn", "mn", "bln", "mln",
    "kph", "rpm", "fps",
];

/// Singular nouns that, after "the X", say X is a product's name ("the X jet"). Nouns a
/// company or a team also pairs with ("series", "player", "app") are left out.
const PRODUCT_NOUNS: &[&str] = &[
    "aircraft",
    "airliner",
    "jet",
    "jetliner",
    "plane",
    "helicopter",
    "drone",
    "engine",
    "missile",
    "rocket",
    "rifle",
    "tank",
    "car",
    "sedan",
    "saloon",
    "coupe",
    "hatchback",
    "minivan",
    "truck",
    "pickup",
    "vehicle",
    "motorcycle",
    "phone",
    "smartphone",
    "handset",
    "tablet",
    "laptop",
    "notebook",
    "netbook",
    "computer",
    "console",
    "device",
    "chip",
    "processor",
    "smartwatch",
    "camera",
    "vaccine",
    "drug",
    "pill",
    "model",
    "browser",
];

/// Words before a product line's name that say it is launched ("unveiled new X laptops", "an
/// updated X series").
const LAUNCH_WORDS: &[&str] = &["new", "updated", "latest", "redesigned", "upgraded"];

/// Verbs of bringing a product out, before "new" and its name ("unveiled new X").
const LAUNCH_VERBS: &[&str] = &[
    "unveil",
    "unveils",
    "unveiled",
    "launch",
    "launches",
    "launched",
    "release",
    "releases",
    "released",
    "introduce",
    "introduces",
    "introduced",
    "debut",
    "debuts",
    "debuted",
    "ship",
    "ships",
    "shipped",
];

/// Organisation head-words that products are named with too ("X Air", "X Express"): after a
/// launch word and before a product noun, they say nothing of a body.
const HEADS_PRODUCTS_BEAR: &[&str] = &["Air", "Express", "Stores"];

/// Nouns of a range of products, before "of" and a product noun's plural ("X series of
/// laptops").
const SERIES_WORDS: &[&str] = &["series", "line", "range", "family", "lineup"];

/// Two words that, after a name, say it is a product's ("X operating system").
const PRODUCT_PHRASES: &[(&str, &str)] = &[("operating", "system"), ("web", "browser")];

/// Last words that make a name a market index ("X Composite", "X Index").
const INDEX_HEADS: &[&str] = &["index", "composite", "average", "industrials", "indices"];

/// Words that, before a number of points, say a market index moved or stood there ("fell 90
/// points", "has a value of 9,100 points"), not that a player scored them.
const INDEX_MOVES: &[&str] = &[
    "fell",
    "falls",
    "fall",
    "falling",
    "rose",
    "rises",
    "rise",
    "rising",
    "dropped",
    "drops",
    "dropping",
    "gained",
    "gains",
    "closed",
    "closes",
    "surged",
    "climbed",
    "slid",
    "slipped",
    "jumped",
    "plunged",
    "tumbled",
    "declined",
    "recovered",
    "shed",
    "lost",
    "down",
    "up",
    "value",
    "lower",
    "higher",
];

/// Last words that make a name something other than an actor's: an occasion ("X Developers
/// Conference", "X Summit": a gathering is where actors meet; "X War", "X Revolution": a
/// happening they take part in) or an honour ("X Award", "X Prize": it is given). A law's or a treaty's name stays, as a participant of what is done
/// to it ("ratified the X Accord").
const NON_ACTOR_HEADS: &[&str] = &[
    "conference",
    "summit",
    "expo",
    "festival",
    "olympics",
    "war",
    "wars",
    "revolution",
    "uprising",
    "championship",
    "championships",
    "tournament",
    "awards",
    "award",
    "prize",
    "medal",
    "trophy",
    "fellowship",
    "scholarship",
];

/// Last words that make a name a text's: a law, a treaty, an agreement. It takes part in what
/// is done to it ("ratified the X Accord"), so its mentions stay, but it is no organisation.
const TEXT_HEADS: &[&str] = &[
    "act",
    "acts",
    "treaty",
    "accord",
    "accords",
    "agreement",
    "protocol",
    "charter",
    "amendment",
    "doctrine",
    "convention",
];

/// First words of a storm's name ("Hurricane X", "Typhoon X"): a storm is a happening.
const STORM_WORDS: &[&str] = &["hurricane", "typhoon", "cyclone", "superstorm"];

/// Academic degrees written after a name or with an article ("Jana Roe, PhD", "an MBA"):
/// never a body, though shaped like an acronym.
const DEGREES: &[&str] = &[
    "PhD", "Ph.D", "Ph.D.", "DPhil", "MBA", "MPH", "MSc", "BSc", "LLB", "LLM", "MFA", "EdD",
    "PsyD", "DDS",
];

/// Symbols written against an amount ("US$7", "HK$3").
pub(crate) const CURRENCY_SYMBOLS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₽', '₺'];

pub(crate) fn is_unit(word: &str) -> bool {
    UNITS.contains(&word)
}

pub(crate) fn is_product_noun(word: &str) -> bool {
    PRODUCT_NOUNS.contains(&word)
}

/// "jets", "laptops": a product noun in the plural, which after a name says the name is a
/// product line's ("X laptops") whatever precedes it.
pub(crate) fn is_product_plural(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(is_product_noun)
}

pub(crate) fn is_launch_word(word: &str) -> bool {
    LAUNCH_WORDS.contains(&word)
}

pub(crate) fn is_launch_verb(word: &str) -> bool {
    LAUNCH_VERBS.contains(&word)
}

/// In the case a name writes it: "Air" of "X Air".
pub(crate) fn is_head_products_bear(word: &str) -> bool {
    HEADS_PRODUCTS_BEAR.contains(&word)
}

pub(crate) fn is_series_word(word: &str) -> bool {
    SERIES_WORDS.contains(&word)
}

pub(crate) fn is_product_phrase(first: &str, second: &str) -> bool {
    PRODUCT_PHRASES.contains(&(first, second))
}

/// In lowercase: a word of a market index moving ("fell", "value").
pub(crate) fn is_index_move(word: &str) -> bool {
    INDEX_MOVES.contains(&word)
}

/// In any case: "Index" ends a name, "index" follows one.
pub(crate) fn is_index_head(word: &str) -> bool {
    INDEX_HEADS.contains(&word.to_lowercase().as_str())
}

/// In any case: "Conference" or "Award" ends a name that no actor bears.
pub(crate) fn is_non_actor_head(word: &str) -> bool {
    NON_ACTOR_HEADS.contains(&word.to_lowercase().as_str())
}

/// "X Act", "X Treaty": a text's name by its last word, in any case.
pub(crate) fn names_a_text(name: &str) -> bool {
    let words = name.split_whitespace().count();
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    words > 1 && TEXT_HEADS.contains(&last.as_str())
}

/// "Hurricane X", "Tropical Storm X": the first words of a storm's name.
pub(crate) fn is_storm_name(first: &str, second: Option<&str>) -> bool {
    let first = first.to_lowercase();
    STORM_WORDS.contains(&first.as_str())
        || (first == "tropical" && second.is_some_and(|w| w.eq_ignore_ascii_case("storm")))
}

pub(crate) fn is_degree(word: &str) -> bool {
    DEGREES.contains(&word)
}

/// Degrees whose letters also name other things ("MD", Maryland), read as degrees only after
/// a person's name and a comma ("Jana Roe, MD") or an article ("an MD").
pub(crate) fn is_degree_after_name(word: &str) -> bool {
    is_degree(word) || ["MD", "M.D.", "M.D", "JD", "J.D.", "RN", "DO"].contains(&word)
}
