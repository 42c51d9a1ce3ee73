//! An event's title, drafted from its claims: each claim trimmed to a headline (see
//! `text::headline`), and the best-formed of those chosen.

use super::{claim_of, event_id, Candidate, Cluster, Event, SourceInput, Undated};
use crate::analyse::Analysis;
use crate::text::headline::{headline, Headline, Marks, Subject};
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

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
    let dated = cluster
        .members
        .iter()
        .map(|&m| candidates[m].headline.clone());
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
    ranked(headlines).into_iter().next().unwrap_or_default()
}

/// Headline texts best first, each once.
fn ranked(mut headlines: Vec<Headline>) -> Vec<String> {
    headlines.sort_by_cached_key(|h| {
        Reverse((
            score(h),
            Reverse(h.words.abs_diff(9)),
            Reverse(h.text.clone()),
        ))
    });
    let mut texts: Vec<String> = Vec::with_capacity(headlines.len());
    for headline in headlines {
        if !texts.contains(&headline.text) {
            texts.push(headline.text);
        }
    }
    texts
}

/// One sentence that dates several happenings ("in 2022 and 2024") titles each of them
/// alike. Of the automatic events sharing a title, one keeps it (the first that has no
/// other, else the first) and each other takes its best headline no event has, when one of
/// its claims gives one. Events in their order; ids follow their new titles.
pub(super) fn distinct_titles(
    built: &mut [(Event, Vec<usize>)],
    candidates: &[Candidate],
    sources: &[SourceInput],
) {
    let mut by_title: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, (event, members)) in built.iter().enumerate() {
        if !event.curated && !members.is_empty() {
            by_title.entry(event.title.clone()).or_default().push(i);
        }
    }
    let source_index: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(s, source)| (source.id, s))
        .collect();
    let mut used: HashSet<String> = built.iter().map(|(e, _)| e.title.clone()).collect();
    let mut shared: Vec<Vec<usize>> = by_title.into_values().filter(|g| g.len() > 1).collect();
    shared.sort_unstable();
    for group in shared {
        let others: Vec<Vec<String>> = group
            .iter()
            .map(|&i| {
                let (event, members) = &built[i];
                let mut headlines: Vec<Headline> = members
                    .iter()
                    .map(|&m| candidates[m].headline.clone())
                    .collect();
                let mut texts = ranked(headlines.clone());
                // The claims that joined without a date of their own come after.
                headlines = undated_claims(event, members, candidates, sources, &source_index)
                    .map(|(s, c)| claim_headline(sources[s].analysis, c, None))
                    .collect();
                for text in ranked(headlines) {
                    if !texts.contains(&text) {
                        texts.push(text);
                    }
                }
                texts.retain(|t| *t != event.title);
                texts
            })
            .collect();
        let keeper = others.iter().position(Vec::is_empty).unwrap_or(0);
        for (g, &i) in group.iter().enumerate().filter(|&(g, _)| g != keeper) {
            if let Some(title) = others[g].iter().find(|t| !used.contains(*t)) {
                let event = &mut built[i].0;
                event.title = title.clone();
                event.id = event_id(event.date, title);
                used.insert(title.clone());
            }
        }
    }
}

/// The event's claims that are none of its dated members, as (source, claim) indices.
fn undated_claims<'a>(
    event: &'a Event,
    members: &'a [usize],
    candidates: &'a [Candidate],
    sources: &'a [SourceInput],
    source_index: &'a HashMap<&str, usize>,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let dated: HashSet<&str> = members
        .iter()
        .map(|&m| claim_of(&candidates[m], sources).id.as_str())
        .collect();
    event
        .claims
        .iter()
        .filter(move |id| !dated.contains(id.as_str()))
        .filter_map(move |id| {
            // Only the event's own sources are searched.
            event.sources.iter().find_map(|source| {
                let s = *source_index.get(source.as_str())?;
                let c = sources[s]
                    .analysis
                    .claims
                    .iter()
                    .position(|c| c.id == *id)?;
                Some((s, c))
            })
        })
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
