//! Figures: the quantities a news text states ("145 people", "nearly 150", "$3 billion",
//! "no casualties"), each with its qualifier, unit and currency, so that the same count
//! reported differently by two sources can be noticed.
//!
//! The text is cut into tokens (runs of letters, runs of digits, single symbols) that keep their
//! char offsets and what separated them from the token before. That separation carries much of
//! the meaning: "G7", "COVID-19", "10:30", "46th" and "$490M" differ from ordinary figures only
//! in what is glued to the digits. A figure is then read token by token: qualifier, currency,
//! number, scale, unit. Everything is general English; nothing here knows a particular story.

use serde::Serialize;

use crate::text::abbreviations::{self, Use};
use crate::text::lexicon::calendar::month_number;
use crate::text::lexicon::grammar::{INVARIANT_NOUNS, IRREGULAR_PLURALS, PLURALS_WITHOUT_S};
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::numbers::{
    cardinal, ORDINALS, SCALES, SCALE_ABBREVIATIONS, VAGUE_NUMBERS,
};
use crate::text::tokens::{self, Gap, Kind, Token};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// Char offset (Unicode scalar values) of the first char of the span.
    pub start: usize,
    /// Char offset one past the last char of the span. The span covers qualifier, currency,
    /// number, scale word and unit noun when present ("nearly 150 people", "$3 billion").
    pub end: usize,
    /// Exactly the chars `start..end` of the text.
    pub text: String,
    /// The quantity: 145.0, 3e9 for "$3 billion", 0.0 for "no casualties".
    pub value: f64,
    /// Normalised qualifier: "about", "nearly", "at least", "more than", "less than", "up to";
    /// None for an exact figure.
    pub qualifier: Option<&'static str>,
    /// What is counted or measured, as a lowercase plural head noun ("people", "years",
    /// "percent", "dollars") or the participle that follows a count ("killed").
    pub unit: Option<String>,
    /// ISO code of the currency ("USD", "EUR", "GBP", "RUB", ...) when the figure is money.
    pub currency: Option<&'static str>,
}

/// Finds the quantities in `text` (cleaned news text), in order, non-overlapping.
pub fn find_figures(text: &str) -> Vec<Figure> {
    let chars: Vec<char> = text.chars().collect();
    let scanner = Scanner {
        tokens: tokenize(&chars),
        chars: &chars,
    };
    let mut figures = Vec::new();
    let mut i = 0;
    while i < scanner.tokens.len() {
        match scanner.figure_at(i) {
            Some(draft) => {
                i = draft.last + 1;
                figures.push(scanner.finish(draft));
            }
            None => i += 1,
        }
    }
    figures
}

/// Whether two figures about the same thing disagree: same unit (and currency), but a
/// different value or qualifier. Figures without a unit say nothing about what they count, so
/// they never disagree with anything.
pub fn disagree(a: &Figure, b: &Figure) -> bool {
    let same_thing = a.unit.is_some() && a.unit == b.unit && a.currency == b.currency;
    same_thing && (!same_value(a.value, b.value) || a.qualifier != b.qualifier)
}

/// Equality up to floating-point noise: "1.7 million" and "1,700,000" are the same figure.
fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

// ---------------------------------------------------------------------------------------------
// Word lists. General English only.

/// Qualifiers that may stand right before a number, with their normalised form. They are tried
/// in order at each token; none is the start of another, so the order does not matter.
const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["at", "least"], "at least"),
    (&["no", "fewer", "than"], "at least"),
    (&["no", "less", "than"], "at least"),
    (&["no", "more", "than"], "up to"),
    (&["more", "than"], "more than"),
    (&["upwards", "of"], "more than"),
    (&["in", "excess", "of"], "more than"),
    (&["over"], "more than"),
    (&["less", "than"], "less than"),
    (&["fewer", "than"], "less than"),
    (&["under"], "less than"),
    (&["up", "to"], "up to"),
    (&["as", "many", "as"], "up to"),
    (&["as", "much", "as"], "up to"),
    (&["nearly"], "nearly"),
    (&["almost"], "nearly"),
    (&["close", "to"], "nearly"),
    (&["about"], "about"),
    (&["around"], "about"),
    (&["roughly"], "about"),
    (&["approximately"], "about"),
    (&["some"], "about"),
    (&["an", "estimated"], "about"),
];

#[derive(Debug, Clone, Copy)]
struct Currency {
    code: &'static str,
    unit: &'static str,
}

const USD: Currency = Currency {
    code: "USD",
    unit: "dollars",
};
const EUR: Currency = Currency {
    code: "EUR",
    unit: "euros",
};
const GBP: Currency = Currency {
    code: "GBP",
    unit: "pounds",
};
const RUB: Currency = Currency {
    code: "RUB",
    unit: "rubles",
};
const JPY: Currency = Currency {
    code: "JPY",
    unit: "yen",
};
const CNY: Currency = Currency {
    code: "CNY",
    unit: "yuan",
};
const AUD: Currency = Currency {
    code: "AUD",
    unit: "dollars",
};
const CAD: Currency = Currency {
    code: "CAD",
    unit: "dollars",
};
const NZD: Currency = Currency {
    code: "NZD",
    unit: "dollars",
};
const HKD: Currency = Currency {
    code: "HKD",
    unit: "dollars",
};
const SGD: Currency = Currency {
    code: "SGD",
    unit: "dollars",
};

const CURRENCY_SIGNS: &[(char, Currency)] = &[('$', USD), ('€', EUR), ('£', GBP), ('₽', RUB)];

