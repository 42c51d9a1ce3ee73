//! Named mentions: the people, organisations, states and places a news text names.
//!
//! Rule-based, so it runs on corpora it has never seen. The stages:
//! 1. Tokens with char offsets and shapes (capitalised, acronym, initial, possessive…);
//!    hyphenated adjectives ("Russian-backed") and lost apostrophes ("Russias") are split.
//! 2. Each line's mode: prose, a title-case heading (also a title-case lead-in before a
//!    colon) or all caps. Outside prose, capitals say nothing and only known names count.
//! 3. Candidate runs of capitalised words, joined by connectors ("of", "and", "al", "&").
//! 4. Each run loses its forced capital (a sentence's first everyday word), splits where it
//!    joins two names ("Kazakhstan and Kyrgyzstan", "Jana Novak of Reuters"), sheds titles
//!    (kept as the role), and gets a kind from, in order: the gazetteer, titles, head-words
//!    ("Ministry", "River"), given names, context ("X said", "the band X", "in X", "X, a
//!    spokesman for Y") and the shape of a person's name; otherwise it is `Other`.
//! 5. A pass over the document types what is still unknown from what it knows: surnames
//!    from full names, acronyms from their definitions, repeated names by majority; and
//!    drops capitalised everyday words nothing confirms as names.

use crate::text::abbreviations::{self, Use};
use crate::text::gazetteer::{self, Category, Entry};
use crate::text::lexicon::grammar::ADJECTIVE_PREFIXES;
use crate::text::tokens::{self, is_apostrophe};
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::ops::Range;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    State,
    Place,
    Other,
}

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Name,
    Acronym,
    Demonym,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Char offsets (Unicode scalar values) into the text passed in, end exclusive. The span
    /// covers the name only: no possessive "'s", no title.
    pub start: usize,
    pub end: usize,
    /// Exactly the chars `start..end`.
    pub text: String,
    /// The form to group by: whitespace collapsed; for a demonym its country ("Russian" →
    /// "Russia"); for a gazetteer name its usual form ("U.S." → "United States").
    pub name: String,
    pub kind: ActorKind,
    pub via: Via,
    /// A title or role attached in context ("Foreign Minister", "spokesman"), as written.
    pub role: Option<String>,
    /// A short reason for the kind: "gazetteer: country", "title: Minister", "given name", …
    pub evidence: &'static str,
}

/// An acronym the text defines: "Sudan Armed Forces, or SAF", "Sudan Armed Forces (SAF)",
/// "SAF (Sudan Armed Forces)".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AcronymDefinition {
    pub acronym: String,
    pub expansion: String,
}

/// Finds the named people, organisations, states and places mentioned in `text` (cleaned news
/// text: paragraphs separated by blank lines; newlines end sentences). Mentions are in order
/// and never overlap.
pub fn find_mentions(text: &str) -> Vec<Mention> {
    let chars: Vec<char> = text.chars().collect();
    let doc = Doc::new(&chars);
    let mut found: Vec<Found> = doc
        .candidate_runs()
        .into_iter()
        .flat_map(|run| doc.resolve_run(run))
        .collect();
    settle_kinds(&doc, &mut found, &doc.acronym_definitions());
    found.into_iter().map(|f| doc.mention(f)).collect()
}

/// The acronyms `text` defines, each pair once, in order of first definition.
pub fn find_acronym_definitions(text: &str) -> Vec<AcronymDefinition> {
    let chars: Vec<char> = text.chars().collect();
    Doc::new(&chars).acronym_definitions()
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// "Moscow", "McDonald", "Mr.", and names with a lowercase particle: "al-Qaeda".
    Capitalised,
    /// "NATO", "U.S.", "G7", "ISIS-K", "NGOs", "6PR".
    Acronym,
    /// "F." in "John F. Kennedy".
    Initial,
    Lower,
    Number,
    /// "'s", "’s", or a bare apostrophe after a plural: names end before it.
    Possessive,
    Punct,
}

#[derive(Debug, Clone)]
struct Token {
    start: usize,
    end: usize,
    text: String,
    shape: Shape,
    line: usize,
    /// The first word of a sentence, where a capital says nothing.
    sentence_start: bool,
}

impl Token {
    fn new(chars: &[char], span: Range<usize>, shape: Shape, line: usize) -> Self {
        Token {
            text: chars[span.clone()].iter().collect(),
            start: span.start,
            end: span.end,
            shape,
            line,
            sentence_start: false,
        }
    }

    fn word(chars: &[char], span: Range<usize>, line: usize) -> Self {
        let shape = shape_of(&chars[span.clone()]);
        Token::new(chars, span, shape, line)
    }

    fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

/// The shared tokens read as names need them: a word is letters and digits (of any script,
/// with combining marks) joined by hyphens, dashes, apostrophes and "&" between them
/// ("al-Qaeda", "O'Brien", "AT&T"), by dots inside abbreviations ("U.S.", "3.5"), and it keeps
/// a final dot that belongs to it ("U.S.", "Mr.", "F."); a possessive after it is a token of
/// its own. Every other mark is a token.
fn tokenise(chars: &[char]) -> Vec<Token> {
    let pieces = tokens::tokenize(chars);
    let mut tokens = Vec::new();
    let mut line = 0;
    let mut k = 0;
    while let Some(piece) = pieces.get(k) {
        line += piece.newlines;
        let start = piece.start;
        if !chars[start].is_alphanumeric() {
            tokens.push(Token::new(chars, start..start + 1, Shape::Punct, line));
            k += 1;
            continue;
        }
        k = tokens::run_end(&pieces, k, |t| joins_word(chars, start, t.start));
        let mut end = pieces[k - 1].end;
        let final_dot = pieces
            .get(k)
            .filter(|t| t.is_glued() && t.is_mark(chars, '.'));
        if final_dot.is_some() && keeps_final_dot(chars, start, end) {
            (end, k) = (end + 1, k + 1);
        }
        push_word(&mut tokens, chars, start..end, line);
        // A possessive is one or two single-char pieces: "'" and "s".
        k += push_possessive(&mut tokens, chars, end, line);
    }
    tokens
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–')
}

fn is_alnum_at(chars: &[char], i: usize) -> bool {
    chars.get(i).is_some_and(|c| c.is_alphanumeric())
}

/// Whether the char at `j` goes on the word that starts at `start` (see `tokenise`).
fn joins_word(chars: &[char], start: usize, j: usize) -> bool {
    let c = chars[j];
    let next_alnum = is_alnum_at(chars, j + 1);
    c.is_alphanumeric()
        || ('\u{300}'..='\u{36f}').contains(&c)
        || ((is_dash(c) || c == '&') && next_alnum)
        || (is_apostrophe(c) && next_alnum && !is_possessive_at(chars, j))
        || (c == '.' && dot_continues_word(chars, start, j))
}

/// "'s" or "’s" ending a word.
fn is_possessive_at(chars: &[char], j: usize) -> bool {
    chars.get(j).is_some_and(|&c| is_apostrophe(c))
        && matches!(chars.get(j + 1), Some('s' | 'S'))
        && !is_alnum_at(chars, j + 2)
}

/// A dot inside a number ("3.5") or a dotted abbreviation of single letters ("U.S.A.").
fn dot_continues_word(chars: &[char], start: usize, j: usize) -> bool {
    let before = chars[j - 1];
    let after = chars.get(j + 1).copied().unwrap_or(' ');
    if before.is_ascii_digit() && after.is_ascii_digit() {
        return true;
    }
    let single_letter = j == start + 1 || chars[j - 2] == '.';
    single_letter
        && before.is_alphabetic()
        && after.is_alphabetic()
        && chars.get(j + 2) == Some(&'.')
}

/// Whether the dot at `j` belongs to the word `start..j`: a dotted abbreviation ("U.S."), a
/// title ("Mr."), or an initial followed by the rest of a name ("F. Kennedy").
fn keeps_final_dot(chars: &[char], start: usize, j: usize) -> bool {
    let word: String = chars[start..j].iter().collect();
    // Abbreviations before or after a name keep their dot ("Mr. Roe", "St. Petersburg",
    // "Roe Jr."), so it does not end a sentence or split a name.
    let name_abbreviation = matches!(
        abbreviations::lookup(&word),
        Some(Use::Title | Use::Place | Use::NameSuffix)
    );
    if word.contains('.') || name_abbreviation {
        return true;
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial
        && next_word(chars, j + 1)
            .is_some_and(|w| starts_upper(&w) && !gazetteer::is_common_word(&w))
}

/// The word after `from` on the same line, if any.
fn next_word(chars: &[char], from: usize) -> Option<String> {
    let rest = chars.get(from..)?;
    let gap = rest.iter().take_while(|&&c| c == ' ' || c == '\t').count();
    let word: String = rest[gap..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect();
    (!word.is_empty()).then_some(word)
}

fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn shape_of(chars: &[char]) -> Shape {
    let first = chars[0];
    let upper = chars.iter().filter(|c| c.is_uppercase()).count();
    let lower = chars.iter().filter(|c| c.is_lowercase()).count();
    let digits = chars.iter().any(char::is_ascii_digit);
    if first.is_numeric() && !(upper >= 2 && lower == 0) {
        Shape::Number
    } else if chars.len() == 2 && upper == 1 && chars[1] == '.' {
        Shape::Initial
    } else if lower == 0 && (upper >= 2 || (upper == 1 && digits && !chars.contains(&'-'))) {
        Shape::Acronym
    } else if upper >= 2 && lower == 1 && chars.last() == Some(&'s') && chars[0] != 'S' {
        // A plural acronym: "NGOs", "MPs".
        Shape::Acronym
    } else if (first.is_uppercase() && lower > 0) || (first.is_lowercase() && upper > 0) {
        Shape::Capitalised
    } else {
        Shape::Lower
    }
}

/// Pushes a word, splitting hyphenated words that are not one name: "Russian-backed" and
/// "pro-Russian" give "Russian"; "Russia-Ukraine" gives both countries.
fn push_word(tokens: &mut Vec<Token>, chars: &[char], span: Range<usize>, line: usize) {
    let parts = hyphen_parts(chars, span.clone());
    if parts.len() < 2 || !splits_hyphenated(chars, span.clone(), &parts) {
        tokens.push(Token::word(chars, span, line));
        return;
    }
    for (n, part) in parts.iter().enumerate() {
        if n > 0 {
            let dash = parts[n - 1].end;
            tokens.push(Token::new(chars, dash..dash + 1, Shape::Punct, line));
        }
        let mut token = Token::word(chars, part.clone(), line);
        if ADJECTIVE_PREFIXES.contains(&token.text.to_lowercase().as_str()) {
            token.shape = Shape::Lower;
        }
        tokens.push(token);
    }
}

fn hyphen_parts(chars: &[char], span: Range<usize>) -> Vec<Range<usize>> {
    let mut parts = Vec::new();
    let mut start = span.start;
    for i in span.clone() {
        if is_dash(chars[i]) {
            parts.push(start..i);
            start = i + 1;
        }
    }
    parts.push(start..span.end);
    parts
}

fn splits_hyphenated(chars: &[char], span: Range<usize>, parts: &[Range<usize>]) -> bool {
    let text = |r: &Range<usize>| -> String { chars[r.clone()].iter().collect() };
    if gazetteer::lookup(&text(&span)).is_some() {
        return false;
    }
    let adjective = parts.iter().any(|part| {
        let word = text(part).to_lowercase();
        let lowercase_word = chars[part.start].is_lowercase()
            && !chars[part.clone()].iter().any(|c| c.is_uppercase())
            && !gazetteer::is_hyphen_particle(&word);
        lowercase_word || ADJECTIVE_PREFIXES.contains(&word.as_str())
    });
    let all_places = parts.iter().all(|part| {
        gazetteer::lookup(&text(part)).is_some_and(|e| e.category != Category::Organisation)
    });
    adjective || all_places
}

/// Pushes the possessive ending right after a word as its own token; returns its length.
fn push_possessive(tokens: &mut Vec<Token>, chars: &[char], at: usize, line: usize) -> usize {
    let plural = at > 0
        && chars[at - 1] == 's'
        && chars.get(at).is_some_and(|&c| is_apostrophe(c))
        && !is_alnum_at(chars, at + 1);
    let len = if is_possessive_at(chars, at) {
        2
    } else {
        usize::from(plural)
    };
    if len > 0 {
        tokens.push(Token::new(chars, at..at + len, Shape::Possessive, line));
    }
    len
}

/// Text that lost its apostrophes writes "Russias plan": a capitalised word ending in "s"
/// whose stem is a known place, or a name the text elsewhere gives a real possessive, is read
/// as the stem and a possessive.
fn split_lost_possessives(chars: &[char], tokens: Vec<Token>) -> Vec<Token> {
    let possessed: HashSet<String> = tokens
        .windows(2)
        .filter(|pair| pair[1].shape == Shape::Possessive)
        .map(|pair| pair[0].text.clone())
        .collect();
    let mut split = Vec::with_capacity(tokens.len());
    for token in tokens {
        match lost_possessive_stem(&token, &possessed) {
            Some(stem_end) => {
                split.push(Token::new(
                    chars,
                    token.start..stem_end,
                    Shape::Capitalised,
                    token.line,
                ));
                split.push(Token::new(
                    chars,
                    stem_end..token.end,
                    Shape::Possessive,
                    token.line,
                ));
            }
            None => split.push(token),
        }
    }
    split
}

/// Where the stem ends, if `token` is a name with a possessive "s" whose apostrophe is lost.
fn lost_possessive_stem(token: &Token, possessed: &HashSet<String>) -> Option<usize> {
    let stem = token.text.strip_suffix('s')?;
    let place = |word: &str| {
        gazetteer::lookup(word)
            .is_some_and(|e| !matches!(e.category, Category::Demonym | Category::Organisation))
    };
    let lost = token.shape == Shape::Capitalised
        && stem.chars().count() >= 3
        && gazetteer::lookup(&token.text).is_none()
        && !gazetteer::is_english_word(&token.text)
        && (place(stem) || possessed.contains(stem));
    lost.then_some(token.end - 1)
}

/// Marks each sentence's first word: the first word of a line, or the first after a
/// terminator (skipping opening quotes, brackets and bullets), or a common word right after a
/// dotted abbreviation ("in the U.S. The talks").
fn mark_sentence_starts(tokens: &mut [Token]) {
    let mut at_start = true;
    for i in 0..tokens.len() {
        if i == 0 || tokens[i].line != tokens[i - 1].line {
            at_start = true;
        }
        match tokens[i].shape {
            Shape::Punct if is_opener(&tokens[i].text) => {}
            Shape::Punct => {
                at_start = matches!(tokens[i].text.as_str(), "." | "!" | "?" | ":" | "…" | "|")
            }
            Shape::Possessive => at_start = false,
            _ => {
                let after_dot = i > 0
                    && tokens[i - 1].line == tokens[i].line
                    && tokens[i - 1].text.ends_with('.')
                    && gazetteer::is_common_word(&tokens[i].text);
                tokens[i].sentence_start = at_start || after_dot;
                at_start = false;
            }
        }
    }
}

/// Opening quotes, brackets and bullets, which a sentence's first word may follow.
fn is_opener(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "\"", "“", "‘", "'", "(", "[", "«", "‹", "„", "*", "-", "–", "—", "•", "·",
    ];
    OPENERS.contains(&text)
}

// ---------------------------------------------------------------------------------------------
// The document: tokens plus what the whole text tells about its words

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineMode {
    Prose,
    /// A title-case heading ("Reasons Behind Russia's Decision"): capitals say nothing.
    Heading,
    /// A line in capitals: only known names count.
    AllCaps,
}

/// How a connector joins the words around it inside a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    Particle,
    Ampersand,
    Of,
    And,
    For,
    On,
    /// "the", only after another connector ("Bank of the West").
    The,
}

/// A mention before it is materialised: a token range and what we know about it.
#[derive(Debug, Clone)]
struct Found {
    tokens: Range<usize>,
    kind: ActorKind,
    via: Via,
    /// The name to report when it differs from the text (a demonym's country).
    canonical: Option<&'static str>,
    role: Option<String>,
    evidence: &'static str,
    /// An ordinary word that is dropped unless the document shows it is a name.
    tentative: bool,
}

impl Found {
    fn new(tokens: Range<usize>, kind: ActorKind, evidence: &'static str) -> Self {
        Found {
            tokens,
            kind,
            via: Via::Name,
            canonical: None,
            role: None,
            evidence,
            tentative: false,
        }
    }
}

/// The most tokens a name spans ("Ministry of Foreign Affairs of the Islamic Republic of
/// Iran" has twelve).
const MAX_NAME_TOKENS: usize = 16;

struct Doc<'a> {
    chars: &'a [char],
    tokens: Vec<Token>,
    /// Each token's line mode.
    modes: Vec<LineMode>,
    /// Words the text writes in lowercase somewhere ("still"), so their capitals are forced.
    lower_seen: HashSet<String>,
    /// Capitalised words seen away from sentence starts, so they are names.
    capitalised_mid_sentence: HashSet<String>,
}

impl<'a> Doc<'a> {
    fn new(chars: &'a [char]) -> Self {
        let mut tokens = split_lost_possessives(chars, tokenise(chars));
        mark_sentence_starts(&mut tokens);
        let modes = token_modes(&tokens);
        let lower_seen = tokens
            .iter()
            .filter(|t| t.shape == Shape::Lower)
            .map(|t| t.text.to_lowercase())
            .collect();
        let capitalised_mid_sentence = tokens
            .iter()
            .filter(|t| t.shape == Shape::Capitalised && !t.sentence_start)
            .map(|t| t.text.clone())
            .collect();
        Doc {
            chars,
            tokens,
            modes,
            lower_seen,
            capitalised_mid_sentence,
        }
    }

    fn text(&self, i: usize) -> &str {
        &self.tokens[i].text
    }

    fn mode(&self, i: usize) -> LineMode {
        self.modes[i]
    }

    /// The tokens' words joined by single spaces (a possessive joins its word), for
    /// gazetteer lookups.
    fn phrase(&self, range: Range<usize>) -> String {
        let mut phrase = String::new();
        for i in range {
            if !phrase.is_empty() && self.tokens[i].shape != Shape::Possessive {
                phrase.push(' ');
            }
            phrase.push_str(self.text(i));
        }
        phrase
    }

    /// The text between the first and last token, whitespace collapsed.
    fn source_text(&self, range: Range<usize>) -> String {
        let start = self.tokens[range.start].start;
        let end = self.tokens[range.end - 1].end;
        collapse_whitespace(&self.chars[start..end].iter().collect::<String>())
    }

    fn same_line(&self, a: usize, b: usize) -> bool {
        b < self.tokens.len() && self.tokens[a].line == self.tokens[b].line
    }

    fn is_name_token(&self, i: usize) -> bool {
        match self.tokens[i].shape {
            Shape::Capitalised | Shape::Initial => true,
            Shape::Acronym => self.is_acronym_name(i),
            _ => false,
        }
    }

    /// Whether an all-caps word names something: known names always do; otherwise short,
    /// not an English word ("SEE ALSO", "NEWS") and not jargon ("GDP").
    fn is_acronym_name(&self, i: usize) -> bool {
        let text = self.text(i);
        if self.mode(i) == LineMode::AllCaps
            || gazetteer::lookup(text).is_some()
            || gazetteer::title(text).is_some()
        {
            return true;
        }
        let singular = text.strip_suffix('s').unwrap_or(text);
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        letters <= 6
            && !is_roman_numeral(text)
            && !gazetteer::is_english_word(text)
            && !gazetteer::is_generic(text)
            && !gazetteer::is_non_name_acronym(singular)
    }

    fn link(&self, i: usize) -> Option<Link> {
        let token = self.tokens.get(i)?;
        if token.text == "&" {
            return Some(Link::Ampersand);
        }
        if token.shape != Shape::Lower {
            return None;
        }
        match token.text.as_str() {
            "of" => Some(Link::Of),
            "and" => Some(Link::And),
            "for" => Some(Link::For),
            "on" => Some(Link::On),
            "the" => Some(Link::The),
            word if gazetteer::is_name_particle(word) => Some(Link::Particle),
            _ => None,
        }
    }

    fn is_connector(&self, i: usize) -> bool {
        self.link(i).is_some()
    }
}

fn is_ordinal(text: &str) -> bool {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &text[digits.len()..];
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th" | "d")
}

