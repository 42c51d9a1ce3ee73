//! English word forms and function words: plurals that break the "-s" rule, nouns that do not
//! change, prefixes that make adjectives, and the words that commonly open a sentence.

/// Plural nouns that do not end in "s" ("2000 people" counts, "the 2000 election" is a year).
pub(crate) const PLURALS_WITHOUT_S: &[&str] = &[
    "cattle",
    "children",
    "feet",
    "men",
    "people",
    "personnel",
    "police",
    "staff",
    "women",
];

/// Singular nouns whose plural does not add "-s", with that plural.
pub(crate) const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("person", "people"),
    ("man", "men"),
    ("woman", "women"),
    ("child", "children"),
    ("foot", "feet"),
    ("life", "lives"),
];

/// Nouns whose plural is the same word, and unit symbols, which take no "-s" either.
pub(crate) const INVARIANT_NOUNS: &[&str] = &[
    "bpd",
    "cm",
    "ft",
    "gw",
    "ha",
    "kg",
    "km",
    "kw",
    "kwh",
    "lb",
    "mi",
    "mm",
    "mph",
    "mw",
    "oz",
    "aircraft",
    "cattle",
    "crew",
    "deer",
    "fish",
    "livestock",
    "military",
    "offspring",
    "percent",
    "personnel",
    "police",
    "sheep",
    "staff",
    "yen",
    "yuan",
];

/// Prefixes that make a hyphenated word an adjective ("pro-Russian", "Sino-Russian",
/// "ex-President"), lowercase.
pub(crate) const ADJECTIVE_PREFIXES: &[&str] = &[
    "afro", "anglo", "anti", "austro", "co", "euro", "ex", "franco", "greco", "indo", "inter",
    "judeo", "mid", "multi", "neo", "non", "pan", "post", "pre", "pro", "russo", "sino", "sub",
    "trans",
];

/// Capitalised function words that commonly open a sentence ("The", "However", "He").
#[rustfmt::skip]
pub(crate) const SENTENCE_STARTERS: &[&str] = &[
    "A", "After", "Again", "All", "Also", "Although", "An", "And", "Another", "Any", "Are", "As",
    "At", "Because", "Before", "Both", "But", "By", "Can", "Could", "Despite", "Did", "Do", "Does",
    "During", "Each", "Even", "Every", "For", "From", "Furthermore", "Had", "Has", "Have", "He",
    "Her", "Here", "His", "How", "However", "I", "If", "In", "Indeed", "Instead", "Is", "It",
    "Its", "Last", "Later", "Let", "Many", "Meanwhile", "More", "Moreover", "Most", "Much", "My",
    "Nevertheless", "Next", "No", "None", "Nor", "Not", "Now", "Of", "On", "One", "Only", "Or",
    "Other", "Our", "Over", "Several", "She", "Should", "Since", "So", "Some", "Still", "Such",
    "That", "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Thus",
    "To", "Under", "Unlike", "Until", "Was", "We", "Were", "What", "When", "Where", "Whether",
    "Which", "While", "Who", "Why", "With", "Without", "Would", "Yet", "You", "Your",
];
