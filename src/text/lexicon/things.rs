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

/// Last words that make a name an occasion's, not an actor's ("X Developers Conference", "X
/// Summit"): a gathering is where actors meet.
const EVENT_HEADS: &[&str] = &[
    "conference",
    "summit",
    "expo",
    "festival",
    "olympics",
    "championship",
    "championships",
    "tournament",
    "awards",
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

/// In any case: "Conference" ends a name.
pub(crate) fn is_event_head(word: &str) -> bool {
    EVENT_HEADS.contains(&word.to_lowercase().as_str())
}
