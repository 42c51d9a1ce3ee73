//! An event's title, drafted from its claims: each claim trimmed to a headline (see
//! `text::headline`), and the best-formed of those chosen.

use super::{Candidate, Cluster, SourceInput, Undated};
use crate::analyse::Analysis;
use crate::text::headline::{headline, Headline, Marks, Subject};
use std::cmp::Reverse;

/// The best headline among the cluster's claims: a clause with a named subject beats a
/// common noun, which beats a pronoun, which beats a phrase without a verb; then names kept,
/// a length near a headline's, no cut inside a phrase. The dated claims speak for a dated
/// happening; an undated one has only its undated claims.
pub(super) fn auto_title(
    cluster: &Cluster,
    candidates: &[Candidate],
    undated: &[Undated],
    sources: &[SourceInput],
) -> String {
    let dated = cluster.members.iter().map(|&m| {
        let candidate = &candidates[m];
        claim_headline(
            sources[candidate.source].analysis,
            candidate.claim,
            Some(candidate.time),
        )
    });
    // Of an undated happening, the claims that date it relative to their publication ("met
    // on Tuesday") tell it; the others joined them.
    let telling = cluster.undated.iter().any(|&u| undated[u].unplaced);
    let undated = cluster
        .undated
        .iter()
        .map(|&u| &undated[u])
        .filter(|claim| claim.unplaced || !telling)
        .map(|claim| claim_headline(sources[claim.source].analysis, claim.claim, None));
    let headlines: Vec<Headline> = if cluster.members.is_empty() {
        undated.collect()
    } else {
        dated.collect()
    };
    headlines
        .into_iter()
        .max_by_key(|h| {
            (
                score(h),
                Reverse(h.words.abs_diff(9)),
                Reverse(h.text.clone()),
            )
        })
        .map(|h| h.text)
        .unwrap_or_default()
}

/// How well a headline reads as one: higher is better.
fn score(headline: &Headline) -> i32 {
    let subject = match headline.subject {
        Subject::Named => 8,
        Subject::Common => 6,
        Subject::Pronoun => 3,
        Subject::Missing => 0,
    };
    let names = headline.names.len().min(2) as i32;
    let words = headline.words as i32;
    let length = if words < 4 {
        2 * (4 - words)
    } else {
        (words - 12).max(0)
    };
    subject + names - length - 3 * i32::from(headline.truncated)
}

/// The headline of a claim, without its date expressions, anchored at the one that dates the
/// happening (if any), keeping the names it mentions whole.
pub(super) fn claim_headline(analysis: &Analysis, claim: usize, anchor: Option<usize>) -> Headline {
    let claim = &analysis.claims[claim];
    let inside = |start: usize, end: usize| start >= claim.start && end <= claim.end;
    let local = |start: usize, end: usize| start - claim.start..end - claim.start;
    // Times and mentions are in text order, so the claim's are found by search: a scan of
    // the source for every claim made long sources quadratic.
    let first_time = analysis.times.partition_point(|t| t.start < claim.start);
    let first_mention = analysis.mentions.partition_point(|m| m.start < claim.start);
    let marks = Marks {
        dates: analysis.times[first_time..]
            .iter()
            .take_while(|t| t.start < claim.end)
            .filter(|t| inside(t.start, t.end))
            .map(|t| local(t.start, t.end))
            .collect(),
        anchor: anchor
            .map(|t| &analysis.times[t])
            .filter(|t| inside(t.start, t.end))
            .map(|t| local(t.start, t.end)),
        names: analysis.mentions[first_mention..]
            .iter()
            .take_while(|m| m.start < claim.end)
            .filter(|m| inside(m.start, m.end))
            .map(|m| local(m.start, m.end))
            .collect(),
    };
    headline(&claim.text, &marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn made(text: &str, subject: Subject, words: usize, names: usize) -> Headline {
        Headline {
            text: text.into(),
            subject,
            words,
            names: (0..names).collect(),
            truncated: false,
        }
    }

    #[test]
    fn a_named_subject_beats_a_pronoun_and_a_phrase() {
        let named = made("Tarn Council closed the ferry", Subject::Named, 5, 1);
        let pronoun = made("It closed the ferry", Subject::Pronoun, 4, 0);
        let phrase = made("The ferry to Avon", Subject::Missing, 4, 1);
        assert!(score(&named) > score(&pronoun));
        assert!(score(&pronoun) > score(&phrase));
    }

    #[test]
    fn a_fragment_of_two_words_loses_to_a_clause() {
        let short = made("Avon flooded", Subject::Named, 2, 1);
        let full = made(
            "The river flooded the lower town of Avon",
            Subject::Common,
            8,
            1,
        );
        assert!(score(&full) > score(&short));
    }
}