fn is_roman_numeral(text: &str) -> bool {
    text.len() >= 2 && text.len() <= 5 && text.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each token's mode: its line's, or `Heading` for a title-case lead-in before a colon
/// ("• Security Cooperation and Intelligence Sharing: Russia …").
fn token_modes(tokens: &[Token]) -> Vec<LineMode> {
    let mut modes = Vec::with_capacity(tokens.len());
    let mut start = 0;
    while start < tokens.len() {
        let line = tokens[start].line;
        let end = start
            + tokens[start..]
                .iter()
                .take_while(|t| t.line == line)
                .count();
        let line_tokens = &tokens[start..end];
        let mode = line_mode(line_tokens);
        let lead_in = line_tokens.iter().position(|t| t.text == ":");
        let lead_in = lead_in
            .filter(|&colon| mode == LineMode::Prose && is_heading_lead_in(&line_tokens[..colon]));
        modes.extend((0..line_tokens.len()).map(|n| match lead_in {
            Some(colon) if n < colon => LineMode::Heading,
            _ => mode,
        }));
        start = end;
    }
    modes
}

/// A line's words of two or more letters.
fn words_of(line: &[Token]) -> impl Iterator<Item = &Token> {
    line.iter()
        .filter(|t| matches!(t.shape, Shape::Capitalised | Shape::Acronym | Shape::Lower))
        .filter(|t| t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
}

/// A heading has at least three capitalised content words, hardly any lowercase ones, a
/// capitalised everyday word ("Behind", "Decision") that a list of names would not have,
/// and no final full stop. A line in capitals is all-caps.
fn line_mode(line: &[Token]) -> LineMode {
    let words: Vec<&Token> = words_of(line).collect();
    let caps = words.iter().filter(|t| t.shape == Shape::Acronym).count();
    if words.len() >= 2 && caps * 5 >= words.len() * 4 {
        return LineMode::AllCaps;
    }
    let content = || {
        words
            .iter()
            .filter(|t| !crate::text::lexicon::is_stop_word(&t.text))
    };
    let capitalised = content().filter(|t| t.shape != Shape::Lower).count();
    let lower = content().filter(|t| t.shape == Shape::Lower).count();
    let ends_sentence = line.last().is_some_and(|t| t.text == ".");
    let heading = capitalised >= 3 && lower * 4 <= capitalised && !ends_sentence;
    if heading && words.iter().any(|t| is_everyday_capital(t)) {
        LineMode::Heading
    } else {
        LineMode::Prose
    }
}

/// A short title-case phrase before a colon with an everyday word in it ("Economic
/// Interests:"), unlike a speaker's name ("Jana Novak:").
fn is_heading_lead_in(lead_in: &[Token]) -> bool {
    let words: Vec<&Token> = words_of(lead_in).collect();
    let lowercase_content = words
        .iter()
        .any(|t| t.shape == Shape::Lower && !crate::text::lexicon::is_stop_word(&t.text));
    (2..=10).contains(&words.len())
        && !lowercase_content
        && words.iter().any(|t| is_everyday_capital(t))
}

/// A capitalised everyday word that is not part of a title, a head-word or a name.
fn is_everyday_capital(token: &Token) -> bool {
    let text = token.text.as_str();
    token.shape == Shape::Capitalised
        && !token.sentence_start
        && gazetteer::is_english_word(text)
        && gazetteer::title(text).is_none()
        && !gazetteer::is_title_modifier(text)
        && gazetteer::organisation_head(text).is_none()
        && gazetteer::place_head_last(text).is_none()
        && !gazetteer::is_given_name(text)
        && gazetteer::lookup(text).is_none()
}

// ---------------------------------------------------------------------------------------------
// Candidate runs

impl Doc<'_> {
    /// Maximal runs of name tokens on one line, joined directly or by up to two connectors
    /// ("Ministry of Mines", "Bank of the West", "von der"). A run never ends on a connector.
    fn candidate_runs(&self) -> Vec<Range<usize>> {
        let mut runs = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.starts_run(i) {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while let Some(next) = self.extend_run(end) {
                end = next;
            }
            runs.push(i..end);
            i = end;
        }
        runs
    }

    /// A run starts at a name token that is not a date word ("Thursday October" names
    /// nothing, though "Theresa May" does), or at an ordinal before one ("82nd Airborne
    /// Division").
    fn starts_run(&self, i: usize) -> bool {
        if is_ordinal(self.text(i)) {
            return self.same_line(i, i + 1) && self.is_name_token(i + 1);
        }
        self.is_name_token(i) && !gazetteer::is_calendar_word(self.text(i))
    }

    /// The new end of a run ending before `end`, if the run continues there. A roman numeral
    /// ends a name ("World War II Hungary" is two).
    fn extend_run(&self, end: usize) -> Option<usize> {
        let last = end - 1;
        if !self.same_line(last, end) || is_roman_numeral(self.text(last)) {
            return None;
        }
        if self.is_name_token(end) || is_roman_numeral(self.text(end)) {
            // "in the U.S. The talks": a sentence starts after the abbreviation's dot.
            return (!self.tokens[end].sentence_start && !self.is_date_at(end)).then_some(end + 1);
        }
        if self.tokens[end].shape == Shape::Possessive {
            return self.possessive_inside_name(last, end);
        }
        let mut k = end;
        if matches!(self.link(k)?, Link::The) {
            return None;
        }
        k += 1;
        if matches!(self.link(k), Some(Link::The | Link::Particle)) {
            k += 1;
        }
        // "… and Petroleum on Monday": a date is never part of a name.
        let joins = self.same_line(last, k)
            && self.is_name_token(k)
            && !gazetteer::is_calendar_word(self.text(k));
        joins.then_some(k + 1)
    }

    /// "People's Liberation Army", "Prosecutor-General's Office": a possessive inside a name
    /// whose head-word follows, after a generic word (never after a name: "Russia's Foreign
    /// Ministry" is two).
    fn possessive_inside_name(&self, last: usize, possessive: usize) -> Option<usize> {
        let word = self.text(last);
        let generic = self.is_title_word(last)
            || gazetteer::is_generic(word)
            || (gazetteer::is_english_word(word) && gazetteer::lookup(word).is_none());
        let after = possessive + 1;
        let rest = (after..self.tokens.len())
            .take_while(|&i| self.same_line(last, i) && self.is_name_token(i))
            .last()?;
        let headed = gazetteer::organisation_head(self.text(rest)).is_some();
        (generic && headed && self.tokens[last].shape == Shape::Capitalised).then_some(after + 1)
    }

    /// A date word that continues no name: after another ("Thursday October") or before a
    /// number ("Novak May 5").
    fn is_date_at(&self, i: usize) -> bool {
        let before_number = self.same_line(i, i + 1) && self.tokens[i + 1].shape == Shape::Number;
        gazetteer::is_calendar_word(self.text(i))
            && (gazetteer::is_calendar_word(self.text(i - 1)) || before_number)
    }

    /// A run without connectors at either end, or `None` if nothing remains.
    fn trim(&self, run: Range<usize>) -> Option<Range<usize>> {
        let (mut start, mut end) = (run.start, run.end);
        while start < end && self.is_connector(start) {
            start += 1;
        }
        while end > start && self.is_connector(end - 1) {
            end -= 1;
        }
        (start < end).then_some(start..end)
    }
}

// ---------------------------------------------------------------------------------------------
// Resolving a run into mentions

impl Doc<'_> {
    fn resolve_run(&self, run: Range<usize>) -> Vec<Found> {
        let Some(run) = self
            .drop_forced_capital(run)
            .and_then(|run| self.drop_leading_stop_words(run))
        else {
            return Vec::new();
        };
        // Capitals say nothing in headings; and a run longer than any name is a list or a
        // shout, where only known names are worth finding (this also bounds the work a run
        // can cause).
        if self.mode(run.start) != LineMode::Prose || run.len() > MAX_NAME_TOKENS {
            return self.known_names_only(run);
        }
        self.split_run(run)
            .into_iter()
            .flat_map(|part| self.resolve_part(part))
            .collect()
    }

    /// Drops the first word when its capital is only the sentence's ("However", "The", "In").
    fn drop_forced_capital(&self, run: Range<usize>) -> Option<Range<usize>> {
        let first = run.start;
        if self.tokens[first].sentence_start && self.is_forced_capital(run.clone()) {
            return self.trim(first + 1..run.end);
        }
        Some(run)
    }

    /// Drops capitalised function words opening a run inside a sentence ("Of Mice"), except
    /// "The", which there belongs to the name ("band The Stooges").
    fn drop_leading_stop_words(&self, run: Range<usize>) -> Option<Range<usize>> {
        let mut start = run.start;
        while start < run.end && self.is_leading_function_word(start) {
            start += 1;
        }
        self.trim(start..run.end)
    }

    fn is_leading_function_word(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        let the_inside_sentence = token.is("the") && !token.sentence_start;
        token.shape == Shape::Capitalised
            && crate::text::lexicon::is_stop_word(&token.text)
            && !the_inside_sentence
    }

    fn is_forced_capital(&self, run: Range<usize>) -> bool {
        let token = &self.tokens[run.start];
        let word = token.text.as_str();
        if self.longest_entry(run.start, run.end).is_some()
            || self.title_len(run.clone()) > 0
            || gazetteer::is_given_name(word)
            || token.shape == Shape::Acronym
        {
            return false;
        }
        if gazetteer::is_common_word(word) || gazetteer::is_generic(word) {
            return true;
        }
        if self.capitalised_mid_sentence.contains(word) {
            return false;
        }
        // An adverb ("Relatedly") or a lone unknown word opening a sentence is more often an
        // ordinary word than a name, unless the context says it is a person.
        gazetteer::is_english_word(word)
            || (word.ends_with("ly") && word.chars().count() > 4)
            || self.lower_seen.contains(&word.to_lowercase())
            || (run.len() == 1 && self.person_context(run).is_none())
    }

    /// In headings and all-caps lines capitals say nothing: only gazetteer names and
    /// acronyms count.
    fn known_names_only(&self, run: Range<usize>) -> Vec<Found> {
        let mut found = Vec::new();
        let mut i = run.start;
        while i < run.end {
            if let Some((len, entry)) = self.longest_entry(i, run.end) {
                let ambiguous =
                    self.mode(i) == LineMode::AllCaps && gazetteer::is_common_word(self.text(i));
                if !ambiguous {
                    found.push(self.gazetteer_found(i..i + len, entry));
                }
                i += len;
                continue;
            }
            if self.mode(i) == LineMode::Heading && self.tokens[i].shape == Shape::Acronym {
                found.extend(self.acronym_found(i));
            }
            i += 1;
        }
        found
    }

    /// The longest gazetteer phrase starting at `start` and ending by `end`.
    fn longest_entry(&self, start: usize, end: usize) -> Option<(usize, Entry)> {
        if self.is_connector(start) {
            return None;
        }
        let longest = gazetteer::longest_phrase_words().min(end - start);
        (1..=longest).rev().find_map(|len| {
            let range = start..start + len;
            if self.is_connector(range.end - 1) {
                return None;
            }
            gazetteer::lookup(&self.phrase(range)).map(|entry| (len, entry))
        })
    }

    fn entry(&self, range: Range<usize>) -> Option<Entry> {
        self.longest_entry(range.start, range.end)
            .filter(|(len, _)| *len == range.len())
            .map(|(_, entry)| entry)
    }

    fn gazetteer_found(&self, range: Range<usize>, entry: Entry) -> Found {
        let kind = match entry.category {
            Category::Country | Category::Demonym => ActorKind::State,
            Category::Organisation => ActorKind::Organisation,
            Category::Capital | Category::City | Category::Region => ActorKind::Place,
        };
        let via = if entry.category == Category::Demonym {
            Via::Demonym
        } else if range.len() == 1 && gazetteer::is_listed_acronym(self.text(range.start)) {
            Via::Acronym
        } else {
            Via::Name
        };
        Found {
            via,
            canonical: Some(entry.name),
            ..Found::new(range, kind, entry.evidence())
        }
    }

    /// An unknown acronym: most acronyms in news name organisations.
    fn acronym_found(&self, i: usize) -> Option<Found> {
        let text = self.text(i);
        if gazetteer::title(text).is_some() || !self.is_acronym_name(i) {
            return None;
        }
        Some(Found {
            via: Via::Acronym,
            ..Found::new(i..i + 1, ActorKind::Organisation, "acronym")
        })
    }

    /// Splits a run at the connectors that join two names rather than make one.
    fn split_run(&self, run: Range<usize>) -> Vec<Range<usize>> {
        let mut parts = Vec::new();
        let mut start = run.start;
        let mut i = run.start;
        while i < run.end {
            let Some(link) = self.link(i) else {
                i += 1;
                continue;
            };
            let mut after = i + 1;
            while after < run.end && self.is_connector(after) {
                after += 1;
            }
            if self.splits_at(link, start..i, after - i, after..run.end) {
                parts.push(start..i);
                start = after;
            }
            i = after;
        }
        parts.push(start..run.end);
        parts
    }

    /// Whether a run splits at a connector (`links` words long) between `left` and `right`.
    fn splits_at(&self, link: Link, left: Range<usize>, links: usize, right: Range<usize>) -> bool {
        if self.known_name_spans(left.clone(), right.clone()) {
            return false;
        }
        match link {
            Link::Particle | Link::The => false,
            // "Jana Novak & Ivan Petrov" and "Rugby League & West Coast Eagles" are two;
            // "Marks & Spencer" is one.
            Link::Ampersand => {
                let headed_left = gazetteer::organisation_head(self.text(left.end - 1)).is_some();
                self.is_person_like(left) || (headed_left && right.len() >= 2)
            }
            // "the Institute and the Museum": "the" starts a new name.
            Link::And => links > 1 || !self.joins_across_and(left, right),
            // "Jana Novak of Reuters" and "Oakland Athletics of Major League Baseball" are
            // two names; "Bank of Russia" is one.
            Link::Of => self.is_person_like(left.clone()) || self.of_joins_two_names(left, right),
            // "Centre for Strategic Studies", "Committee on Foreign Affairs" are one name;
            // "Swiss Super League for FC Basel" is two.
            Link::For | Link::On => {
                let last = left.end - 1;
                let heads_left = gazetteer::organisation_head(self.text(last)).is_some()
                    || gazetteer::title(self.text(last)).is_some();
                !heads_left || self.is_complete_name(right)
            }
        }
    }

    /// "and" makes one name when a known name spans it ("Bosnia and Herzegovina"), or when
    /// the name is built around it ("Ministry of Mines and Petroleum", "Food and Drug
    /// Administration") and neither neighbour is a name on its own.
    fn joins_across_and(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let before = left.end - 1;
        let stands_alone = |i: usize| {
            gazetteer::lookup(self.text(i)).is_some() || gazetteer::is_given_name(self.text(i))
        };
        if stands_alone(before) || stands_alone(right.start) {
            return false;
        }
        let built_with_of = left
            .clone()
            .any(|i| matches!(self.link(i), Some(Link::Of | Link::For)));
        let last = right.end - 1;
        let headed = gazetteer::organisation_head(self.text(last)).is_some()
            || gazetteer::place_head_last(self.text(last)).is_some();
        built_with_of || headed
    }

    fn known_name_spans(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let longest = gazetteer::longest_phrase_words();
        left.clone().any(|start| {
            (right.start + 1..=right.end)
                .filter(|&end| end - start <= longest)
                .any(|end| gazetteer::lookup(&self.phrase(start..end)).is_some())
        })
    }

    /// A title and a name, or two or more words starting with a given name; no head-word.
    fn is_person_like(&self, range: Range<usize>) -> bool {
        let titled = self.title_len(range.clone());
        let name = range.start + titled..range.end;
        !name.is_empty()
            && (titled > 0 || name.len() >= 2)
            && gazetteer::is_given_name(self.text(name.start))
            && !self.has_head_word(range)
    }

    /// "<Name> of <Name>" where the left is a plain name that neither heads nor titles what
    /// follows ("Oakland Athletics", "Theriault") and the right a complete name.
    fn of_joins_two_names(&self, left: Range<usize>, right: Range<usize>) -> bool {
        let last = self.text(left.end - 1);
        let plain_left = left.clone().all(|i| !self.is_connector(i))
            && gazetteer::organisation_head(last).is_none()
            && gazetteer::place_head_last(last).is_none()
            && gazetteer::place_head_first(last).is_none()
            && !self.is_title_word(left.end - 1)
            && !self.is_role_word(left.end - 1)
            && !gazetteer::is_generic(last);
        plain_left && self.is_complete_name(right)
    }

    /// A name that stands on its own after a connector: headed ("FC Basel", "Liberal Party"),
    /// a known name followed by more ("St. Louis Eagles"), a known multi-word name, or an
    /// acronym.
    fn is_complete_name(&self, right: Range<usize>) -> bool {
        let Some(right) = self.trim(right) else {
            return false;
        };
        let known = self.longest_entry(right.start, right.end);
        (right.len() >= 2 && self.has_head_word(right.clone()))
            || known.is_some_and(|(len, _)| len >= 2 || len < right.len())
            || (right.len() == 1 && self.tokens[right.start].shape == Shape::Acronym)
    }

    fn resolve_part(&self, part: Range<usize>) -> Vec<Found> {
        let Some(part) = self
            .trim(part)
            .and_then(|part| self.drop_bare_ordinal(part))
        else {
            return Vec::new();
        };
        if let Some(entry) = self
            .entry(part.clone())
            .or_else(|| self.state_form(part.clone()))
        {
            return vec![self.gazetteer_found(part, entry)];
        }
        if let Some(found) = self.split_leading_name(part.clone()) {
            return found;
        }
        if let Some(found) = self.split_known_names(part.clone()) {
            return found;
        }
        if self.title_len(part.clone()) > 0 {
            return self.resolve_titled(part);
        }
        if self.is_role_word(part.start) && self.link(part.start + 1) == Some(Link::Of) {
            // "Fellow of the Royal Society", "Member of Parliament": a role, not a name.
            return self.resolve_title_of(part.clone(), part.start + 1);
        }
        if let Some(found) = self.split_before_given_name(part.clone()) {
            return found;
        }
        self.classify(part).into_iter().collect()
    }

    /// "Portuguese Republic", "Russian Federation": a demonym and a word for a state name
    /// the demonym's country.
    fn state_form(&self, part: Range<usize>) -> Option<Entry> {
        let state_word = matches!(
            self.text(part.end - 1),
            "Republic" | "Federation" | "Kingdom" | "Confederation" | "Commonwealth"
        );
        let entry = self.entry(part.start..part.end - 1)?;
        (state_word && part.len() >= 2 && entry.category == Category::Demonym).then_some(Entry {
            category: Category::Country,
            ..entry
        })
    }

    /// An ordinal belongs to a name only with a head-word ("139th Airlift Wing").
    fn drop_bare_ordinal(&self, part: Range<usize>) -> Option<Range<usize>> {
        if is_ordinal(self.text(part.start)) && !self.has_head_word(part.clone()) {
            return self.trim(part.start + 1..part.end);
        }
        Some(part)
    }

    /// A role or another name run into a person's name: "County Coroner William Hale",
    /// "Brad Hardie Glen Jakovich". The name starts at a given name that does not follow
    /// another given name.
    fn split_before_given_name(&self, part: Range<usize>) -> Option<Vec<Found>> {
        if self.has_head_word(part.clone()) {
            return None;
        }
        let k = (part.start + 1..part.end).find(|&k| {
            self.tokens[k].shape == Shape::Capitalised
                && gazetteer::is_given_name(self.text(k))
                && !gazetteer::is_given_name(self.text(k - 1))
                && !self.is_connector(k - 1)
                && !gazetteer::is_saint_word(self.text(k - 1))
        })?;
        let (descriptor, name) = (part.start..k, k..part.end);
        if self.is_role_word(k - 1) {
            return Some(vec![self.titled_person(descriptor, name)]);
        }
        // Two full names run together; a single word before a given name may be a first
        // name the list lacks ("Sirajuddin Ahmad Khan"), so it stays.
        if name.len() < 2 || descriptor.len() < 2 {
            return None;
        }
        let person = Found::new(name, ActorKind::Person, "given name");
        Some(
            self.resolve_part(descriptor)
                .into_iter()
                .chain([person])
                .collect(),
        )
    }

    /// A known name or acronym before a title ("Russian President Jana Novak", "NATO
    /// Secretary General …"), or a demonym before words it does not head ("Afghan refugees"
    /// is lowercase, but "Japanese Punk Band" is not one name).
    fn split_leading_name(&self, part: Range<usize>) -> Option<Vec<Found>> {
        let (len, leading) = match self.longest_entry(part.start, part.end) {
            Some((len, entry)) => (
                len,
                self.gazetteer_found(part.start..part.start + len, entry),
            ),
            None => (1, self.acronym_found(part.start)?),
        };
        let rest = part.start + len..part.end;
        if rest.is_empty() || self.is_connector(rest.start) {
            return None;
        }
        let resolved = if self.title_len(rest.clone()) > 0 {
            self.resolve_titled(rest)
        } else if leading.via == Via::Demonym && !self.has_head_word(rest.clone()) {
            self.resolve_part(rest)
        } else {
            return None;
        };
        Some(std::iter::once(leading).chain(resolved).collect())
    }

    /// A run made only of known names ("Moscow Kremlin") is those names, unless the last
    /// heads the whole ("Ohio Senate").
    fn split_known_names(&self, part: Range<usize>) -> Option<Vec<Found>> {
        if self.has_head_word(part.clone()) {
            return None;
        }
        let mut found = Vec::new();
        let mut i = part.start;
        while i < part.end {
            let (len, entry) = self.longest_entry(i, part.end)?;
            found.push(self.gazetteer_found(i..i + len, entry));
            i += len;
        }
        (found.len() >= 2).then_some(found)
    }

    fn has_head_word(&self, range: Range<usize>) -> bool {
        range
            .clone()
            .any(|i| gazetteer::organisation_head(self.text(i)).is_some())
            || gazetteer::place_head_last(self.text(range.end - 1)).is_some()
    }

    /// How many leading tokens form a title ("Deputy Foreign Minister"): title words and
    /// their modifiers, ending with a title word. Zero when the run does not start with one.
    fn title_len(&self, part: Range<usize>) -> usize {
        let mut len = 0;
        for (n, i) in part.enumerate() {
            let token = &self.tokens[i];
            if !matches!(token.shape, Shape::Capitalised | Shape::Acronym) {
                break;
            }
            if gazetteer::title(&token.text).is_some() {
                len = n + 1;
            } else if !gazetteer::is_title_modifier(&token.text) {
                break;
            }
        }
        len
    }

    /// A run that starts with a title: the title is the role of the person named after it.
    fn resolve_titled(&self, part: Range<usize>) -> Vec<Found> {
        let role_end = part.start + self.title_len(part.clone());
        let rest = role_end..part.end;
        if rest.is_empty() {
            return Vec::new();
        }
        if self.link(role_end) == Some(Link::Of) {
            return self.resolve_title_of(part, role_end);
        }
        if self.has_head_word(rest.clone()) {
            // "General Electric", "Prince Edward Island": the title word is part of the name.
            return self.classify(part).into_iter().collect();
        }
        vec![self.titled_person(part.start..role_end, rest)]
    }

    fn titled_person(&self, role: Range<usize>, name: Range<usize>) -> Found {
        let evidence = role
            .clone()
            .rev()
            .find_map(|i| gazetteer::title(self.text(i)))
            .unwrap_or("context: role");
        let role = self.trim(role).map(|role| self.source_text(role));
        Found {
            role,
            ..Found::new(name, ActorKind::Person, evidence)
        }
    }

    /// "<Title> of …": "Minister of Foreign Affairs Jana Novak", "President of Russia Jana
    /// Novak", "Secretary of State" (a role, no one named) or "Prince of Wales" (a name).
    fn resolve_title_of(&self, part: Range<usize>, of: usize) -> Vec<Found> {
        let mut after = of + 1;
        if self.link(after) == Some(Link::The) {
            after += 1;
        }
        if let Some(name_start) =
            (after + 1..part.end).find(|&i| gazetteer::is_given_name(self.text(i)))
        {
            return vec![self.titled_person(part.start..name_start, name_start..part.end)];
        }
        if self.has_head_word(after..part.end) {
            // "Secretary of the Department of Public Safety": a role, and the body named.
            return self.resolve_part(after..part.end);
        }
        let name_start = self
            .name_after_known_place(after, part.end)
            .or_else(|| self.name_after_modifiers(after, part.end));
        if let Some(name_start) = name_start {
            return vec![self.titled_person(part.start..name_start, name_start..part.end)];
        }
        if let Some((len, entry)) = self.longest_entry(after, part.end) {
            // "President of the United States": a role, but the state is named.
            return vec![self.gazetteer_found(after..after + len, entry)];
        }
        let noble = gazetteer::is_noble_title(self.text(part.start));
        if noble {
            return vec![Found::new(
                part.clone(),
                ActorKind::Person,
                gazetteer::title(self.text(part.start)).unwrap_or("title"),
            )];
        }
        Vec::new()
    }

    fn name_after_known_place(&self, after: usize, end: usize) -> Option<usize> {
        let (len, _) = self.longest_entry(after, end)?;
        let start = after + len;
        (start < end && self.is_name_token(start)).then_some(start)
    }

    /// "Secretary of State Jana Novak": the name after the department's modifiers, if it has
    /// two or more words that are not everyday words ("Minister of Energy and Water" names
    /// no one).
    fn name_after_modifiers(&self, after: usize, end: usize) -> Option<usize> {
        let start = (after..end)
            .find(|&i| !gazetteer::is_title_modifier(self.text(i)) && !self.is_connector(i))?;
        let name_like = end - start >= 2
            && (start..end)
                .all(|i| self.is_name_token(i) && !gazetteer::is_english_word(self.text(i)));
        (start > after && name_like).then_some(start)
    }
}

