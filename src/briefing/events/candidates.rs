//! Dated claims with an actor or an action: what events are made of.

use super::{Actors, Candidate, SourceInput};
use crate::analyse::timex::TimeExpression;
use crate::model::date::{is_weekday, month_number, PartialDate, Precision};
use crate::text::lexicon::is_stop_word;
use crate::text::stem::stem;
use std::collections::BTreeSet;

pub(super) fn candidates(
    sources: &[SourceInput],
    actors: &Actors,
    unresolved: &mut Vec<(String, String)>,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        let analysis = source.analysis;
        for time in analysis
            .times
            .iter()
            .filter(|t| t.value.is_none() && t.relative)
        {
            unresolved.push((source.id.to_string(), time.text.clone()));
        }
        for (c, claim) in analysis.claims.iter().enumerate() {
            let Some((t, time)) = best_time(&analysis.times, claim.start, claim.end) else {
                continue;
            };
            let claim_actors: BTreeSet<usize> = analysis
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.start >= claim.start && m.end <= claim.end)
                .filter_map(|(m, _)| actors.of_mention(source.id, m))
                .collect();
            let words = content_words(&claim.text);
            // A past-tense verb ("passed", "signed") makes a dated claim a happening even
            // when no actor with a page is named.
            let has_action = claim
                .text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.len() >= 5 && w.ends_with("ed") && w.chars().all(char::is_lowercase));
            if claim_actors.is_empty() && !has_action {
                continue;
            }
            found.push(Candidate {
                source: s,
                claim: c,
                time: t,
                date: time.value.expect("filtered"),
                actors: claim_actors,
                words,
            });
        }
    }
    found
}

/// The most precise resolved date expression inside a claim (the first of equals).
pub(super) fn best_time(
    times: &[TimeExpression],
    start: usize,
    end: usize,
) -> Option<(usize, &TimeExpression)> {
    times
        .iter()
        .enumerate()
        .filter(|(_, t)| t.value.is_some() && t.start >= start && t.end <= end)
        .max_by(|(ia, a), (ib, b)| {
            precision_rank(a.value)
                .cmp(&precision_rank(b.value))
                .then(ib.cmp(ia))
        })
}

pub(super) fn precision_rank(date: Option<PartialDate>) -> u8 {
    match date.map(|d| d.precision()) {
        Some(Precision::Day) => 3,
        Some(Precision::Month) => 2,
        Some(Precision::Year) => 1,
        None => 0,
    }
}

/// Lowercase content words, stemmed: what a happening is about.
pub(super) fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_lowercase()))
        .filter(|w| !is_stop_word(w) && month_number(w).is_none() && !is_weekday(w))
        .map(stem)
        .collect()
}
