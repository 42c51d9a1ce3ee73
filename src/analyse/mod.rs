//! Stage 3, analyse: one source's cleaned text → its claims (sentences with char offsets and
//! stable ids). Pure and per source, so sources can be analysed in any order or in parallel.

pub mod cache;
pub(crate) mod figures;
pub mod mentions;
pub(crate) mod sentences;
pub mod timex;

use crate::model::ids::hex;
use crate::model::source::LoadedSource;
use figures::Figure;
use mentions::{AcronymDefinition, Mention};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::ops::Range;
use timex::TimeExpression;

/// A sentence of a source, the unit every citation points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// Stable across rebuilds: made from the source id and the sentence's normalised text.
    pub id: String,
    pub source: String,
    pub text: String,
    /// Char offsets in the source's cleaned text, end exclusive.
    pub start: usize,
    pub end: usize,
}

/// One source's analysis; serialisable for the build cache (`cache`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub claims: Vec<Claim>,
    /// The claims of each paragraph, as index ranges into `claims`.
    pub paragraphs: Vec<Range<usize>>,
    /// Named people, organisations, states and places, in text order (offsets into the body).
    pub mentions: Vec<Mention>,
    /// Names the text shows to be things', not actors' (products, indices, occasions), sorted.
    pub things: Vec<String>,
    /// Acronyms the text defines ("Long Name (LN)").
    pub acronyms: Vec<AcronymDefinition>,
    /// Date expressions, normalised against the publication date.
    pub times: Vec<TimeExpression>,
    /// Quantities ("nearly 150 people", "$3 billion").
    pub figures: Vec<Figure>,
}

impl Analysis {
    /// The index of the claim that contains char offset `at`, if any.
    pub fn claim_at(&self, at: usize) -> Option<usize> {
        let i = self.claims.partition_point(|c| c.end <= at);
        self.claims.get(i).filter(|c| c.start <= at).map(|_| i)
    }
}

/// Analyses every source, in parallel across the machine's cores; results keep the input order.
pub fn analyse_all(sources: &[LoadedSource]) -> Vec<Analysis> {
    use rayon::prelude::*;
    // Work-stealing rather than one fixed half per core: sources differ widely in length.
    sources.par_iter().map(analyse).collect()
}

pub fn analyse(source: &LoadedSource) -> Analysis {
    let body = &source.body;
    // The readers are independent of one another: each takes a core when there is one free,
    // which is what makes one long source fast (many sources keep the cores busy anyway).
    let (((claims, paragraphs), names), (times, figures)) = rayon::join(
        || rayon::join(|| claims_of(source), || mentions::find_names(body)),
        || {
            rayon::join(
                || timex::find_time_expressions(body, source.meta.published),
                || figures::find_figures(body),
            )
        },
    );
    let mentions::Names {
        mentions,
        things,
        acronyms,
    } = names;
    Analysis {
        claims,
        paragraphs,
        mentions,
        things,
        acronyms,
        times,
        figures,
    }
}

/// The sentences of a source as claims, and each paragraph's claims as a range of them.
fn claims_of(source: &LoadedSource) -> (Vec<Claim>, Vec<Range<usize>>) {
    let id = &source.meta.id;
    let (mut claims, mut paragraph_ranges) = (Vec::new(), Vec::new());
    let mut ids = ClaimIds::default();
    for (paragraph, offset) in paragraphs(&source.body) {
        let first = claims.len();
        let chars: Vec<char> = paragraph.chars().collect();
        for span in sentences::split_sentences(paragraph) {
            let text: String = chars[span.start..span.end].iter().collect();
            claims.push(Claim {
                id: ids.next(id, &text),
                source: id.clone(),
                start: offset + span.start,
                end: offset + span.end,
                text,
            });
        }
        if claims.len() > first {
            paragraph_ranges.push(first..claims.len());
        }
    }
    (claims, paragraph_ranges)
}

/// Paragraphs of a text (separated by blank lines) with their char offsets.
fn paragraphs(text: &str) -> Vec<(&str, usize)> {
    let mut found = Vec::new();
    let mut chars_before = 0;
    for piece in text.split("\n\n") {
        found.push((piece, chars_before));
        chars_before += piece.chars().count() + 2;
    }
    found
}

/// Claim ids: a hash of source id and normalised text, with "-2", "-3"… for repeats of the
/// same sentence within a source, so an edit elsewhere never moves an id.
#[derive(Default)]
struct ClaimIds {
    seen: HashMap<String, usize>,
}

impl ClaimIds {
    fn next(&mut self, source: &str, text: &str) -> String {
        let digest = Sha256::digest(format!("{source}\n{}", sentences::normalise_for_id(text)));
        let base = format!("c-{}", &hex(&digest)[..12]);
        let count = self.seen.entry(base.clone()).or_default();
        *count += 1;
        match *count {
            1 => base,
            n => format!("{base}-{n}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn source(id: &str, body: &str) -> LoadedSource {
        LoadedSource::in_memory(id, None, body)
    }

    #[test]
    fn offsets_slice_the_body_exactly() {
        let body = "Café owners met. They agreed.\n\nA heading\n\n“Quoted,” she said. Done.\n";
        let analysis = analyse(&source("s", body));
        let chars: Vec<char> = body.chars().collect();
        assert_eq!(analysis.claims.len(), 5);
        for claim in &analysis.claims {
            let slice: String = chars[claim.start..claim.end].iter().collect();
            assert_eq!(slice, claim.text);
        }
        assert_eq!(analysis.paragraphs, vec![0..2, 2..3, 3..5]);
    }

    #[test]
    fn ids_survive_edits_to_other_sentences() {
        let before = analyse(&source("s", "One is here. Two is there.\n"));
        let after = analyse(&source(
            "s",
            "A new first sentence. One is here. Two is there, changed.\n",
        ));
        assert_eq!(before.claims[0].id, after.claims[1].id);
        assert_ne!(before.claims[1].id, after.claims[2].id);
    }

    #[test]
    fn ids_ignore_spacing_and_quote_style_but_not_words() {
        let a = analyse(&source("s", "It’s  here.\n")).claims[0].id.clone();
        let b = analyse(&source("s", "It's here.\n")).claims[0].id.clone();
        let c = analyse(&source("t", "It's here.\n")).claims[0].id.clone();
        assert_eq!(a, b);
        assert_ne!(a, c, "ids include the source");
    }

    #[test]
    fn repeated_sentences_get_distinct_ids() {
        let analysis = analyse(&source("s", "Yes. Yes.\n"));
        assert_eq!(
            analysis.claims[1].id,
            format!("{}-2", analysis.claims[0].id)
        );
    }
}