// ---------------------------------------------------------------------------------------------
// Classifying a name without a title

impl Doc<'_> {
    fn classify(&self, part: Range<usize>) -> Option<Found> {
        let words: Vec<usize> = part.clone().filter(|&i| !self.is_connector(i)).collect();
        if words.len() == 1 {
            return self.classify_word(part);
        }
        if words.iter().all(|&i| self.is_title_word(i)) || self.has_inner_function_word(&words) {
            return None;
        }
        let found = self
            .by_known_stem(part.clone())
            .or_else(|| self.by_head_word(part.clone(), &words))
            .or_else(|| self.by_direction(part.clone(), &words))
            .or_else(|| self.by_team_shape(part.clone(), &words))
            .unwrap_or_else(|| self.by_person_evidence(part.clone(), &words));
        Some(self.with_role(found))
    }

    fn is_title_word(&self, i: usize) -> bool {
        let text = self.text(i);
        gazetteer::title(text).is_some() || gazetteer::is_title_modifier(text)
    }

    /// "Let Us Begin", "Truth About": a function word inside marks the title of a work or a
    /// phrase, not an actor. A leading "The" ("The Stooges") and names that are also
    /// function words ("Edward Said", "Theresa May") do not count.
    fn has_inner_function_word(&self, words: &[usize]) -> bool {
        words.iter().enumerate().any(|(n, &i)| {
            let text = self.text(i);
            self.tokens[i].shape == Shape::Capitalised
                && crate::text::lexicon::is_stop_word(text)
                && !(n == 0 && self.tokens[i].is("the"))
                && !gazetteer::is_given_name(text)
                && !gazetteer::is_calendar_word(text)
        })
    }

    /// A single word: a generic word names nothing; an acronym is most likely an
    /// organisation; a given name is a person (or a town named after one); otherwise the
    /// context decides, and an everyday word ("Wheat", or "Rock" beside "rock") stays only
    /// if the document shows it is a name (see `settle_kinds`).
    fn classify_word(&self, part: Range<usize>) -> Option<Found> {
        let i = part.start;
        let text = self.text(i);
        if self.names_nothing(i) {
            return None;
        }
        if self.tokens[i].shape == Shape::Acronym {
            return self.acronym_found(i);
        }
        if gazetteer::is_given_name(text) {
            // "in Harrison", "Harrison, New Jersey": towns are named after people too.
            let town = self.by_place_context(part.clone());
            let town = town.filter(|f| f.evidence != "place-name ending");
            let person = || self.with_role(Found::new(part, ActorKind::Person, "given name"));
            return Some(town.unwrap_or_else(person));
        }
        let ordinary =
            gazetteer::is_english_word(text) || self.lower_seen.contains(&text.to_lowercase());
        if let Some(found) = self.by_article(part.clone()).filter(|_| !ordinary) {
            return Some(found);
        }
        let found = self.by_context(part.clone());
        if found.kind != ActorKind::Other {
            return Some(self.with_role(found));
        }
        if ordinary {
            return Some(Found {
                tentative: true,
                ..found
            });
        }
        let typed = self
            .by_apposition_noun(part.clone())
            .or_else(|| self.by_place_context(part));
        Some(typed.unwrap_or(found))
    }

    /// A word that never names an actor on its own: generic words, titles, head-words.
    fn names_nothing(&self, i: usize) -> bool {
        let text = self.text(i);
        gazetteer::is_generic(text)
            || self.is_title_word(i)
            || gazetteer::organisation_head(text).is_some()
            || gazetteer::place_head_last(text).is_some()
            || gazetteer::place_head_first(text).is_some()
            || crate::text::lexicon::is_stop_word(text)
    }

    fn by_head_word(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let (first, last) = (words[0], words[words.len() - 1]);
        let organisation = |evidence| Found::new(part.clone(), ActorKind::Organisation, evidence);
        let place = |evidence| Found::new(part.clone(), ActorKind::Place, evidence);
        // "Ministry of Mines and Petroleum": the head-word before "of" names the thing.
        let head_of = self.link(first + 1) == Some(Link::Of);
        let head = gazetteer::organisation_head(self.text(first)).filter(|_| head_of);
        if let Some(evidence) = head.or_else(|| gazetteer::organisation_head(self.text(last))) {
            return Some(organisation(evidence));
        }
        if let Some(evidence) = gazetteer::place_head_last(self.text(last)) {
            return Some(place(evidence));
        }
        if let Some(evidence) = gazetteer::place_head_first(self.text(first)) {
            return Some(place(evidence));
        }
        if gazetteer::is_saint_word(self.text(first)) {
            return Some(place("saint's name: place"));
        }
        words
            .iter()
            .find_map(|&i| gazetteer::organisation_head(self.text(i)))
            .map(organisation)
    }

    /// "Islamic State–Sahel", "Islamic State Sahel Province": a known organisation's name
    /// followed by more (after a dash or not) names a branch of it.
    fn by_known_stem(&self, part: Range<usize>) -> Option<Found> {
        let text = self.source_text(part.clone());
        let stem = text.split(is_dash).next()?;
        let dashed = gazetteer::lookup(stem).filter(|_| stem.len() < text.len());
        let leading = self
            .longest_entry(part.start, part.end)
            .map(|(_, entry)| entry);
        let entry = dashed.or(leading)?;
        (entry.category == Category::Organisation)
            .then(|| Found::new(part, ActorKind::Organisation, entry.evidence()))
    }

    /// "Northern Afghanistan", "East Java": a compass word before a name makes a place.
    fn by_direction(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let direction = matches!(
            self.text(part.start).to_lowercase().as_str(),
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
                | "greater"
        );
        if !direction || words.len() > 3 {
            return None;
        }
        let everyday = (part.start + 1..part.end).any(|i| gazetteer::is_english_word(self.text(i)));
        match self.entry(part.start + 1..part.end) {
            Some(entry) if entry.category == Category::Organisation => None,
            Some(_) => Some(Found::new(part, ActorKind::Place, "gazetteer: region")),
            // "Western Policy" is no place.
            None if everyday => None,
            None => Some(Found::new(part, ActorKind::Place, "direction + name")),
        }
    }

    /// "Boston Bruins", "Jacksonville Suns": a place and a plural name make a team.
    fn by_team_shape(&self, part: Range<usize>, words: &[usize]) -> Option<Found> {
        let len = match self.longest_entry(part.start, part.end) {
            Some((_, entry))
                if matches!(entry.category, Category::Organisation | Category::Demonym) =>
            {
                return None
            }
            Some((len, _)) => len,
            None if gazetteer::has_place_ending(self.text(part.start)) => 1,
            None => return None,
        };
        let rest = part.start + len..part.end;
        let plural = self.text(part.end - 1).ends_with('s');
        let plain = words.len() == part.len() && (1..=2).contains(&rest.len());
        (plural && plain)
            .then(|| Found::new(part, ActorKind::Organisation, "place + plural name: team"))
    }

    /// A name with no head-word: a person's if it starts with a given name, has a person's
    /// context or a person's name's shape; an organisation's if it starts with "The" or an
    /// apposition says so; otherwise a place's or unknown.
    fn by_person_evidence(&self, part: Range<usize>, words: &[usize]) -> Found {
        let first = words[0];
        // Given names may also be places ("Jordan", "Chad"), and surnames too ("Michael
        // Jordan"), but not organisations or demonyms.
        let rest_names_group = words[1..].iter().any(|&i| {
            gazetteer::lookup(self.text(i))
                .is_some_and(|e| matches!(e.category, Category::Organisation | Category::Demonym))
        });
        if gazetteer::is_given_name(self.text(first)) && words.len() <= 4 && !rest_names_group {
            return Found::new(part, ActorKind::Person, "given name");
        }
        if self.tokens[first].is("the") {
            return Found::new(part, ActorKind::Organisation, "name with \"The\"");
        }
        let found = self.by_context(part.clone());
        if found.kind != ActorKind::Other {
            return found;
        }
        if let Some(found) = self.by_apposition_noun(part.clone()) {
            return found;
        }
        if self.is_name_shaped(part.clone(), words) {
            return Found::new(part, ActorKind::Person, "name shape");
        }
        self.by_place_context(part).unwrap_or(found)
    }

    /// Two or three capitalised words, or up to four with initials ("C. H. Douglas"), none an
    /// everyday, generic or known word: the shape of a person's name. (Surnames that are
    /// words, "Buddy Rich", are lost; allowing them costs more in titles of works.)
    fn is_name_shaped(&self, part: Range<usize>, words: &[usize]) -> bool {
        let shape = |i: usize| self.tokens[i].shape;
        let initials = words
            .iter()
            .filter(|&&i| shape(i) == Shape::Initial)
            .count();
        let name_word = |&i: &usize| {
            let text = self.text(i);
            shape(i) == Shape::Initial
                || (shape(i) == Shape::Capitalised
                    && !gazetteer::is_english_word(text)
                    && !gazetteer::is_generic(text)
                    && gazetteer::lookup(text).is_none())
        };
        (2..=3 + initials.min(1)).contains(&words.len())
            && initials < words.len()
            && part
                .clone()
                .all(|i| self.link(i).is_none_or(|l| l == Link::Particle))
            && words.iter().all(name_word)
    }

    /// "the X said", "the X's": a person's name takes no article, so a single name after
    /// "the" that ends its phrase is a group or an institution. ("the Novak case" uses a name
    /// as a modifier, so a following noun keeps it open.)
    fn by_article(&self, part: Range<usize>) -> Option<Found> {
        let article = part.start.checked_sub(1)?;
        let next = self
            .tokens
            .get(part.end)
            .filter(|_| self.same_line(article, part.end));
        let ends_phrase = next.is_none_or(|t| {
            matches!(t.shape, Shape::Punct | Shape::Possessive)
                || crate::text::lexicon::is_stop_word(&t.text)
                || gazetteer::speech_verb(&t.text).is_some()
        });
        (self.tokens[article].text == "the" && ends_phrase)
            .then(|| Found::new(part, ActorKind::Organisation, "context: the"))
    }

    /// A noun in apposition saying what the name names: "the band X", "broadcaster X", "the
    /// village of X", "X, a Dutch firm".
    fn by_apposition_noun(&self, part: Range<usize>) -> Option<Found> {
        let lower_at = |i: Option<usize>| {
            i.filter(|&i| self.same_line(i, part.start) && self.tokens[i].shape == Shape::Lower)
                .map(|i| self.text(i))
        };
        let before = lower_at(part.start.checked_sub(1));
        let before_of = lower_at(part.start.checked_sub(2)).filter(|_| before == Some("of"));
        let after = self.noun_after_comma(part.clone());
        let organisation = before
            .into_iter()
            .chain(after)
            .any(gazetteer::is_organisation_noun);
        let place = before
            .into_iter()
            .chain(before_of)
            .chain(after)
            .any(gazetteer::is_place_noun);
        if organisation {
            Some(Found::new(
                part,
                ActorKind::Organisation,
                "context: organisation noun",
            ))
        } else if place {
            Some(Found::new(part, ActorKind::Place, "context: place noun"))
        } else {
            None
        }
    }

    /// The noun of "<Name>, a/an/the [up to two words] <noun>" when it is an organisation or
    /// place noun ("Acme, a Dutch firm").
    fn noun_after_comma(&self, part: Range<usize>) -> Option<&str> {
        let comma = part.end;
        if !self.same_line(part.start, comma) || self.text(comma) != "," {
            return None;
        }
        let article = comma + 1;
        if !(self.same_line(comma, article)
            && ["a", "an", "the"]
                .iter()
                .any(|w| self.tokens[article].is(w)))
        {
            return None;
        }
        (article + 1..article + 4)
            .take_while(|&i| self.same_line(comma, i) && self.tokens[i].shape != Shape::Punct)
            .map(|i| self.text(i))
            .find(|w| gazetteer::is_organisation_noun(w) || gazetteer::is_place_noun(w))
    }

    /// Place evidence for an unknown name: a place-name ending ("Lincolnshire"), a state or
    /// region after a comma ("Salem, Oregon"), or "in"/"near" before it.
    fn by_place_context(&self, part: Range<usize>) -> Option<Found> {
        let place = |evidence| Some(Found::new(part.clone(), ActorKind::Place, evidence));
        if part.len() == 1 && gazetteer::has_place_ending(self.text(part.start)) {
            return place("place-name ending");
        }
        let next = |k: usize| Some(part.end + k).filter(|&i| self.same_line(part.start, i));
        // "Salem, Oregon", but not "Novak, Russia's envoy".
        let region_follows = next(0).is_some_and(|i| self.text(i) == ",")
            && next(1).is_some_and(|i| {
                self.longest_entry(i, self.tokens.len())
                    .is_some_and(|(len, e)| {
                        let possessive = self
                            .tokens
                            .get(i + len)
                            .is_some_and(|t| t.shape == Shape::Possessive);
                        matches!(e.category, Category::Country | Category::Region) && !possessive
                    })
            });
        if region_follows {
            return place("context: followed by a state or region");
        }
        let possessive = next(0).is_some_and(|i| self.tokens[i].shape == Shape::Possessive);
        let before = part.start.checked_sub(1).map(|i| &self.tokens[i]);
        let preposition = before.is_some_and(|t| {
            ["in", "near", "outside", "across", "throughout"]
                .iter()
                .any(|w| t.text == *w)
        });
        (preposition && !possessive)
            .then_some(())
            .and_then(|_| place("context: in"))
    }

    /// A person if the words around say so, otherwise `Other`.
    fn by_context(&self, part: Range<usize>) -> Found {
        match self.person_context(part.clone()) {
            Some(evidence) => Found::new(part, ActorKind::Person, evidence),
            None => Found::new(part, ActorKind::Other, "unknown"),
        }
    }

    /// Evidence from the neighbouring words that a name is a person's.
    fn person_context(&self, part: Range<usize>) -> Option<&'static str> {
        let next = |k: usize| {
            self.tokens
                .get(part.end + k)
                .filter(|_| self.same_line(part.start, part.end + k))
        };
        if let Some(verb) = next(0).and_then(|t| gazetteer::speech_verb(&t.text)) {
            return Some(verb);
        }
        if next(0).is_some_and(|t| t.text == ",") && next(1).is_some_and(|t| t.is("who")) {
            return Some("context: who");
        }
        let before = |k: usize| part.start.checked_sub(k).map(|i| &self.tokens[i]);
        if before(2).is_some_and(|t| t.is("according")) && before(1).is_some_and(|t| t.is("to")) {
            return Some("context: according to");
        }
        self.context_role(part).map(|_| "context: role")
    }

    /// Gives a person the role the context attaches to it.
    fn with_role(&self, mut found: Found) -> Found {
        if found.kind == ActorKind::Person && found.role.is_none() {
            found.role = self.context_role(found.tokens.clone());
        }
        found
    }
}

