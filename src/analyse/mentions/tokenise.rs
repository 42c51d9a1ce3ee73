//! Tokens for names: words with their shape (capitalised, acronym, initial, lowercase,
//! number), possessives and marks, read from the shared tokens; hyphenated adjectives and
//! lost apostrophes split; each sentence's first word marked.

use super::Token;
use crate::text::abbreviations::{self, Use};
use crate::text::gazetteer::{self, Category};
use crate::text::lexicon::grammar::ADJECTIVE_PREFIXES;
use crate::text::lexicon::parts_of_speech::{class_of, Class};
use crate::text::tokens::{self, is_apostrophe};
use std::collections::HashSet;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
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

impl Token {
    pub(super) fn new(chars: &[char], span: Range<usize>, shape: Shape, line: usize) -> Self {
        Token {
            text: chars[span.clone()].iter().collect(),
            start: span.start,
            end: span.end,
            shape,
            line,
            sentence_start: false,
        }
    }

    pub(super) fn word(chars: &[char], span: Range<usize>, line: usize) -> Self {
        let shape = shape_of(&chars[span.clone()]);
        Token::new(chars, span, shape, line)
    }

    pub(super) fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
}

/// The shared tokens read as names need them: a word is letters and digits (of any script,
/// with combining marks) joined by hyphens, dashes, apostrophes and "&" between them
/// ("al-Qaeda", "O'Brien", "AT&T"), by dots inside abbreviations ("U.S.", "3.5"), and it keeps
/// a final dot that belongs to it ("U.S.", "Mr.", "F."); a possessive after it is a token of
/// its own. Every other mark is a token.
pub(super) fn tokenise(chars: &[char]) -> Vec<Token> {
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

/// A hyphen or a dash inside a word ("al-Qaeda", "Varn–Tessin").
pub fn is_dash(c: char) -> bool {
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
/// title ("Mr."), a company suffix ("Acme Inc."), or an initial followed by the rest of a
/// name ("F. Kennedy").
fn keeps_final_dot(chars: &[char], start: usize, j: usize) -> bool {
    let word: String = chars[start..j].iter().collect();
    // Abbreviations before or after a name keep their dot ("Mr. Roe", "St. Petersburg",
    // "Roe Jr.", "Acme Inc."), so it does not end a sentence or split a name, and the name
    // is written as its source writes it.
    let name_abbreviation = matches!(
        abbreviations::lookup(&word),
        Some(Use::Title | Use::Place | Use::NameSuffix | Use::CompanySuffix)
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
    if is_pronoun_with_clitic(chars) {
        return Shape::Lower;
    }
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

/// "I'm", "I'd", "I'll", "I've": the pronoun, as lowercase as "I" alone.
fn is_pronoun_with_clitic(chars: &[char]) -> bool {
    let clitic: String = chars.iter().skip(2).collect();
    chars.len() >= 3
        && chars[0] == 'I'
        && is_apostrophe(chars[1])
        && ["m", "d", "ll", "ve"].contains(&clitic.to_lowercase().as_str())
}

/// Pushes a word, splitting hyphenated words that are not one name: "Russian-backed" and
/// "pro-Russian" give "Russian"; "Russia-Ukraine" gives both countries, and "Kabul-Ardenne"
/// the capital and the other name.
fn push_word(tokens: &mut Vec<Token>, chars: &[char], span: Range<usize>, line: usize) {
    let parts = hyphen_parts(chars, span.clone());
    if parts.len() >= 2 && is_heritage_compound(chars, span.clone(), &parts) {
        // One people's heritage, an adjective or a noun of people: it names no actor.
        tokens.push(Token::new(chars, span, Shape::Lower, line));
        return;
    }
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
    if gazetteer::lookup(&text(&span)).is_some() || is_title_case_compound(chars, parts) {
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
    // "Kabul-Ardenne ties": a state or its capital, then another party to the relation.
    let state_first = gazetteer::lookup(&text(&parts[0]))
        .is_some_and(|e| matches!(e.category, Category::Country | Category::Capital))
        && parts[1..]
            .iter()
            .all(|part| chars[part.start].is_uppercase());
    adjective || all_places || state_first
}

/// "African-American", "Italian-Canadian": peoples' adjectives (of states or of continents and
/// regions) joined tell one people's heritage, not two parties, unless a noun of a relation
/// follows ("Indian-Pakistani border", "Russian-American talks": two states).
fn is_heritage_compound(chars: &[char], span: Range<usize>, parts: &[Range<usize>]) -> bool {
    let peoples_adjective = |part: &Range<usize>| {
        let word: String = chars[part.clone()].iter().collect();
        chars[part.start].is_uppercase()
            && gazetteer::lookup(&word).is_some_and(|e| match e.category {
                Category::Demonym => true,
                // "African" of "Africa": the adjective, not the region's name.
                Category::Region => !e.name.eq_ignore_ascii_case(&word),
                _ => false,
            })
    };
    parts.iter().all(peoples_adjective)
        && !next_word(chars, span.end).is_some_and(|w| gazetteer::is_relation_noun(&w))
}

/// "Anti-Corruption Foundation": a capitalised prefix before a capitalised word that names
/// nothing is part of a title-case name, unlike "anti-Russian" or "Anti-Russian".
fn is_title_case_compound(chars: &[char], parts: &[Range<usize>]) -> bool {
    let [prefix, word] = parts else {
        return false;
    };
    let text = |r: &Range<usize>| -> String { chars[r.clone()].iter().collect() };
    let capitalised = |r: &Range<usize>| chars[r.start].is_uppercase();
    capitalised(prefix)
        && capitalised(word)
        && ADJECTIVE_PREFIXES.contains(&text(prefix).to_lowercase().as_str())
        && gazetteer::lookup(&text(word)).is_none()
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
/// whose stem is a known place or a day, or a name the text elsewhere gives a real
/// possessive, is read as the stem and a possessive; so is one whose stem the text names
/// elsewhere when an everyday noun follows ("Brenners plan", not "Williams said") or an
/// article precedes and a lowercase word follows ("the Brenners top aide"), and a family
/// name after a given name when an everyday noun follows ("Jana Brenners plan") and the text
/// never writes it so before anything else.
pub(super) fn split_lost_possessives(chars: &[char], tokens: Vec<Token>) -> Vec<Token> {
    let possessed: HashSet<String> = tokens
        .windows(2)
        .filter(|pair| pair[1].shape == Shape::Possessive)
        .map(|pair| pair[0].text.clone())
        .collect();
    let named: HashSet<&str> = tokens
        .iter()
        .filter(|t| t.shape == Shape::Capitalised)
        .map(|t| t.text.as_str())
        .collect();
    // Capitalised words ending in "s" that the text also writes before something other
    // than an everyday noun: names whose "s" is their own.
    let unpossessed: HashSet<&str> = tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            t.shape == Shape::Capitalised
                && t.text.ends_with('s')
                && !tokens.get(k + 1).is_some_and(|next| {
                    next.line == t.line
                        && next.shape == Shape::Lower
                        && class_of(&next.text) == Class::Content
                })
        })
        .map(|(_, t)| t.text.as_str())
        .collect();
    let stems: Vec<Option<usize>> = tokens
        .iter()
        .enumerate()
        .map(|(k, token)| {
            let noun_follows = || {
                tokens.get(k + 1).is_some_and(|next| {
                    next.line == token.line
                        && next.shape == Shape::Lower
                        && class_of(&next.text) == Class::Content
                })
            };
            // "the Xs top envoy": an article, then a lowercase word, make the "s" possessive.
            let article_before = || {
                k > 0
                    && tokens[k - 1].text == "the"
                    && tokens
                        .get(k + 1)
                        .is_some_and(|next| next.line == token.line && next.shape == Shape::Lower)
            };
            // "Jana Novaks plan": after a given name, a family name with an "s" and an
            // everyday noun, unless the text writes that name with its "s" before anything
            // else ("Jana Williams said").
            let after_given_name = || {
                k > 0
                    && tokens[k - 1].line == token.line
                    && tokens[k - 1].shape == Shape::Capitalised
                    && gazetteer::is_given_name(&tokens[k - 1].text)
                    && !unpossessed.contains(token.text.as_str())
                    // An everyday word, not a particle that goes on the name ("Lopes de").
                    && tokens.get(k + 1).is_some_and(|next| {
                        gazetteer::is_english_word(&next.text)
                            && !gazetteer::is_name_particle(&next.text)
                    })
            };
            // Asked only of a capitalised word ending in "s", so the context is read lazily.
            let known = |stem: &str| {
                possessed.contains(stem)
                    || ((noun_follows() || article_before()) && named.contains(stem))
                    || (noun_follows() && after_given_name())
            };
            lost_possessive_stem(token, known)
        })
        .collect();
    let mut split = Vec::with_capacity(tokens.len());
    for (token, stem) in tokens.into_iter().zip(stems) {
        match stem {
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
fn lost_possessive_stem(token: &Token, known: impl Fn(&str) -> bool) -> Option<usize> {
    let stem = token.text.strip_suffix('s')?;
    let place = |word: &str| {
        gazetteer::lookup(word)
            .is_some_and(|e| !matches!(e.category, Category::Demonym | Category::Organisation))
    };
    let lost = token.shape == Shape::Capitalised
        && stem.chars().count() >= 3
        && gazetteer::lookup(&token.text).is_none()
        && !gazetteer::is_english_word(&token.text)
        && (place(stem) || known(stem) || gazetteer::is_calendar_word(stem));
    lost.then_some(token.end - 1)
}

/// Marks each sentence's first word: the first word of a line, or the first after a
/// terminator (skipping opening quotes, brackets and bullets), or a common word right after a
/// dotted abbreviation ("in the U.S. The talks").
pub(super) fn mark_sentence_starts(tokens: &mut [Token]) {
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