/// Letters glued before "$" that say which dollar it is ("US$5", "C$5").
const DOLLAR_PREFIXES: &[(&str, Currency)] = &[
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
const CURRENCY_CODES: &[(&str, Currency)] = &[
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
const CURRENCY_WORDS: &[(&str, Currency)] = &[
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
const MONEY_SCALE_LETTERS: &[(&str, f64)] = &[("k", 1e3), ("m", 1e6), ("b", 1e9), ("t", 1e12)];

/// Words that may sit between a count and its noun without being the noun themselves
/// ("5 new cases", "145 dead people", "no civilian casualties").
const QUANTITY_ADJECTIVES: &[&str] = &[
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
const PARTICIPLES: &[&str] = &["dead", "homeless", "hurt", "missing", "slain"];

/// Lowercase words after a number that are not what it counts: prepositions the stop list
/// lacks, and irregular past tenses that follow a subject count ("the index 500 fell").
const NOT_UNITS: &[&str] = &[
    "became", "began", "brought", "came", "fell", "felt", "fought", "gave", "got", "grew", "held",
    "kept", "lost", "made", "met", "ran", "rose", "sat", "saw", "stood", "took", "told", "went",
    "won", "across", "amid", "apiece", "ago", "etc", "minus", "near", "others", "per", "plus",
    "pm", "toward", "towards", "versus", "via", "vs",
];

/// Unit nouns counted under another name: "persons" are people, tonnes are tons.
const UNIT_SYNONYMS: &[(&str, &str)] = &[
    ("persons", "people"),
    ("ton", "tons"),
    ("tonne", "tons"),
    ("tonnes", "tons"),
];

/// Nouns (normalised) that make sense after "no" as a count of zero.
const ZERO_NOUNS: &[&str] = &[
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
const ZERO_PARTICIPLES: &[&str] = &[
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

const AUXILIARIES: &[&str] = &["was", "were", "is", "are", "has", "have", "had", "got"];

/// Words before a four-digit number that make it a year even when a plural noun follows
/// ("in 2003 troops arrived", "the 2024 elections").
const YEAR_WORDS: &[&str] = &[
    "after", "before", "between", "by", "during", "from", "in", "its", "last", "next", "since",
    "the", "their", "this", "through", "till", "until",
];

/// Words before a lone "one" that make it a pronoun ("no one", "each one").
const ONE_PRONOUN_WORDS: &[&str] = &["any", "each", "every", "no", "some", "which"];

/// Words before a number that make it a label rather than a quantity ("Article 205",
/// "Flight 17"), whatever their case.
const LABELS: &[&str] = &[
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
const CAPITALISED_LABELS: &[&str] = &[
    "Act", "Bill", "Block", "Building", "Case", "Class", "Day", "District", "Game", "Grade", "Law",
    "Model", "No", "Order", "Part", "Round", "Rule", "Title", "Type", "Unit", "Version", "Ward",
    "Week", "Zone",
];

// ---------------------------------------------------------------------------------------------
// Tokens.

/// The shared tokens, with digits joined across inner "," and "." when a digit follows, so
/// "71,000" and "12.5" are one number while a sentence-ending "145." is not; and letters
/// joined across inner apostrophes, so "people's" and "o'clock" are one word.
fn tokenize(chars: &[char]) -> Vec<Token> {
    let numbers = tokens::join(
        &tokens::tokenize(chars),
        |t| t.kind == Kind::Number,
        |_, t| tokens::number_continues(chars, &[',', '.'], t),
    );
    tokens::join(
        &numbers,
        |t| t.kind == Kind::Word,
        |_, t| tokens::apostrophe_word_continues(chars, t),
    )
}

/// The value of a digit token, or None when it is not a well-formed number: thousands groups
/// must have three digits and there is at most one decimal point, which rules out versions
/// ("1.2.3") and European decimals ("1,5") that would be misread.
fn parse_digits(raw: &[char]) -> Option<f64> {
    let text: String = raw.iter().collect();
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (text.as_str(), ""),
    };
    if fraction.contains(['.', ',']) {
        return None;
    }
    let mut groups = whole.split(',');
    let lead = groups.next().unwrap_or_default();
    let grouped = whole.contains(',');
    if (grouped && lead.len() > 3) || groups.any(|group| group.len() != 3) {
        return None;
    }
    let plain = format!("{}.{}0", whole.replace(',', ""), fraction);
    plain.parse::<f64>().ok().filter(|value| value.is_finite())
}

// ---------------------------------------------------------------------------------------------
// Number words.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Piece {
    /// zero to nineteen
    Small(u32),
    /// twenty, thirty, ... ninety
    Tens(u32),
    Hundred,
    Dozen,
    /// thousand, million, billion, trillion
    Scale(f64),
    /// the "and" of "two hundred and fifty"
    And,
}

fn piece(word: &str) -> Option<Piece> {
    if let Some(n) = cardinal(word) {
        return Some(if n < 20 {
            Piece::Small(n)
        } else {
            Piece::Tens(n)
        });
    }
    match word {
        "hundred" => Some(Piece::Hundred),
        "dozen" => Some(Piece::Dozen),
        "and" => Some(Piece::And),
        _ => scale_of(SCALES, word).map(Piece::Scale),
    }
}

/// The factor of a scale word in `table`.
fn scale_of(table: &[(&str, f64)], word: &str) -> Option<f64> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, f)| f)
}

/// Running value of a number written in words.
#[derive(Debug, Default)]
struct WordNumber {
    total: f64,
    current: f64,
    last: Option<Piece>,
}

impl WordNumber {
    /// After "a" ("a dozen", "a million"): one, which must be multiplied by what follows.
    fn after_article() -> Self {
        WordNumber {
            total: 0.0,
            current: 1.0,
            last: Some(Piece::Small(1)),
        }
    }

    /// Which piece may follow which: "twenty-five" and "two hundred and five" read on,
    /// "five six" and "twenty thirty" stop after the first word.
    fn accepts(&self, next: Piece) -> bool {
        use Piece::*;
        match (self.last, next) {
            (None, Small(_) | Tens(_)) => true,
            (Some(Small(_)), Hundred | Dozen | Scale(_)) => true,
            (Some(Tens(_)), Small(n)) => (1..=9).contains(&n),
            (Some(Tens(_)), Scale(_)) => true,
            (Some(Hundred), Small(_) | Tens(_) | Scale(_) | And) => true,
            (Some(Scale(_)), Small(_) | Tens(_) | And) => true,
            (Some(And), Small(_) | Tens(_)) => true,
            _ => false,
        }
    }

    fn add(&mut self, piece: Piece) {
        match piece {
            Piece::Small(n) | Piece::Tens(n) => self.current += f64::from(n),
            Piece::Hundred => self.current *= 100.0,
            Piece::Dozen => self.current *= 12.0,
            Piece::Scale(factor) => {
                self.total += self.current * factor;
                self.current = 0.0;
            }
            Piece::And => {}
        }
        self.last = Some(piece);
    }

    fn value(&self) -> f64 {
        self.total + self.current
    }
}

// ---------------------------------------------------------------------------------------------
// Units.

/// A word naming what happened to those counted: "killed", "arrested", "dead". "-eed" words
/// ("speed", "seed") are nouns.
fn is_participle(word: &str) -> bool {
    let ed_form = word.chars().count() >= 4 && word.ends_with("ed") && !word.ends_with("eed");
    ed_form || PARTICIPLES.contains(&word)
}

/// Ordinals and fractions ("third", "thirds", "twenty-first"): after a number they make it a
/// fraction or an ordinal, not a count. "second" is left out: "one second" is a count.
fn is_ordinal(word: &str) -> bool {
    let stem = word.strip_suffix('s').unwrap_or(word);
    (ORDINALS.contains(&stem) && stem != "second")
        || stem.ends_with("teenth")
        || stem.ends_with("ieth")
}

/// Lowercase plural form of a unit noun, so "1 year" and "5 years" share "years".
fn normalise_unit(word: &str) -> String {
    let lower = word.to_lowercase();
    let bare = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    let plurals = || UNIT_SYNONYMS.iter().chain(IRREGULAR_PLURALS);
    if let Some((_, plural)) = plurals().find(|(form, _)| *form == bare) {
        return (*plural).to_string();
    }
    let already_plural = plurals().any(|(_, plural)| *plural == bare);
    if already_plural
        || bare.ends_with('s')
        || is_participle(bare)
        || INVARIANT_NOUNS.contains(&bare)
    {
        return bare.to_string();
    }
    pluralise(bare)
}

fn pluralise(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('y') {
        if stem.ends_with(|c: char| !"aeiou".contains(c)) {
            return format!("{stem}ies");
        }
    }
    if ["ch", "sh", "x", "z"].iter().any(|end| word.ends_with(end)) {
        return format!("{word}es");
    }
    format!("{word}s")
}

/// Whether a unit word as written is plural (or a participle), i.e. reads as a count.
fn looks_plural(word: &str) -> bool {
    (word.ends_with('s') && !word.ends_with("ss"))
        || PLURALS_WITHOUT_S.contains(&word)
        || is_participle(word)
}

// ---------------------------------------------------------------------------------------------
// The scanner.

/// A figure being assembled, by token index.
#[derive(Debug)]
struct Draft {
    first: usize,
    last: usize,
    value: f64,
    qualifier: Option<&'static str>,
    unit: Option<String>,
    currency: Option<&'static str>,
}

impl Draft {
    fn zero(first: usize, last: usize, unit: String) -> Self {
        Draft {
            first,
            last,
            value: 0.0,
            qualifier: None,
            unit: Some(unit),
            currency: None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Form {
    Digits { year_like: bool, scaled: bool },
    Words { lone_one: bool },
}

/// Currency, number and scale: "$3 billion", "71,000", "twenty-five", "half a million".
#[derive(Debug)]
struct Amount {
    first: usize,
    last: usize,
    value: f64,
    currency: Option<Currency>,
    form: Form,
}

/// What follows an amount: its unit, by token index of the last word used.
#[derive(Debug, Default)]
struct Measure {
    last: usize,
    unit: Option<String>,
    currency: Option<&'static str>,
    /// Money or percent: never a year, whatever the number.
    money_or_percent: bool,
    /// The unit was written as a plural or a participle, as counts are.
    plural: bool,
}

/// A unit noun found after a number, by token index.
struct UnitWord {
    unit: String,
    last: usize,
    plural: bool,
}

struct Scanner<'a> {
    chars: &'a [char],
    tokens: Vec<Token>,
}

impl Scanner<'_> {
    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn gap(&self, i: usize) -> Option<Gap> {
        self.tokens.get(i).map(|t| t.gap)
    }

    fn is_glued(&self, i: usize) -> bool {
        self.gap(i) == Some(Gap::Glued)
    }

    fn raw(&self, i: usize) -> &[char] {
        self.tokens
            .get(i)
            .map_or(&[][..], |t| &self.chars[t.start..t.end])
    }

    fn text(&self, i: usize) -> String {
        self.raw(i).iter().collect()
    }

    /// The word at `i`, lowercased.
    fn word(&self, i: usize) -> Option<String> {
        (self.kind(i) == Some(Kind::Word)).then(|| self.text(i).to_lowercase())
    }

    /// The word at `i`, lowercased, when a space (not a line break) separates it.
    fn spaced_word(&self, i: usize) -> Option<String> {
        if self.gap(i) == Some(Gap::Space) {
            self.word(i)
        } else {
            None
        }
    }

    fn symbol(&self, i: usize) -> Option<char> {
        match self.tokens.get(i) {
            Some(t) if t.kind == Kind::Mark => self.chars.get(t.start).copied(),
            _ => None,
        }
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.raw(i).first().is_some_and(|c| c.is_uppercase())
    }

    fn word_in(&self, i: usize, list: &[&str]) -> bool {
        self.word(i).is_some_and(|w| list.contains(&w.as_str()))
    }

    fn finish(&self, draft: Draft) -> Figure {
        let start = self.tokens[draft.first].start;
        let end = self.tokens[draft.last].end;
        Figure {
            start,
            end,
            text: self.chars[start..end].iter().collect(),
            value: draft.value,
            qualifier: draft.qualifier,
            unit: draft.unit,
            currency: draft.currency,
        }
    }

    fn figure_at(&self, i: usize) -> Option<Draft> {
        self.zero_count(i).or_else(|| self.quantity(i))
    }

    // --- zero counts ---

    /// "no casualties", "no one was killed", "none were injured", "nobody died".
    fn zero_count(&self, i: usize) -> Option<Draft> {
        match self.word(i)?.as_str() {
            "no" => self.no_noun(i).or_else(|| {
                (self.spaced_word(i + 1)? == "one")
                    .then(|| self.zero_participle(i, i + 1))
                    .flatten()
            }),
            "nobody" | "none" => self.zero_participle(i, i),
            _ => None,
        }
    }

    /// "no deaths", "no civilian casualties": only nouns for which zero is news, so that "no
    /// country" or "no concessions" are not read as figures.
    fn no_noun(&self, i: usize) -> Option<Draft> {
        let zero_noun = |at: usize| {
            self.spaced_word(at)
                .map(|w| normalise_unit(&w))
                .filter(|unit| ZERO_NOUNS.contains(&unit.as_str()))
        };
        let after_adjective =
            if self.spaced_word(i + 1).is_some() && self.word_in(i + 1, QUANTITY_ADJECTIVES) {
                zero_noun(i + 2)
            } else {
                None
            };
        match after_adjective {
            Some(unit) => Some(Draft::zero(i, i + 2, unit)),
            None => zero_noun(i + 1).map(|unit| Draft::zero(i, i + 1, unit)),
        }
    }

    /// After the subject "no one" / "none" / "nobody": an optional auxiliary, then what
    /// happened ("was killed", "were injured", "died").
    fn zero_participle(&self, first: usize, subject: usize) -> Option<Draft> {
        let mut at = subject + 1;
        if self
            .spaced_word(at)
            .is_some_and(|w| AUXILIARIES.contains(&w.as_str()))
        {
            at += 1;
            if self.spaced_word(at).as_deref() == Some("been") {
                at += 1;
            }
        }
        // One adverb may come between: "no one was seriously injured".
        if self
            .spaced_word(at)
            .is_some_and(|w| w.len() > 3 && w.ends_with("ly"))
        {
            at += 1;
        }
        let word = self.spaced_word(at)?;
        ZERO_PARTICIPLES
            .contains(&word.as_str())
            .then(|| Draft::zero(first, at, word))
    }

    // --- quantities ---

    /// Qualifier, amount and measure, or None when the tokens at `i` do not start a figure.
    fn quantity(&self, i: usize) -> Option<Draft> {
        let (qualifier, at) = match self.qualifier(i) {
            Some((qualifier, next)) => (Some(qualifier), next),
            None => (None, i),
        };
        let amount = self.amount(at)?;
        let measure = self.measure(&amount)?;
        // "more than 2000", "nearly 2000" count things; "about 2000", "over 2000" may be years.
        let counting = qualifier.is_some_and(|q| at - i > 1 || q == "nearly");
        if (!counting && self.is_year(&amount, &measure)) || self.is_pronoun_one(&amount, &measure)
        {
            return None;
        }
        Some(Draft {
            first: i,
            last: measure.last,
            value: amount.value,
            qualifier,
            unit: measure.unit,
            currency: measure.currency,
        })
    }

    /// The qualifier starting at `i` and the index after it, when a spaced token follows.
    fn qualifier(&self, i: usize) -> Option<(&'static str, usize)> {
        QUALIFIERS.iter().find_map(|(words, normal)| {
            let matched = words.iter().enumerate().all(|(n, word)| {
                let spaced = n == 0 || self.gap(i + n) == Some(Gap::Space);
                spaced && self.word(i + n).as_deref() == Some(*word)
            });
            let next = i + words.len();
            (matched && self.gap(next) == Some(Gap::Space)).then_some((*normal, next))
        })
    }

    fn amount(&self, at: usize) -> Option<Amount> {
        if let Some((currency, number)) = self.currency_prefix(at) {
            return self.digit_amount(at, number, Some(currency));
        }
        if self.kind(at) == Some(Kind::Number) {
            return self.digit_amount(at, at, None);
        }
        self.word_amount(at)
    }

    /// A currency before the number ("$5", "US$5", "€ 5", "USD 5") and the number's index.
    fn currency_prefix(&self, at: usize) -> Option<(Currency, usize)> {
        let number_after = |i: usize, currency: Currency| {
            let separated = matches!(self.gap(i), Some(Gap::Glued | Gap::Space));
            (self.kind(i) == Some(Kind::Number) && separated).then_some((currency, i))
        };
        if self.kind(at) == Some(Kind::Word) {
            let text = self.text(at);
            let lookup = |table: &[(&str, Currency)]| {
                table.iter().find(|(w, _)| *w == text).map(|(_, c)| *c)
            };
            if let Some(currency) = lookup(DOLLAR_PREFIXES) {
                if self.symbol(at + 1) == Some('$') && self.is_glued(at + 1) {
                    return number_after(at + 2, currency);
                }
            }
            let currency = lookup(CURRENCY_CODES)?;
            return (self.gap(at + 1) == Some(Gap::Space))
                .then(|| number_after(at + 1, currency))
                .flatten();
        }
        // A sign glued to letters ("X$5") belongs to something we do not know.
        let after_word =
            self.is_glued(at) && at.checked_sub(1).and_then(|p| self.kind(p)) == Some(Kind::Word);
        let currency = self.sign_currency(at).filter(|_| !after_word)?;
        number_after(at + 1, currency)
    }

    fn sign_currency(&self, i: usize) -> Option<Currency> {
        let sign = self.symbol(i)?;
        CURRENCY_SIGNS
            .iter()
            .find(|(c, _)| *c == sign)
            .map(|(_, currency)| *currency)
    }

    /// A number in digits at `k`, with its scale; `first` is where the amount starts (the
    /// currency when there is one).
    fn digit_amount(&self, first: usize, k: usize, currency: Option<Currency>) -> Option<Amount> {
        let value = parse_digits(self.raw(k))?;
        if !self.digits_stand_alone(k) {
            return None;
        }
        let (factor, last) = self.scale_after(k, currency.is_some())?;
        let value = Some(value * factor).filter(|v| v.is_finite())?;
        Some(Amount {
            first,
            last,
            value,
            currency,
            form: Form::Digits {
                year_like: self.is_year_like(k),
                scaled: last != k,
            },
        })
    }

    /// The scale after digits at `k` and the last token it uses; `(1.0, k)` when there is
    /// none, None when letters glued to the digits make them something else ("46th", "5km").
    fn scale_after(&self, k: usize, money: bool) -> Option<(f64, usize)> {
        let next = k + 1;
        let Some(word) = self.word(next) else {
            return Some((1.0, k));
        };
        let lookup = |table: &[(&str, f64)]| scale_of(table, &word);
        let scale_word = || lookup(SCALES).or_else(|| lookup(SCALE_ABBREVIATIONS));
        match self.gap(next) {
            Some(Gap::Glued) => {
                let letter = if money || self.plural_noun_at(next + 1) {
                    lookup(MONEY_SCALE_LETTERS)
                } else {
                    None
                };
                letter.or_else(scale_word).map(|factor| (factor, next))
            }
            Some(Gap::Space) => Some(scale_word().map_or((1.0, k), |factor| (factor, next))),
            _ => Some((1.0, k)),
        }
    }

    fn is_year_like(&self, k: usize) -> bool {
        let raw = self.raw(k);
        raw.len() == 4
            && raw.iter().all(char::is_ascii_digit)
            && parse_digits(raw).is_some_and(|v| (1000.0..=2100.0).contains(&v))
    }

    /// Whether the digits at `k` are a quantity rather than part of a name, code, date, time,
    /// label or list marker.
    fn digits_stand_alone(&self, k: usize) -> bool {
        !(self.glued_before(k)
            || self.glued_after(k)
            || self.is_label(k)
            || self.is_date(k)
            || self.is_time(k)
            || self.is_list_marker(k))
    }

    /// Letters or separators glued before the digits: "in2022", "G7", "COVID-19", "2020-21",
    /// "10:30", "9/11", ".5", "#5".
    fn glued_before(&self, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1).filter(|_| self.is_glued(k)) else {
            return false;
        };
        if self.kind(prev) == Some(Kind::Word) {
            return true;
        }
        match self.symbol(prev) {
            // A dash after letters joins a name ("F-16"); after a year it continues it
            // ("2020-21"); after other digits it is a range, and both ends are figures.
            Some('-' | '‐' | '–') => {
                let Some(before) = prev.checked_sub(1).filter(|_| self.is_glued(prev)) else {
                    return false;
                };
                self.kind(before) == Some(Kind::Word) || self.is_year_like(before)
            }
            Some(c) => matches!(c, '.' | ',' | '/' | ':' | '#' | '§' | '№'),
            None => false,
        }
    }

    /// Separators glued after the digits that continue them: "10:30", "24/7", "1990's".
    fn glued_after(&self, k: usize) -> bool {
        let next = k + 1;
        if !self.is_glued(next) || !self.is_glued(next + 1) {
            return false;
        }
        match self.symbol(next) {
            Some(':' | '/') => self.kind(next + 1) == Some(Kind::Number),
            Some('\'' | '’') => self.kind(next + 1) == Some(Kind::Word),
            _ => false,
        }
    }

    /// Label before the number: "Article 205", "No. 5", "Flight 17", "#5", "§ 3".
    fn is_label(&self, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1) else {
            return false;
        };
        if matches!(self.symbol(prev), Some('#' | '§' | '№')) {
            return true;
        }
        if self.word_in(prev, LABELS)
            || (self.kind(prev) == Some(Kind::Word)
                && CAPITALISED_LABELS.contains(&self.text(prev).as_str()))
        {
            return true;
        }
        self.symbol(prev) == Some('.')
            && self.is_glued(prev)
            && prev
                .checked_sub(1)
                .is_some_and(|p| self.is_label_abbreviation(p))
    }

    /// An abbreviated label, in any case, followed by a full stop ("No. 5", "Art. 12", "pp. 4").
    fn is_label_abbreviation(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            matches!(
                abbreviations::lookup_any_case(&w),
                Some(Use::Reference | Use::Numero)
            )
        })
    }

    fn is_month(&self, i: usize) -> bool {
        self.is_capitalised(i) && self.word(i).is_some_and(|w| month_number(&w).is_some())
    }

    /// A day or year beside a month name: "April 17", "Jan. 5", "17 April", and both ends of
    /// a range of days ("3-4 May", "May 3-4").
    fn is_date(&self, k: usize) -> bool {
        let month_before = |k: usize| {
            k.checked_sub(1).is_some_and(|p| {
                self.is_month(p)
                    || (self.symbol(p) == Some('.')
                        && p.checked_sub(1).is_some_and(|m| self.is_month(m)))
            })
        };
        let month_after = |k: usize| self.gap(k + 1) == Some(Gap::Space) && self.is_month(k + 1);
        let dash = |i: usize| self.is_glued(i) && matches!(self.symbol(i), Some('-' | '–'));
        let range_start = k
            .checked_sub(2)
            .filter(|&start| dash(start + 1) && self.is_glued(k));
        let range_end = Some(k + 2).filter(|&end| {
            dash(k + 1) && self.is_glued(end) && self.kind(end) == Some(Kind::Number)
        });
        month_before(k)
            || month_after(k)
            || range_start.is_some_and(month_before)
            || range_end.is_some_and(month_after)
    }

    /// A clock time: "10 am", "3 p.m.", "5 o'clock" ("10:30" is caught as glued).
    fn is_time(&self, k: usize) -> bool {
        let Some(word) = self.spaced_word(k + 1) else {
            return false;
        };
        let dotted = matches!(word.as_str(), "a" | "p")
            && self.symbol(k + 2) == Some('.')
            && self.is_glued(k + 2)
            && self.is_glued(k + 3)
            && self.word(k + 3).as_deref() == Some("m");
        dotted
            || matches!(
                word.as_str(),
                "am" | "pm" | "o'clock" | "o’clock" | "gmt" | "utc"
            )
    }

    /// "1." or "2)" opening a line, or "(3)" doing so.
    fn is_list_marker(&self, k: usize) -> bool {
        let closer = |i: usize| self.is_glued(i) && matches!(self.symbol(i), Some('.' | ')'));
        let ends_there = !self.is_glued(k + 2);
        let integer = self.raw(k).iter().all(char::is_ascii_digit);
        let line_start = self.gap(k) == Some(Gap::Line);
        let bracketed = self.is_glued(k)
            && k.checked_sub(1)
                .is_some_and(|p| self.symbol(p) == Some('(') && self.gap(p) == Some(Gap::Line))
            && self.symbol(k + 1) == Some(')');
        integer && closer(k + 1) && ends_there && (line_start || bracketed)
    }

    /// A number in words at `at`: "twenty-five", "two hundred and fifty", "a dozen", "half a
    /// million". Vague plurals ("dozens", "thousands") are not pieces, so they never match.
    fn word_amount(&self, at: usize) -> Option<Amount> {
        let first = self.word(at)?;
        let (half, start, mut number) = match first.as_str() {
            "half" if self.spaced_word(at + 1).as_deref() == Some("a") => {
                (true, at + 2, WordNumber::after_article())
            }
            "a" => (false, at + 1, WordNumber::after_article()),
            _ => (false, at, WordNumber::default()),
        };
        if start != at && self.gap(start) != Some(Gap::Space) {
            return None;
        }
        let mut pieces = 0;
        let mut read = None;
        let mut next = Some(start);
        while let Some(i) = next {
            let Some(p) = self.word(i).as_deref().and_then(piece) else {
                break;
            };
            if !number.accepts(p) {
                break;
            }
            number.add(p);
            // A trailing "and" ("two hundred and counting") is not part of the number.
            if p != Piece::And {
                pieces += 1;
                read = Some((i, number.value()));
            }
            next = self.next_number_word(i);
        }
        let (last, value) = read?;
        if self.is_label(at) {
            return None;
        }
        Some(Amount {
            first: at,
            last,
            value: if half { value / 2.0 } else { value },
            currency: None,
            form: Form::Words {
                lone_one: first == "one" && pieces == 1,
            },
        })
    }

    /// The next word of a number in words: after a space, or after a hyphen with no spaces
    /// ("twenty-five").
    fn next_number_word(&self, i: usize) -> Option<usize> {
        if self.gap(i + 1) == Some(Gap::Space) {
            return Some(i + 1);
        }
        let hyphen =
            self.symbol(i + 1) == Some('-') && self.is_glued(i + 1) && self.is_glued(i + 2);
        hyphen.then_some(i + 2)
    }

    // --- what follows the amount ---

    /// The unit after an amount, or None when what follows makes it no figure at all ("two
    /// thirds", "twenty-first").
    fn measure(&self, amount: &Amount) -> Option<Measure> {
        if let Some(currency) = amount.currency {
            return Some(self.money(amount.last, currency));
        }
        if let Some((last, unit)) = self.percent_after(amount.last) {
            return Some(Measure {
                last,
                unit: Some(unit.to_string()),
                money_or_percent: true,
                ..Measure::default()
            });
        }
        if let Some((currency, last)) = self.currency_after(amount.last) {
            return Some(Measure {
                last,
                unit: Some(currency.unit.to_string()),
                currency: Some(currency.code),
                money_or_percent: true,
                plural: true,
            });
        }
        let Some(start) = self.unit_start(amount.last) else {
            return Some(Measure {
                last: amount.last,
                ..Measure::default()
            });
        };
        if self.word(start).is_some_and(|w| is_ordinal(&w)) {
            return None;
        }
        Some(
            match self.noun_unit(start, !same_value(amount.value, 1.0)) {
                Some(noun) => Measure {
                    last: noun.last,
                    unit: Some(noun.unit),
                    plural: noun.plural,
                    ..Measure::default()
                },
                None => Measure {
                    last: amount.last,
                    ..Measure::default()
                },
            },
        )
    }

    /// Money with a currency sign: the unit comes from the sign ("$5 million deal" counts
    /// dollars, not deals); a repeated currency name ("$5 million USD") joins the span.
    fn money(&self, last: usize, currency: Currency) -> Measure {
        let repeated = self
            .currency_after(last)
            .filter(|(named, _)| named.code == currency.code);
        Measure {
            last: repeated.map_or(last, |(_, end)| end),
            unit: Some(currency.unit.to_string()),
            currency: Some(currency.code),
            money_or_percent: true,
            plural: true,
        }
    }

    /// Where a unit word would start after `last`: the next word after a space, or after a
    /// glued hyphen ("5-year", and scraped "52- percent").
    fn unit_start(&self, last: usize) -> Option<usize> {
        let next = last + 1;
        if self.kind(next) == Some(Kind::Word) && self.gap(next) == Some(Gap::Space) {
            return Some(next);
        }
        let hyphen = self.symbol(next) == Some('-') && self.is_glued(next);
        let word = next + 1;
        (hyphen && self.kind(word) == Some(Kind::Word) && self.gap(word) != Some(Gap::Line))
            .then_some(word)
    }

    /// "%", "percent", "per cent", "percentage points".
    fn percent_after(&self, last: usize) -> Option<(usize, &'static str)> {
        let next = last + 1;
        if self.symbol(next) == Some('%') && self.gap(next) != Some(Gap::Line) {
            return Some((next, "percent"));
        }
        let start = self.unit_start(last)?;
        let following = self.spaced_word(start + 1);
        match (self.word(start)?.as_str(), following.as_deref()) {
            ("percent" | "pct", _) => Some((start, "percent")),
            ("per", Some("cent")) => Some((start + 1, "percent")),
            ("percentage", Some("point" | "points")) => Some((start + 1, "percentage points")),
            _ => None,
        }
    }

    /// A currency after the number: a sign ("500 ₽", "5€"), an ISO code ("5 million USD") or a
    /// name ("3 billion dollars", "5 pounds sterling"), with the last token it uses.
    fn currency_after(&self, last: usize) -> Option<(Currency, usize)> {
        let next = last + 1;
        if let Some(currency) = self.sign_currency(next) {
            // "5 $6" is two amounts, the sign belonging to the second.
            let owns_sign = matches!(self.gap(next), Some(Gap::Glued | Gap::Space))
                && !(self.is_glued(next + 1) && self.kind(next + 1) == Some(Kind::Number));
            return owns_sign.then_some((currency, next));
        }
        let start = self.unit_start(last)?;
        let text = self.text(start);
        if let Some((_, currency)) = CURRENCY_CODES.iter().find(|(code, _)| *code == text) {
            return Some((*currency, start));
        }
        let word = text.to_lowercase();
        if matches!(word.as_str(), "pound" | "pounds")
            && self.spaced_word(start + 1).as_deref() == Some("sterling")
        {
            return Some((GBP, start + 1));
        }
        CURRENCY_WORDS
            .iter()
            .find(|(name, _)| *name == word)
            .map(|(_, currency)| (*currency, start))
    }

    /// A lowercase word that can be what a number counts: not a function word, number, scale
    /// or vague plural, and not capitalised (names and months are not units).
    fn noun_like(&self, i: usize) -> bool {
        let Some(word) = self.word(i) else {
            return false;
        };
        word.chars().count() >= 2
            && !self.raw(i).iter().any(|c| c.is_uppercase())
            && !is_stop_word(&word)
            && !NOT_UNITS.contains(&word.as_str())
            && !VAGUE_NUMBERS.contains(&word.as_str())
            && piece(&word).is_none()
            && scale_of(SCALES, &word).is_none()
            && scale_of(SCALE_ABBREVIATIONS, &word).is_none()
    }

    /// The unit noun at `start`, looking past one quantity adjective ("145 dead people",
    /// "5 new cases"). An adjective alone is a unit only if it is a participle ("145 dead").
    /// `plural_count` allows a noun modifier before the head ("30 crew members"); after one,
    /// a following "-s" word is more likely a verb ("one person dies").
    fn noun_unit(&self, start: usize, plural_count: bool) -> Option<UnitWord> {
        let word = self.word(start)?;
        let noun = if QUANTITY_ADJECTIVES.contains(&word.as_str())
            && self.gap(start + 1) == Some(Gap::Space)
            && self.noun_like(start + 1)
        {
            start + 1
        } else if self.noun_like(start)
            && (!QUANTITY_ADJECTIVES.contains(&word.as_str()) || is_participle(&word))
        {
            start
        } else {
            return None;
        };
        // "5-year sentences": a hyphenated unit is itself the modifier, its number included.
        let hyphenated = start
            .checked_sub(1)
            .is_some_and(|p| self.symbol(p) == Some('-'));
        let head = if plural_count && !hyphenated && self.is_modifier_of_next(noun) {
            noun + 1
        } else {
            noun
        };
        let head_word = self.word(head)?;
        Some(UnitWord {
            unit: normalise_unit(&head_word),
            last: head,
            plural: looks_plural(&head_word),
        })
    }

    /// Whether a spaced plural noun stands at `i` ("people", "tonnes"), as after a count.
    fn plural_noun_at(&self, i: usize) -> bool {
        self.gap(i) == Some(Gap::Space)
            && self.noun_like(i)
            && self.word(i).is_some_and(|w| looks_plural(&w))
    }

    /// Whether the noun at `i` modifies a plural noun after it ("crew members", "key areas",
    /// "police officers"): it has no plural "-s" itself and is no participle, and the next
    /// word is a plural noun that is no participle either ("people killed" keeps "people").
    fn is_modifier_of_next(&self, i: usize) -> bool {
        let (Some(word), Some(next)) = (self.word(i), self.spaced_word(i + 1)) else {
            return false;
        };
        !word.ends_with('s')
            && !is_participle(&word)
            && self.plural_noun_at(i + 1)
            && next.ends_with('s')
            && !is_participle(&next)
    }

    // --- final checks ---

    /// A four-digit number from 1000 to 2100 is a year unless it is money, a percentage,
    /// scaled, or counts a plural noun without a year word before it ("2000 people marched"
    /// is a count, "in 2003 troops arrived" and "the 2024 elections" are years).
    fn is_year(&self, amount: &Amount, measure: &Measure) -> bool {
        let Form::Digits {
            year_like: true,
            scaled: false,
        } = amount.form
        else {
            return false;
        };
        if measure.money_or_percent {
            return false;
        }
        let year_word_before = amount
            .first
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, YEAR_WORDS));
        !measure.plural || year_word_before
    }

    /// "one" is a count only when a counted noun follows ("one person"); otherwise it is a
    /// pronoun or determiner ("one of the", "no one knows", "one key area").
    fn is_pronoun_one(&self, amount: &Amount, measure: &Measure) -> bool {
        let Form::Words { lone_one: true } = amount.form else {
            return false;
        };
        let pronoun_word_before = amount
            .first
            .checked_sub(1)
            .is_some_and(|p| self.word_in(p, ONE_PRONOUN_WORDS));
        // A singular noun after the first ("one key area") means the first was a modifier;
        // an "-s" word or a participle after it is the verb ("one person dies", "one killed").
        let next = measure.last + 1;
        let second_noun = self.gap(next) == Some(Gap::Space)
            && self.noun_like(next)
            && self
                .word(next)
                .is_some_and(|w| !w.ends_with('s') && !is_participle(&w));
        measure.unit.is_none() || pronoun_word_before || second_noun
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(text: &str) -> Figure {
        let figures = find_figures(text);
        assert_eq!(
            figures.len(),
            1,
            "expected one figure in {text:?}: {figures:#?}"
        );
        figures.into_iter().next().expect("checked above")
    }

    fn none_in(text: &str) {
        let figures = find_figures(text);
        assert!(
            figures.is_empty(),
            "expected no figure in {text:?}: {figures:#?}"
        );
    }

    fn values(text: &str) -> Vec<f64> {
        find_figures(text).iter().map(|f| f.value).collect()
    }

    fn unit(text: &str) -> Option<String> {
        only(text).unit
    }

    #[test]
    fn plain_digits_with_unit() {
        let f = only("Officials said 145 people died.");
        assert_eq!(f.value, 145.0);
        assert_eq!(f.text, "145 people");
        assert_eq!(f.unit.as_deref(), Some("people"));
        assert_eq!(f.qualifier, None);
        assert_eq!(f.currency, None);
    }

    #[test]
    fn thousands_separators_and_decimals() {
        assert_eq!(values("about 71,000 residents"), [71000.0]);
        assert_eq!(values("a rise of 1,250,000 jobs"), [1_250_000.0]);
        assert_eq!(values("12.5 tonnes of grain"), [12.5]);
        assert_eq!(unit("12.5 tonnes of grain").as_deref(), Some("tons"));
        assert_eq!(values("the 5.5 years he served"), [5.5]);
        assert_eq!(unit("the 5.5 years he served").as_deref(), Some("years"));
    }

    #[test]
    fn malformed_digit_groups_are_not_figures() {
        none_in("version 1.2.3 shipped");
        none_in("a score of 1,5 was odd");
        none_in("see 12,34 here");
    }

    #[test]
    fn scale_words() {
        let f = only("2 million people voted");
        assert_eq!(f.value, 2e6);
        assert_eq!(f.text, "2 million people");
        assert_eq!(f.unit.as_deref(), Some("people"));
        assert_eq!(values("1.7 billion users"), [1.7e9]);
        assert_eq!(values("3 thousand workers"), [3000.0]);
        assert_eq!(values("a 3bn budget"), [3e9]);
        assert_eq!(values("a budget of 4 bn"), [4e9]);
        // A glued "m" or "k" is a scale before a plural noun, even without a currency.
        let f = only("it infected 1.5m people");
        assert_eq!((f.value, f.text.as_str()), (1.5e6, "1.5m people"));
        assert_eq!(values("5k runners"), [5e3]);
    }

    #[test]
    fn money_with_signs() {
        let f = only("The plan costs $3 billion over a decade.");
        assert_eq!(f.text, "$3 billion");
        assert_eq!(f.value, 3e9);
        assert_eq!(f.unit.as_deref(), Some("dollars"));
        assert_eq!(f.currency, Some("USD"));

        let f = only("a $490M contract");
        assert_eq!((f.value, f.text.as_str()), (4.9e8, "$490M"));
        assert_eq!(only("raised $3bn").value, 3e9);
        assert_eq!(only("a $5k grant").value, 5e3);
        assert_eq!(only("it cost $1,200.").value, 1200.0);

        let f = only("a €2.5bn fund");
        assert_eq!(
            (f.value, f.currency, f.unit.as_deref()),
            (2.5e9, Some("EUR"), Some("euros"))
        );
        let f = only("fined £40m yesterday");
        assert_eq!(
            (f.value, f.currency, f.unit.as_deref()),
            (4e7, Some("GBP"), Some("pounds"))
        );
        let f = only("priced at 500₽ each");
        assert_eq!(
            (f.value, f.currency, f.text.as_str()),
            (500.0, Some("RUB"), "500₽")
        );
    }

    #[test]
    fn money_unit_comes_from_the_sign_not_the_next_noun() {
        let f = only("a $5 million deal");
        assert_eq!(f.text, "$5 million");
        assert_eq!(f.unit.as_deref(), Some("dollars"));
        assert_eq!(only("$5 million USD in aid").text, "$5 million USD");
    }

    #[test]
    fn money_with_prefixes_and_codes() {
        let f = only("a US$5 million loan");
        assert_eq!((f.text.as_str(), f.currency), ("US$5 million", Some("USD")));
        assert_eq!(only("a C$20 fee").currency, Some("CAD"));
        let f = only("paid USD 7 million");
        assert_eq!(
            (f.text.as_str(), f.value, f.currency),
            ("USD 7 million", 7e6, Some("USD"))
        );
    }

    #[test]
    fn money_with_currency_names() {
        let f = only("3 billion dollars in aid");
        assert_eq!(
            (f.value, f.unit.as_deref(), f.currency),
            (3e9, Some("dollars"), Some("USD"))
        );
        assert_eq!(f.text, "3 billion dollars");
        let f = only("a fine of 500 rubles");
        assert_eq!(
            (f.unit.as_deref(), f.currency),
            (Some("rubles"), Some("RUB"))
        );
        assert_eq!(only("10 million euros").currency, Some("EUR"));
        assert_eq!(only("5 million EUR").currency, Some("EUR"));
        let f = only("2 million pounds sterling");
        assert_eq!(
            (f.text.as_str(), f.currency),
            ("2 million pounds sterling", Some("GBP"))
        );
        // "pounds" alone may be a weight.
        let f = only("it weighed 5 pounds");
        assert_eq!((f.unit.as_deref(), f.currency), (Some("pounds"), None));
    }

    #[test]
    fn percentages() {
        let f = only("inflation hit 1.7% in March");
        assert_eq!(
            (f.value, f.text.as_str(), f.unit.as_deref()),
            (1.7, "1.7%", Some("percent"))
        );
        let f = only("turnout was 52- percent");
        assert_eq!(
            (f.value, f.text.as_str(), f.unit.as_deref()),
            (52.0, "52- percent", Some("percent"))
        );
        assert_eq!(only("a 3 per cent rise").text, "3 per cent");
        assert_eq!(unit("up 12 percent").as_deref(), Some("percent"));
        assert_eq!(
            unit("fell 2 percentage points").as_deref(),
            Some("percentage points")
        );
        // A year-like number with a percent sign is a percentage.
        assert_eq!(values("grew 2000%"), [2000.0]);
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(values("twenty-five soldiers"), [25.0]);
        assert_eq!(values("twenty five soldiers"), [25.0]);
        assert_eq!(values("two hundred and fifty people"), [250.0]);
        assert_eq!(values("Seven people were hurt"), [7.0]);
        assert_eq!(values("three thousand homes"), [3000.0]);
        assert_eq!(values("two million three hundred thousand voters"), [2.3e6]);
        assert_eq!(values("zero casualties"), [0.0]);
        assert_eq!(values("zero thousand"), [0.0]);
        assert_eq!(values("a thousand and one nights"), [1001.0]);
        assert_eq!(only("twenty-five soldiers").text, "twenty-five soldiers");
    }

    #[test]
    fn word_numbers_stop_where_grammar_does() {
        // "five six" is two numbers, not fifty-six or eleven.
        assert_eq!(values("five six"), [5.0, 6.0]);
        // A trailing "and" is not part of the number.
        let f = &find_figures("two hundred and counting")[0];
        assert_eq!((f.value, f.text.as_str()), (200.0, "two hundred"));
    }

    #[test]
    fn article_and_dozen_forms() {
        let f = only("a dozen homes burned");
        assert_eq!((f.value, f.text.as_str()), (12.0, "a dozen homes"));
        assert_eq!(values("two dozen trucks"), [24.0]);
        assert_eq!(values("a million people"), [1e6]);
        assert_eq!(values("a hundred miles"), [100.0]);
        let f = only("half a million people");
        assert_eq!((f.value, f.text.as_str()), (5e5, "half a million people"));
        // "a" alone is an article, not one.
        none_in("a man and a dog");
    }

    #[test]
    fn vague_plurals_are_skipped() {
        none_in("dozens of people were hurt");
        none_in("hundreds of homes");
        none_in("thousands fled the city");
        none_in("tens of thousands marched");
        none_in("millions of dollars");
    }

    #[test]
    fn one_needs_a_counted_noun() {
        let f = only("one person was hurt");
        assert_eq!((f.value, f.unit.as_deref()), (1.0, Some("people")));
        assert_eq!(unit("One soldier killed").as_deref(), Some("soldiers"));
        none_in("one of the largest");
        none_in("in one key area");
        none_in("no one knows why");
        none_in("each one counts");
        none_in("the only one");
        // An "-s" verb after the noun does not make the noun a modifier.
        assert_eq!(unit("One person dies every day").as_deref(), Some("people"));
        // Digits are never pronouns.
        assert_eq!(values("1 person"), [1.0]);
    }

    #[test]
    fn qualifiers_are_normalised() {
        let cases = [
            ("nearly 150 people", "nearly"),
            ("almost 150 people", "nearly"),
            ("close to 150 people", "nearly"),
            ("about 150 people", "about"),
            ("around 150 people", "about"),
            ("roughly 150 people", "about"),
            ("approximately 150 people", "about"),
            ("some 150 people", "about"),
            ("an estimated 150 people", "about"),
            ("at least 150 people", "at least"),
            ("no fewer than 150 people", "at least"),
            ("no less than 150 people", "at least"),
            ("more than 150 people", "more than"),
            ("over 150 people", "more than"),
            ("upwards of 150 people", "more than"),
            ("in excess of 150 people", "more than"),
            ("less than 150 people", "less than"),
            ("fewer than 150 people", "less than"),
            ("under 150 people", "less than"),
            ("up to 150 people", "up to"),
            ("as many as 150 people", "up to"),
            ("no more than 150 people", "up to"),
        ];
        for (text, qualifier) in cases {
            let f = only(text);
            assert_eq!(f.qualifier, Some(qualifier), "{text}");
            assert_eq!(f.text, text, "the span covers the qualifier");
            assert_eq!(f.value, 150.0, "{text}");
        }
    }

    #[test]
    fn qualifiers_combine_with_money_and_words() {
        let f = only("Nearly $3 billion was spent");
        assert_eq!(
            (f.qualifier, f.text.as_str(), f.value),
            (Some("nearly"), "Nearly $3 billion", 3e9)
        );
        let f = only("more than half a million people");
        assert_eq!((f.qualifier, f.value), (Some("more than"), 5e5));
        let f = only("at least 37 people");
        assert_eq!(
            (f.qualifier, f.text.as_str()),
            (Some("at least"), "at least 37 people")
        );
    }

    #[test]
    fn qualifier_without_number_is_nothing() {
        none_in("at least the roads were open");
        none_in("about the vote");
    }

    #[test]
    fn units_are_normalised_to_plurals() {
        assert_eq!(unit("1 person").as_deref(), Some("people"));
        assert_eq!(unit("3 persons").as_deref(), Some("people"));
        assert_eq!(unit("1 year").as_deref(), Some("years"));
        assert_eq!(unit("5 years").as_deref(), Some("years"));
        assert_eq!(unit("a 5-year term").as_deref(), Some("years"));
        assert_eq!(unit("1 ton").as_deref(), Some("tons"));
        assert_eq!(unit("3 tonnes").as_deref(), Some("tons"));
        assert_eq!(unit("1 casualty").as_deref(), Some("casualties"));
        assert_eq!(unit("1 church").as_deref(), Some("churches"));
        assert_eq!(unit("1 child").as_deref(), Some("children"));
        assert_eq!(unit("1 day").as_deref(), Some("days"));
        assert_eq!(unit("40 police").as_deref(), Some("police"));
        assert_eq!(unit("the 12 people's votes").as_deref(), Some("people"));
        assert_eq!(unit("a 2.4 km stretch").as_deref(), Some("km"));
    }

    #[test]
    fn participles_after_counts_are_units() {
        assert_eq!(unit("12 killed and").as_deref(), Some("killed"));
        assert_eq!(unit("145 dead, officials say").as_deref(), Some("dead"));
        assert_eq!(unit("police said 37 arrested").as_deref(), Some("arrested"));
        assert_eq!(unit("with 4 missing").as_deref(), Some("missing"));
    }

    #[test]
    fn one_adjective_is_skipped_before_the_noun() {
        let f = only("145 dead people");
        assert_eq!(
            (f.text.as_str(), f.unit.as_deref()),
            ("145 dead people", Some("people"))
        );
        assert_eq!(unit("5 new cases").as_deref(), Some("cases"));
        assert_eq!(unit("12 more soldiers").as_deref(), Some("soldiers"));
        // An adjective that is not a participle is no unit on its own.
        assert_eq!(unit("5 new.").as_deref(), None);
    }

    #[test]
    fn a_noun_modifier_gives_way_to_the_plural_head() {
        let f = only("30 crew members");
        assert_eq!(
            (f.text.as_str(), f.unit.as_deref()),
            ("30 crew members", Some("members"))
        );
        assert_eq!(unit("12 police officers").as_deref(), Some("officers"));
        assert_eq!(unit("in 3 key areas").as_deref(), Some("areas"));
        // A participle after the noun is not its head.
        assert_eq!(unit("145 people killed").as_deref(), Some("people"));
        // A hyphenated unit is itself a modifier.
        assert_eq!(unit("5-year sentences").as_deref(), Some("years"));
    }

    #[test]
    fn no_unit_when_no_noun_follows() {
        assert_eq!(unit("rose to 145 on Monday"), None);
        assert_eq!(unit("of the 145, most"), None);
        assert_eq!(unit("counted 12 Democrats"), None);
        assert_eq!(unit("priced at 15 per unit"), None);
        assert_eq!(unit("the index 500 fell"), None);
        let f = only("the total was 145.");
        assert_eq!((f.text.as_str(), f.unit), ("145", None));
    }

    #[test]
    fn zero_counts() {
        let f = only("There were no casualties.");
        assert_eq!(
            (f.value, f.text.as_str(), f.unit.as_deref()),
            (0.0, "no casualties", Some("casualties"))
        );
        let f = only("No one was killed in the blast");
        assert_eq!(
            (f.value, f.text.as_str(), f.unit.as_deref()),
            (0.0, "No one was killed", Some("killed"))
        );
        let f = only("none were injured");
        assert_eq!(
            (f.text.as_str(), f.unit.as_deref()),
            ("none were injured", Some("injured"))
        );
        assert_eq!(unit("there were no deaths").as_deref(), Some("deaths"));
        assert_eq!(unit("nobody died").as_deref(), Some("died"));
        assert_eq!(
            unit("no one has been arrested").as_deref(),
            Some("arrested")
        );
        let f = only("no civilian casualties");
        assert_eq!(
            (f.text.as_str(), f.unit.as_deref()),
            ("no civilian casualties", Some("casualties"))
        );
        assert_eq!(unit("no death was reported").as_deref(), Some("deaths"));
    }

    #[test]
    fn no_with_other_nouns_is_not_a_count() {
        none_in("no country has agreed");
        none_in("there were no concessions");
        none_in("none of them spoke");
        none_in("no one expected it");
        none_in("No comment");
    }

    #[test]
    fn years_are_excluded() {
        none_in("in 2003 the war began");
        none_in("between 2016 and 2025");
        none_in("In 2003, troops arrived");
        none_in("in 2003 troops arrived");
        none_in("the 2024 elections");
        none_in("the 2019 report");
        none_in("the 2020-21 season");
        none_in("mid-2024");
        assert_eq!(values("In 2003, 145 people died"), [145.0]);
    }

    #[test]
    fn four_digit_counts_survive() {
        assert_eq!(values("2000 people marched"), [2000.0]);
        assert_eq!(values("nearly 1500 soldiers"), [1500.0]);
        // Counting qualifiers make a bare four-digit number a count; "about" and "over" do not.
        assert_eq!(values("killed more than 2000."), [2000.0]);
        assert_eq!(values("at least 1800, officials said"), [1800.0]);
        none_in("around 2010 the firm grew");
        none_in("not over 2020 yet");
        assert_eq!(values("it cost $2000"), [2000.0]);
        assert_eq!(values("2000 dollars"), [2000.0]);
        assert_eq!(values("2000 million"), [2e9]);
        assert_eq!(values("3000 people"), [3000.0]);
        // Outside the year range, a bare four-digit number is a figure.
        assert_eq!(values("a total of 4500"), [4500.0]);
    }

    #[test]
    fn dates_and_times_are_excluded() {
        none_in("on April 17 the talks");
        none_in("on 17 April 2025 the talks");
        none_in("on Jan. 5 it rained");
        none_in("held on 3-4 May");
        none_in("held on May 3-4");
        none_in("on the 17th");
        none_in("at 10:30 the talks resumed");
        none_in("at 3 p.m. sharp");
        none_in("at 10 am");
        none_in("at 5 o'clock");
        none_in("open 24/7");
        none_in("after 9/11");
        none_in("in the 1990s");
        none_in("the 1990's");
    }

    #[test]
    fn ordinals_and_fractions_are_excluded() {
        none_in("the third attempt");
        none_in("the 46th president");
        none_in("the 1st and 2nd rounds");
        none_in("two thirds of voters");
        none_in("two-thirds of voters");
        none_in("the twenty-first century");
        none_in("one third");
        // "second" is also a unit of time.
        assert_eq!(unit("within one second.").as_deref(), Some("seconds"));
    }

    #[test]
    fn list_markers_are_excluded() {
        none_in("1. Roads");
        none_in("Intro\n2. Bridges\n3) Ports");
        none_in("(4) Railways");
        let f = only("1. 5 people were hurt");
        assert_eq!(f.text, "5 people");
        // Not at the start of a line: an ordinary figure ending a sentence.
        assert_eq!(values("He counted 12. Then he left."), [12.0]);
    }

    #[test]
    fn labels_and_document_numbers_are_excluded() {
        none_in("under Article 205 of the code");
        none_in("Resolution No. 5");
        none_in("Law No 12");
        none_in("see No.5");
        none_in("Flight 17 crashed");
        none_in("Chapter Eleven");
        none_in("pp. 45");
        none_in("item #5");
        none_in("under § 3");
        // Lowercase "law" is an ordinary word.
        assert_eq!(values("passed the law 5 years ago"), [5.0]);
    }

    #[test]
    fn numbers_glued_to_letters_are_excluded() {
        none_in("elected in2022");
        none_in("the ISIS-K attack");
        none_in("the G7 summit");
        none_in("COVID-19 cases");
        none_in("an F-16 jet");
        none_in("a 4x4 truck");
        none_in("ran 5km");
        none_in("about 490M");
        none_in("a 300m wall");
        none_in("read .5 as half");
    }

    #[test]
    fn ranges_give_two_figures() {
        let figures = find_figures("10-15 people");
        assert_eq!(figures.len(), 2);
        assert_eq!((figures[0].value, figures[0].unit.as_deref()), (10.0, None));
        assert_eq!(
            (figures[1].value, figures[1].unit.as_deref()),
            (15.0, Some("people"))
        );
        assert_eq!(values("between 10 and 15 people"), [10.0, 15.0]);
    }

    #[test]
    fn char_offsets_survive_multibyte_text() {
        let text = "Zürich — «überall» 😀: nearly 150 people, and €3bn.";
        let chars: Vec<char> = text.chars().collect();
        let figures = find_figures(text);
        assert_eq!(figures.len(), 2);
        for f in &figures {
            let slice: String = chars[f.start..f.end].iter().collect();
            assert_eq!(slice, f.text);
        }
        assert_eq!(figures[0].text, "nearly 150 people");
        assert_eq!(figures[0].start, 22);
        assert_eq!(figures[1].text, "€3bn");
    }

    #[test]
    fn figures_come_in_order_without_overlap() {
        let text = "At least 12 killed, 40 injured and no one arrested; damage of $3 billion \
                    and 2 million people displaced over 5.5 years.";
        let figures = find_figures(text);
        let texts: Vec<&str> = figures.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "At least 12 killed",
                "40 injured",
                "no one arrested",
                "$3 billion",
                "2 million people",
                "over 5.5 years"
            ]
        );
        assert!(figures.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn empty_and_trivial_inputs() {
        none_in("");
        none_in("   \n\t ");
        none_in("$");
        none_in("%");
        none_in("no");
        none_in("a");
        assert_eq!(values("7"), [7.0]);
    }

    #[test]
    fn disagreement_needs_the_same_unit() {
        let exact = only("145 people");
        assert!(disagree(&exact, &only("nearly 150 people")));
        assert!(!disagree(&exact, &only("145 people")));
        assert!(disagree(&exact, &only("146 people")));
        assert!(disagree(&only("3 billion dollars"), &only("$10 billion")));
        assert!(!disagree(&only("3 billion dollars"), &only("$3 billion")));
        assert!(!disagree(&only("12 people"), &only("5 years")));
        // Same value, different qualifier.
        assert!(disagree(&only("150 people"), &only("about 150 people")));
        // Zero against a count.
        assert!(disagree(&only("12 killed"), &only("no one was killed")));
        assert!(disagree(&only("no casualties"), &only("12 casualties")));
    }

    #[test]
    fn disagreement_needs_the_same_currency_and_a_unit() {
        assert!(!disagree(&only("€3bn"), &only("$5bn")));
        assert!(!disagree(&only("5 pounds"), &only("£7")));
        assert!(!disagree(&only("145"), &only("150")));
        // Float noise is not a disagreement.
        assert!(!disagree(
            &only("1.7 million people"),
            &only("1,700,000 people")
        ));
    }

    /// Deterministic pseudo-random generator, so failures reproduce.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            usize::try_from(self.0 >> 33).unwrap_or(0) % below.max(1)
        }
    }

    fn check_invariants(text: &str) {
        let chars: Vec<char> = text.chars().collect();
        let figures = find_figures(text);
        let mut previous_end = 0;
        for f in &figures {
            assert!(f.start < f.end && f.end <= chars.len(), "{text:?}: {f:?}");
            assert!(previous_end <= f.start, "overlap in {text:?}: {figures:?}");
            previous_end = f.end;
            let slice: String = chars[f.start..f.end].iter().collect();
            assert_eq!(slice, f.text, "{text:?}");
            assert!(f.value.is_finite() && f.value >= 0.0, "{text:?}: {f:?}");
            let qualifiers = [
                "about",
                "nearly",
                "at least",
                "more than",
                "less than",
                "up to",
            ];
            assert!(f.qualifier.is_none_or(|q| qualifiers.contains(&q)), "{f:?}");
            assert!(
                f.unit
                    .as_deref()
                    .is_none_or(|u| !u.is_empty() && u == u.to_lowercase()),
                "{f:?}"
            );
        }
    }

    #[test]
    fn generated_inputs_keep_the_invariants() {
        const PIECES: &[&str] = &[
            "145",
            "71,000",
            "1.5",
            "2024",
            "0",
            "9999999999999999999999",
            " ",
            " ",
            "\n",
            "-",
            ".",
            ",",
            ":",
            "/",
            "%",
            "$",
            "€",
            "£",
            "₽",
            "(",
            ")",
            "'",
            "’",
            "#",
            "US",
            "M",
            "bn",
            "k",
            "people",
            "person",
            "killed",
            "no",
            "one",
            "none",
            "was",
            "were",
            "nearly",
            "at",
            "least",
            "more",
            "than",
            "twenty",
            "five",
            "hundred",
            "and",
            "a",
            "half",
            "million",
            "dozen",
            "percent",
            "per",
            "cent",
            "April",
            "Article",
            "No",
            "third",
            "ü",
            "😀",
            "—",
            "\u{301}",
            "İ",
            "dead",
            "new",
            "of",
            "the",
            "in",
        ];
        let mut rng = Lcg(42);
        for _ in 0..3000 {
            let length = rng.next(24);
            let text: String = (0..length)
                .map(|_| PIECES[rng.next(PIECES.len())])
                .collect();
            check_invariants(&text);
        }
        // Raw characters, including ones that are neither letters, digits nor spaces.
        let alphabet: Vec<char> = "0123456789 ,.-:%$€a-zA-Z\n'’\u{301}İß😀".chars().collect();
        for _ in 0..3000 {
            let length = rng.next(30);
            let text: String = (0..length)
                .map(|_| alphabet[rng.next(alphabet.len())])
                .collect();
            check_invariants(&text);
        }
    }
}