// ---------------------------------------------------------------------------------------------
// Roles in context

impl Doc<'_> {
    /// A role attached to a name: "spokeswoman Jana Novak", "the envoy to Chile, Jana Novak",
    /// "Jana Novak, a spokesman for …", "Jana Novak, the group's spokesman".
    fn context_role(&self, part: Range<usize>) -> Option<String> {
        self.role_just_before(part.clone())
            .or_else(|| self.role_before_comma(part.clone()))
            .or_else(|| self.role_after_comma(part))
    }

    /// A title, or a role noun in any case ("spokesman", "Manager").
    fn is_role_word(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        match token.shape {
            Shape::Lower | Shape::Capitalised => {
                gazetteer::is_role_noun(&token.text) || gazetteer::title(&token.text).is_some()
            }
            Shape::Acronym => gazetteer::title(&token.text).is_some(),
            _ => false,
        }
    }

    fn is_role_modifier(&self, i: usize) -> bool {
        let token = &self.tokens[i];
        match token.shape {
            Shape::Lower => gazetteer::is_role_modifier(&token.text),
            Shape::Capitalised => self.is_title_word(i),
            _ => false,
        }
    }

    /// The role phrase ending with the role word at `noun`: the word and the modifiers and
    /// role words right before it ("foreign ministry spokeswoman").
    fn role_phrase(&self, noun: usize) -> String {
        let mut start = noun;
        while start > 0
            && noun - start < 3
            && self.same_line(start - 1, noun)
            && (self.is_role_modifier(start - 1) || self.is_role_word(start - 1))
            && self.tokens[start - 1].shape == self.tokens[noun].shape
        {
            start -= 1;
        }
        self.source_text(start..noun + 1)
    }

    fn role_just_before(&self, part: Range<usize>) -> Option<String> {
        let noun = part.start.checked_sub(1)?;
        let lowercase_role = self.tokens[noun].shape == Shape::Lower && self.is_role_word(noun);
        (lowercase_role && self.same_line(noun, part.start)).then(|| self.role_phrase(noun))
    }

    /// "<role> [to|for|of … Name], <Name>" followed by the end of the clause.
    fn role_before_comma(&self, part: Range<usize>) -> Option<String> {
        let comma = part.start.checked_sub(1)?;
        if self.text(comma) != "," || !self.ends_clause(part.end, part.start) {
            return None;
        }
        let mut i = comma;
        while i > 0 && comma - i < 6 && self.same_line(i - 1, comma) {
            i -= 1;
            if self.is_role_word(i) {
                return Some(self.role_phrase(i));
            }
            let token = &self.tokens[i];
            let linking = matches!(
                token.shape,
                Shape::Capitalised | Shape::Acronym | Shape::Possessive
            ) || ["to", "for", "of", "in", "at", "on", "the"]
                .iter()
                .any(|w| token.is(w));
            if !linking {
                return None;
            }
        }
        None
    }

    /// Whether the clause ends at token `i` (punctuation, end of line or text).
    fn ends_clause(&self, i: usize, from: usize) -> bool {
        !self.same_line(from, i) || matches!(self.text(i), "," | "." | ";" | ":" | ")" | "!" | "?")
    }

    /// "<Name>, [a|an|the] [up to three words] <role>".
    fn role_after_comma(&self, part: Range<usize>) -> Option<String> {
        let comma = part.end;
        if !self.same_line(part.start, comma) || self.text(comma) != "," {
            return None;
        }
        let mut i = comma + 1;
        if ["a", "an", "the"]
            .iter()
            .any(|w| self.same_line(comma, i) && self.tokens[i].is(w))
        {
            i += 1;
        }
        for k in i..(i + 4).min(self.tokens.len()) {
            if !self.same_line(comma, k) || self.tokens[k].shape == Shape::Punct {
                return None;
            }
            if self.is_role_word(k) {
                return Some(self.role_phrase(k));
            }
        }
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Document-level settling and output

/// Gives names of unknown kind the kind the document establishes elsewhere, and drops
/// ordinary words that nothing confirms as names. An acronym the text defines takes its
/// expansion's kind.
fn settle_kinds(doc: &Doc, found: &mut Vec<Found>, definitions: &[AcronymDefinition]) {
    let names: Vec<String> = found.iter().map(|f| doc.name_of(f)).collect();
    let known = KnownNames::collect(doc, found, &names);
    for (f, name) in found.iter_mut().zip(&names) {
        let defined = definitions
            .iter()
            .find(|d| d.acronym == doc.text(f.tokens.start))
            .and_then(|d| known.kinds.get(d.expansion.as_str()));
        if let (Via::Acronym, Some(&kind)) = (f.via, defined) {
            // The text's own definition beats the gazetteer's reading of the letters.
            (f.kind, f.evidence, f.canonical) = (kind, "acronym: defined in text", None);
        } else if f.kind == ActorKind::Other {
            if let Some((kind, evidence)) = known.kind_of(name) {
                (f.kind, f.evidence, f.tentative) = (kind, evidence, false);
            }
        }
    }
    found.retain(|f| !f.tentative);
}

/// What a document's typed mentions say about its other names.
struct KnownNames<'n> {
    /// Each typed name's most frequent kind, so one mistyped occurrence does not type all
    /// the others.
    kinds: HashMap<&'n str, ActorKind>,
    /// "Novak" after "Jana Novak", and "Jana" too: the parts of a person's full name.
    parts_of_names: HashSet<&'n str>,
    /// "Acme" after "Acme Holdings": the first word of a longer name, standing for it.
    first_words: HashMap<&'n str, ActorKind>,
}

