//! Named mentions: the people, organisations, states and places a news text names.
//!
//! Rule-based, so it runs on corpora it has never seen. The stages:
//! 1. Tokens with char offsets and shapes (capitalised, acronym, initial, possessive…);
//!    hyphenated adjectives ("Russian-backed") and lost apostrophes ("Russias") are split.
//! 2. Each line's mode: prose, a title-case heading (also a title-case lead-in before a
//!    colon) or all caps. Outside prose, capitals say nothing and only known names count.
//! 3. Candidate runs of capitalised words, joined by connectors ("of", "and", "al", "&"); a
//!    weekday written out ends a run ("… Tarrant Saturday": news leaves the "on" out).
//! 4. Each run loses its forced capital (a sentence's first everyday word), splits where it
//!    joins two names ("Norway and Sweden", "Jana Novak of Reuters"), sheds titles
//!    (kept as the role), and gets a kind from, in order: the gazetteer, titles, head-words
//!    ("Ministry", "River"), given names, context ("X said", "the band X", "in X", "X, a
//!    spokesman for Y") and the shape of a person's name; otherwise it is `Other`.
//! 5. A pass over the document types what is still unknown from what it knows: surnames
//!    from full names, acronyms from their definitions, repeated names by majority, a
//!    founder's name standing for its company; drops capitalised everyday words nothing
//!    confirms as names, and the names of things: products, designations, units, market
//!    indices, occasions and money (the corpus's actors drop what one source shows a thing).
//!
//! Stage 1 is `tokenise`; 2 and 3 are `doc`; 4 is `resolve` (runs, titles, known names) and
//! `classify` (kinds and roles of the rest); 5 is `settle`, with `acronyms` for definitions
//! and `things` for what names no actor; last, `metonymy` gives a capital that acts
//! ("Nairobi denied") to its state, and marks another city that acts (for the corpus to give
//! to a team named after it).

use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::ops::Range;

mod acronyms;
mod classify;
mod doc;
mod metonymy;
mod nationals;
mod possessed;
mod resolve;
mod settle;
mod things;
mod tokenise;

pub use acronyms::dashed_letters;
pub use classify::LEADERS_TENURE;
use doc::LineMode;
pub use metonymy::CITY_AS_AGENT;
use settle::settle_kinds;
pub use things::is_actor_evidence;
pub use tokenise::is_dash;
use tokenise::Shape;

pub use crate::model::actor::ActorKind;

/// How a mention names its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    Name,
    Acronym,
    Demonym,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    #[serde(deserialize_with = "crate::analyse::cache::interned")]
    pub evidence: crate::analyse::cache::StaticText,
}

/// An acronym the text defines: "Sudan Armed Forces, or SAF", "Sudan Armed Forces (SAF)",
/// "SAF (Sudan Armed Forces)".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AcronymDefinition {
    pub acronym: String,
    pub expansion: String,
}

/// Finds the named people, organisations, states and places mentioned in `text` (cleaned news
/// text: paragraphs separated by blank lines; newlines end sentences). Mentions are in order
/// and never overlap.
pub fn find_mentions(text: &str) -> Vec<Mention> {
    find_names(text).mentions
}

/// What the mention finder reads of a text in one pass over its tokens.
pub struct Names {
    /// The mentions of `find_mentions`.
    pub mentions: Vec<Mention>,
    /// The names the text shows to be things' (products, indices, occasions: "the Zephyr
    /// sedan"), sorted: what one source shows of a name holds for the corpus (see
    /// `briefing::actors`).
    pub things: Vec<String>,
    /// The acronyms the text defines, each pair once, in order of first definition.
    pub acronyms: Vec<AcronymDefinition>,
}

/// The mentions, things and acronym definitions of `text`, its tokens read once for all.
pub fn find_names(text: &str) -> Names {
    let chars: Vec<char> = text.chars().collect();
    let doc = Doc::new(&chars);
    let mut found: Vec<Found> = doc
        .candidate_runs()
        .into_iter()
        .flat_map(|run| doc.resolve_run(run))
        .collect();
    let acronyms = doc.acronym_definitions();
    let things = settle_kinds(&doc, &mut found, &acronyms);
    doc.capitals_as_agents(&mut found);
    doc.drop_nationals(&mut found);
    doc.name_states_bodies(&mut found);
    let mentions = found.into_iter().map(|f| doc.mention(f)).collect();
    Names {
        mentions,
        things,
        acronyms,
    }
}

// The data the files of this module share, defined here so that each of them (a child of this
// module) reads the fields, which stay private to the module.

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

/// A mention before it is materialised: a token range and what we know about it.
#[derive(Debug, Clone)]
struct Found {
    tokens: Range<usize>,
    kind: ActorKind,
    via: Via,
    /// The name to report when it differs from the text (a demonym's country).
    canonical: Option<&'static str>,
    /// The name a head-word shared across an "and" gives a part ("Foreign" of "the Foreign
    /// and Justice Ministries" is "Foreign Ministry").
    joined_name: Option<String>,
    role: Option<String>,
    evidence: &'static str,
    /// An ordinary word that is dropped unless the document shows it is a name.
    tentative: bool,
}

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

#[cfg(test)]
mod tests;
