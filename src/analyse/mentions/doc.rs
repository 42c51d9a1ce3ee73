//! The document: its tokens, each line's mode (prose, heading, all caps), what the whole text
//! tells about its words, and the candidate runs of name words.

use super::tokenise::{mark_sentence_starts, split_lost_possessives, tokenise, Shape};
use super::{ActorKind, Via};
use super::{Doc, Found, Token};
use crate::text::gazetteer;
use crate::text::lexicon::calendar;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LineMode {
    Prose,
    /// A title-case heading ("Reasons Behind Russia's Decision"): capitals say nothing.
    Heading,
    /// A line in capitals: only known names count.
    AllCaps,
}

/// How a connector joins the words around it inside a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Link {
    Particle,
    Ampersand,
    Of,
    And,
    For,
    On,
    /// "the", only after another connector ("Bank of the West").
    The,
}

impl Found {
    pub(super) fn new(tokens: Range<usize>, kind: ActorKind, evidence: &'static str) -> Self {
        Found {
            tokens,
            kind,
            via: Via::Name,
            canonical: None,
            joined_name: None,
            role: None,
            evidence,
            tentative: false,
        }
    }
}

/// The most tokens a name spans ("Ministry of Foreign Affairs of the Islamic Republic of
/// Iran" has twelve).
pub(super) const MAX_NAME_TOKENS: usize = 16;

impl<'a> Doc<'a> {
    pub(super) fn new(chars: &'a [char]) -> Self {
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

    pub(super) fn text(&self, i: usize) -> &str {
        &self.tokens[i].text
    }

    pub(super) fn mode(&self, i: usize) -> LineMode {
        self.modes[i]
    }

    /// The tokens' words joined by single spaces (a possessive joins its word), for
    /// gazetteer lookups.
    pub(super) fn phrase(&self, range: Range<usize>) -> String {
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
    pub(super) fn source_text(&self, range: Range<usize>) -> String {
        let start = self.tokens[range.start].start;
        let end = self.tokens[range.end - 1].end;
        collapse_whitespace(&self.chars[start..end].iter().collect::<String>())
    }

    pub(super) fn same_line(&self, a: usize, b: usize) -> bool {
        b < self.tokens.len() && self.tokens[a].line == self.tokens[b].line
    }

    pub(super) fn is_name_token(&self, i: usize) -> bool {
        match self.tokens[i].shape {
            Shape::Capitalised | Shape::Initial => true,
            Shape::Acronym => self.is_acronym_name(i),
            _ => false,
        }
    }

    /// Whether an all-caps word names something: known names always do; otherwise short,
    /// not an English word ("SEE ALSO", "NEWS") and not jargon ("GDP").
    pub(super) fn is_acronym_name(&self, i: usize) -> bool {
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

    pub(super) fn link(&self, i: usize) -> Option<Link> {
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

    pub(super) fn is_connector(&self, i: usize) -> bool {
        self.link(i).is_some()
    }
}

pub(super) fn is_ordinal(text: &str) -> bool {
    let digits = text.trim_end_matches(|c: char| c.is_ascii_lowercase());
    let suffix = &text[digits.len()..];
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th" | "d")
}

pub(super) fn is_roman_numeral(text: &str) -> bool {
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

/// A heading has at least two capitalised content words, hardly any lowercase ones, a
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
    let heading = capitalised >= 2 && lower * 4 <= capitalised && !ends_sentence;
    if heading && words.iter().any(|t| is_everyday_capital(t)) {
        LineMode::Heading
    } else {
        LineMode::Prose
    }
}

/// A short title-case phrase before a colon with an everyday word or a verb's "-ing" form
/// in it ("Economic Interests:", "Countering Rivals:"), unlike a speaker's name ("Jana
/// Novak:").
fn is_heading_lead_in(lead_in: &[Token]) -> bool {
    let words: Vec<&Token> = words_of(lead_in).collect();
    let lowercase_content = words
        .iter()
        .any(|t| t.shape == Shape::Lower && !crate::text::lexicon::is_stop_word(&t.text));
    (2..=10).contains(&words.len())
        && !lowercase_content
        && words
            .iter()
            .any(|t| is_everyday_capital(t) || is_capitalised_gerund(t))
}

/// "Countering", "Rebuilding": a long capitalised "-ing" word that is no known name.
fn is_capitalised_gerund(token: &Token) -> bool {
    let text = token.text.as_str();
    token.shape == Shape::Capitalised
        && text.ends_with("ing")
        && text.chars().count() >= 8
        && !gazetteer::is_given_name(text)
        && gazetteer::lookup(text).is_none()
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

impl Doc<'_> {
    /// Maximal runs of name tokens on one line, joined directly or by up to two connectors
    /// ("Ministry of Mines", "Bank of the West", "von der"). A run never ends on a connector.
    pub(super) fn candidate_runs(&self) -> Vec<Range<usize>> {
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
        // "St. Mary's Fund": a saint's name owns what follows, as a generic word does.
        let saint = last > 0 && gazetteer::is_saint_word(self.text(last - 1));
        // A date owns nothing ("Thursday's Supreme Court ruling").
        let generic = saint
            || self.is_title_word(last)
            || (gazetteer::is_generic(word) && !gazetteer::is_calendar_word(word))
            || (gazetteer::is_english_word(word) && gazetteer::lookup(word).is_none());
        let after = possessive + 1;
        let rest = (after..self.tokens.len())
            .take_while(|&i| self.same_line(last, i) && self.is_name_token(i))
            .last()?;
        let headed = gazetteer::organisation_head(self.text(rest)).is_some();
        (generic && headed && self.tokens[last].shape == Shape::Capitalised).then_some(after + 1)
    }

    /// A date word that continues no name: a weekday written out ("Jana Novak Saturday":
    /// news leaves the "on" out, and no name ends in one), or a calendar word after another
    /// ("Thursday October") or before a number ("Novak May 5"). (An abbreviation may end a
    /// name: "Harbour Sun".)
    fn is_date_at(&self, i: usize) -> bool {
        let word = self.text(i);
        let weekday = calendar::is_weekday(word) && word.trim_end_matches([',', '.']).len() > 3;
        let before_number = self.same_line(i, i + 1) && self.tokens[i + 1].shape == Shape::Number;
        weekday
            || gazetteer::is_calendar_word(word)
                && (gazetteer::is_calendar_word(self.text(i - 1)) || before_number)
    }

    /// A run without connectors at either end, or `None` if nothing remains.
    pub(super) fn trim(&self, run: Range<usize>) -> Option<Range<usize>> {
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