impl<'n> KnownNames<'n> {
    fn collect(doc: &'n Doc, found: &[Found], names: &'n [String]) -> Self {
        let mut votes: HashMap<&str, HashMap<ActorKind, usize>> = HashMap::new();
        let mut known = KnownNames {
            kinds: HashMap::new(),
            parts_of_names: HashSet::new(),
            first_words: HashMap::new(),
        };
        for (f, name) in found.iter().zip(names) {
            if f.kind == ActorKind::Other {
                continue;
            }
            if f.evidence != "acronym" {
                *votes.entry(name).or_default().entry(f.kind).or_default() += 1;
            }
            if f.tokens.len() < 2 {
                continue;
            }
            let capitalised = |i: &usize| doc.tokens[*i].shape == Shape::Capitalised;
            if capitalised(&f.tokens.start) {
                known
                    .first_words
                    .entry(doc.text(f.tokens.start))
                    .or_insert(f.kind);
            }
            if f.kind == ActorKind::Person {
                let words = f.tokens.clone().filter(capitalised);
                known.parts_of_names.extend(words.map(|i| doc.text(i)));
            }
        }
        known.kinds = votes
            .into_iter()
            .filter_map(|(name, counts)| {
                let most = counts
                    .into_iter()
                    .max_by_key(|&(kind, n)| (n, Reverse(kind)))?;
                Some((name, most.0))
            })
            .collect();
        known
    }

    fn kind_of(&self, name: &str) -> Option<(ActorKind, &'static str)> {
        if self.parts_of_names.contains(name) {
            return Some((ActorKind::Person, "part of a named person's name"));
        }
        if let Some(&kind) = self.kinds.get(name) {
            return Some((kind, "same name elsewhere"));
        }
        let first_word = self.first_words.get(name);
        first_word.map(|&kind| (kind, "short for a longer name"))
    }
}

impl Doc<'_> {
    fn name_of(&self, found: &Found) -> String {
        match found.canonical {
            Some(name) => name.to_string(),
            None => self.source_text(found.tokens.clone()),
        }
    }

    fn mention(&self, found: Found) -> Mention {
        let start = self.tokens[found.tokens.start].start;
        let end = self.tokens[found.tokens.end - 1].end;
        Mention {
            start,
            end,
            text: self.chars[start..end].iter().collect(),
            name: self.name_of(&found),
            kind: found.kind,
            via: found.via,
            role: found.role,
            evidence: found.evidence,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Acronym definitions

impl Doc<'_> {
    fn acronym_definitions(&self) -> Vec<AcronymDefinition> {
        let mut definitions: Vec<AcronymDefinition> = Vec::new();
        for i in 0..self.tokens.len() {
            if self.tokens[i].shape != Shape::Acronym {
                continue;
            }
            let expansion = self
                .expansion_before_brackets(i)
                .or_else(|| self.expansion_in_brackets(i))
                .or_else(|| self.expansion_before_alias(i));
            if let Some(expansion) = expansion {
                let definition = AcronymDefinition {
                    acronym: self.text(i).to_string(),
                    expansion: self.source_text(expansion),
                };
                if !definitions.contains(&definition) {
                    definitions.push(definition);
                }
            }
        }
        definitions
    }

    fn letters(&self, i: usize) -> Vec<char> {
        self.text(i).chars().filter(|c| c.is_uppercase()).collect()
    }

    /// "Long Name (ACR)".
    fn expansion_before_brackets(&self, i: usize) -> Option<Range<usize>> {
        let open = i.checked_sub(1)?;
        let closed = self.tokens.get(i + 1).is_some_and(|t| t.text == ")");
        (self.text(open) == "(" && closed).then_some(())?;
        self.expansion_ending_at(open, &self.letters(i))
    }

    /// "ACR (Long Name)".
    fn expansion_in_brackets(&self, i: usize) -> Option<Range<usize>> {
        let open = i + 1;
        (self.tokens.get(open)?.text == "(").then_some(())?;
        let close = (open + 1..self.tokens.len().min(open + 16)).find(|&k| self.text(k) == ")")?;
        let inside = open + 1..close;
        let all_words = inside
            .clone()
            .all(|k| self.is_name_token(k) || self.is_connector(k));
        (all_words && !inside.is_empty() && self.initials_match(&self.letters(i), inside.clone()))
            .then_some(inside)
    }

    /// "Long Name, or ACR" and "Long Name, (also) known as ACR".
    fn expansion_before_alias(&self, i: usize) -> Option<Range<usize>> {
        let word = |k: Option<usize>, w: &str| k.is_some_and(|k| self.tokens[k].is(w));
        let back = |k: usize| i.checked_sub(k);
        let comma = if word(back(1), "or") {
            back(2)
        } else if word(back(1), "as") && word(back(2), "known") {
            if word(back(3), "also") {
                back(4)
            } else {
                back(3)
            }
        } else {
            None
        }?;
        (self.text(comma) == ",").then_some(())?;
        self.expansion_ending_at(comma, &self.letters(i))
    }

    /// The longest run of name words ending right before `end` whose initials spell `letters`.
    fn expansion_ending_at(&self, end: usize, letters: &[char]) -> Option<Range<usize>> {
        let mut start = end;
        while start > 0
            && self.same_line(start - 1, end - 1)
            && (self.is_name_token(start - 1) || self.is_connector(start - 1))
        {
            start -= 1;
        }
        (start..end)
            .filter(|&s| self.is_name_token(s))
            .map(|s| s..end)
            .find(|range| self.initials_match(letters, range.clone()))
    }

    /// Whether the words' initials spell the acronym in order. Connectors may be skipped or
    /// used; a word may also give its inner capitals ("FedEx" → "FE").
    fn initials_match(&self, letters: &[char], words: Range<usize>) -> bool {
        let words: Vec<(bool, Vec<char>)> = words
            .map(|i| (self.is_connector(i), capitals(self.text(i))))
            .collect();
        !letters.is_empty() && spells(letters, &words)
    }
}

/// A word's initial (uppercased) followed by its inner capitals.
fn capitals(word: &str) -> Vec<char> {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let first = letters.next().into_iter().flat_map(char::to_uppercase);
    first.chain(letters.filter(|c| c.is_uppercase())).collect()
}

fn spells(letters: &[char], words: &[(bool, Vec<char>)]) -> bool {
    let Some(((connector, caps), rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if caps.is_empty() {
        return spells(letters, rest);
    }
    if *connector && spells(letters, rest) {
        return true;
    }
    (1..=caps.len()).rev().any(|take| {
        letters.len() >= take && letters[..take] == caps[..take] && spells(&letters[take..], rest)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mentions(text: &str) -> Vec<Mention> {
        let found = find_mentions(text);
        let chars: Vec<char> = text.chars().collect();
        for pair in found.windows(2) {
            assert!(
                pair[0].end <= pair[1].start,
                "ordered, not overlapping: {found:?}"
            );
        }
        for m in &found {
            let slice: String = chars[m.start..m.end].iter().collect();
            assert_eq!(slice, m.text, "text is the char slice");
        }
        found
    }

    fn texts(text: &str) -> Vec<String> {
        mentions(text).into_iter().map(|m| m.text).collect()
    }

    fn find<'a>(found: &'a [Mention], text: &str) -> &'a Mention {
        found
            .iter()
            .find(|m| m.text == text)
            .unwrap_or_else(|| panic!("no mention {text:?} in {found:?}"))
    }

    #[test]
    fn possessives_are_not_part_of_names() {
        let found = mentions("Talks stalled over Russia's plan and Kazakhstan’s reply.");
        assert_eq!(find(&found, "Russia").name, "Russia");
        assert_eq!(find(&found, "Kazakhstan").kind, ActorKind::State);
    }

    #[test]
    fn connectors_join_names_but_never_end_them() {
        let found = mentions("He met officials of the Ministry of Mines and Petroleum on Monday.");
        let ministry = find(&found, "Ministry of Mines and Petroleum");
        assert_eq!(ministry.kind, ActorKind::Organisation);
        assert_eq!(ministry.evidence, "org head-word: Ministry");
        assert_eq!(
            texts("A statement from Acme Holdings of"),
            ["Acme Holdings"]
        );
    }

    #[test]
    fn two_countries_joined_by_and_stay_two() {
        assert_eq!(
            texts("Trade between Kazakhstan and Kyrgyzstan grew."),
            ["Kazakhstan", "Kyrgyzstan"]
        );
        assert_eq!(
            texts("They flew to Bosnia and Herzegovina."),
            ["Bosnia and Herzegovina"]
        );
    }

    #[test]
    fn hyphenated_and_particle_names() {
        let found = mentions("Fighters loyal to al-Qaeda met Noor-ul-Amin Rostami in Kabul.");
        assert_eq!(find(&found, "al-Qaeda").kind, ActorKind::Organisation);
        assert!(found.iter().any(|m| m.text == "Noor-ul-Amin Rostami"));
        assert_eq!(find(&found, "Kabul").kind, ActorKind::Place);
        let found = mentions("The Russian-backed forces left; pro-Russian groups stayed.");
        assert_eq!(
            found.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
            ["Russia", "Russia"]
        );
    }

    #[test]
    fn en_dash_names_stay_whole() {
        let found = mentions("Analysts blamed Islamic State–Sahel for the attack.");
        assert_eq!(
            find(&found, "Islamic State–Sahel").kind,
            ActorKind::Organisation
        );
    }

    #[test]
    fn acronyms_but_not_shouted_words() {
        let found = mentions("NATO and the UN met in the G7 format. SEE ALSO: NEWS");
        let names: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(names, ["NATO", "UN", "G7"]);
        assert!(found.iter().all(|m| m.via == Via::Acronym));
        assert_eq!(find(&found, "UN").kind, ActorKind::Organisation);
        assert!(texts("GDP rose, the CEO said on TV.").is_empty());
    }

    #[test]
    fn sentence_initial_function_words_are_not_names() {
        let found = texts("However, Moscow refused. Still the talks went on. The Kremlin said no.");
        assert_eq!(found, ["Moscow", "Kremlin"]);
        assert!(texts("Meanwhile prices rose. Analysts expect more.").is_empty());
    }

    #[test]
    fn headings_yield_only_known_names() {
        let text = "Reasons Behind Russia's Decision To Leave The Talks\n\nRussia left.";
        assert_eq!(texts(text), ["Russia", "Russia"]);
        assert_eq!(
            texts("RUSSIA WARNS NATO OVER ARMS DEAL"),
            ["RUSSIA", "NATO"]
        );
    }

    #[test]
    fn titles_become_roles() {
        let found = mentions("Foreign Minister Jana Novak met President Ivan Petrov in Astana.");
        let novak = find(&found, "Jana Novak");
        assert_eq!(novak.kind, ActorKind::Person);
        assert_eq!(novak.role.as_deref(), Some("Foreign Minister"));
        assert_eq!(novak.evidence, "title: Minister");
        assert_eq!(
            find(&found, "Ivan Petrov").role.as_deref(),
            Some("President")
        );
        assert_eq!(find(&found, "Astana").kind, ActorKind::Place);
        let found = mentions("Russian President Ivan Petrov arrived.");
        assert_eq!(found[0].name, "Russia");
        assert_eq!(found[1].text, "Ivan Petrov");
        assert!(texts("The Prime Minister spoke to the Government.").is_empty());
    }

    #[test]
    fn roles_in_apposition() {
        let found = mentions("Oskar Lindqvist, a spokesman for the alliance, declined.");
        assert_eq!(
            find(&found, "Oskar Lindqvist").role.as_deref(),
            Some("spokesman")
        );
        let found = mentions("Ilya Brandt, the group's spokesman, said so.");
        assert_eq!(
            find(&found, "Ilya Brandt").role.as_deref(),
            Some("spokesman")
        );
        let found = mentions("Chile's envoy to Peru, Tomasz Wrobel, said the talks failed.");
        let envoy = find(&found, "Tomasz Wrobel");
        assert_eq!(
            (envoy.kind, envoy.role.as_deref()),
            (ActorKind::Person, Some("envoy"))
        );
        let found = mentions("said ministry spokeswoman Halvard Moe.");
        assert_eq!(
            find(&found, "Halvard Moe").role.as_deref(),
            Some("ministry spokeswoman")
        );
    }

    #[test]
    fn demonyms_name_their_country() {
        let found = mentions("Afghan and Pakistani officials met Emiratis.");
        let names: Vec<(&str, Via)> = found.iter().map(|m| (m.name.as_str(), m.via)).collect();
        assert_eq!(
            names,
            [
                ("Afghanistan", Via::Demonym),
                ("Pakistan", Via::Demonym),
                ("United Arab Emirates", Via::Demonym)
            ]
        );
        assert!(found.iter().all(|m| m.kind == ActorKind::State));
    }

    #[test]
    fn country_short_forms_get_full_names() {
        let found = mentions("Both the U.S. and the UK objected, as did America and the US.");
        let names: Vec<&str> = found.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "United States",
                "United Kingdom",
                "United States",
                "United States"
            ]
        );
        assert_eq!(found[0].text, "U.S.");
        assert_eq!(found[0].via, Via::Acronym);
    }

    #[test]
    fn capitals_and_regions_are_places() {
        let found = mentions("Flights from Tashkent to Central Asia and the Middle East resumed.");
        assert!(found.iter().all(|m| m.kind == ActorKind::Place));
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn given_names_and_speech_verbs_mark_people() {
        let found = mentions("Maria Lopez arrived. Later Brekke said it was over.");
        assert_eq!(find(&found, "Maria Lopez").evidence, "given name");
        assert_eq!(find(&found, "Brekke").evidence, "context: said");
        let found = mentions("Jana Novak spoke first. Novak later left for Oslo.");
        assert_eq!(find(&found, "Novak").kind, ActorKind::Person);
    }

    #[test]
    fn offsets_are_chars_not_bytes() {
        let text = "Café “naïve” résumé — Moscow’s mayor met Jana Novak.";
        let found = mentions(text);
        let moscow = find(&found, "Moscow");
        assert_eq!(moscow.start, text.chars().position(|c| c == 'M').unwrap());
        assert_eq!(find(&found, "Jana Novak").end, text.chars().count() - 1);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " ",
            "\n\n",
            "'s",
            "’",
            "U.S.",
            "A.",
            "-",
            "--Ab--",
            "(ACR)",
            "X (",
            "Mr.",
            "É",
            "ß’s",
            "a.b.c",
            "Of And The",
            "&",
            "U.S.A.-",
            "((",
            "Ministry of",
        ] {
            mentions(text);
            find_acronym_definitions(text);
        }
    }

    #[test]
    fn title_case_lead_ins_are_headings_but_speakers_are_not() {
        let text = "• Security Cooperation and Intelligence Sharing: Russia and China agreed.";
        assert_eq!(texts(text), ["Russia", "China"]);
        assert_eq!(texts("Jana Novak: We agree."), ["Jana Novak"]);
    }

    #[test]
    fn possessives_inside_organisation_names() {
        let found =
            mentions("The Prosecutor-General's Office objected to Russia's Foreign Ministry.");
        assert_eq!(
            find(&found, "Prosecutor-General's Office").kind,
            ActorKind::Organisation
        );
        assert_eq!(find(&found, "Russia").kind, ActorKind::State);
        assert_eq!(
            find(&found, "Foreign Ministry").kind,
            ActorKind::Organisation
        );
    }

    #[test]
    fn lost_apostrophes_still_end_names() {
        assert_eq!(texts("They rejected Russias plan."), ["Russia"]);
    }

    #[test]
    fn a_single_name_after_the_is_a_group() {
        let found = mentions("Talks with the Zorvani stalled, and the Zorvani said no.");
        assert!(found.iter().all(|m| m.kind == ActorKind::Organisation));
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn everyday_words_and_dates_are_not_names() {
        assert!(texts("He studied Medicine and loved Jazz.").is_empty());
        assert_eq!(
            texts("On Thursday October 5 Jana Novak spoke."),
            ["Jana Novak"]
        );
        assert_eq!(
            texts("He met Theresa May in London."),
            ["Theresa May", "London"]
        );
    }

    #[test]
    fn names_joined_by_connectors_split_where_two_names_meet() {
        assert_eq!(
            texts("Jana Novak & Ivan Petrov wrote it."),
            ["Jana Novak", "Ivan Petrov"]
        );
        let found = mentions("He played for the Oakland Athletics of Major League Baseball.");
        assert_eq!(found.len(), 2);
        let found = mentions("He was a Fellow of the Royal Society.");
        assert_eq!(find(&found, "Royal Society").kind, ActorKind::Organisation);
    }

    #[test]
    fn nouns_in_apposition_and_places_in_context() {
        let found = mentions("He joined the band Velvet Horizon in Salem, Oregon.");
        assert_eq!(find(&found, "Velvet Horizon").kind, ActorKind::Organisation);
        assert_eq!(find(&found, "Salem").kind, ActorKind::Place);
        let found = mentions("We spoke to Lindqvist, Russia's envoy.");
        assert_ne!(find(&found, "Lindqvist").kind, ActorKind::Place);
    }

    #[test]
    fn acronym_definitions_in_three_forms() {
        let text = "The Sudan Armed Forces (SAF) fought the Rapid Support Forces, or RSF. \
                    Later the TPC (Transitional Peace Council) met. The SAF attacked.";
        let definitions = find_acronym_definitions(text);
        let pairs: Vec<(&str, &str)> = definitions
            .iter()
            .map(|d| (d.acronym.as_str(), d.expansion.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("SAF", "Sudan Armed Forces"),
                ("RSF", "Rapid Support Forces"),
                ("TPC", "Transitional Peace Council")
            ]
        );
        let found = mentions(text);
        assert_eq!(find(&found, "SAF").kind, ActorKind::Organisation);
        assert!(find_acronym_definitions("the Big Old Tree (NATO) fell").is_empty());
        let known = find_acronym_definitions("Islamic State of Iraq and Syria, known as ISIS");
        assert_eq!(known[0].expansion, "Islamic State of Iraq and Syria");
    }
}
