//! Figures of one measure that the sources of one event give differently. Only figures about
//! the event's happening count: those in the clause of the date expression that put the claim
//! in the event, so the toll of another attack dated in the same sentence is left out.
//!
//! Strictness: a source that itself gives values of a measure that cannot both hold is counting
//! several things (or updating), so its figures of that measure are not set against others';
//! and a unit that is no outcome ("dollars USD", "percent") is compared only between clauses
//! dated to the same month or day that name an actor in common and share a word beside the
//! figure ("$27 billion debt" and "$34 billion debt"), since a sum or a share in a sentence may
//! be about anything, and a year holds many quarters' profits.

use super::clauses::{actors_in, Clauses};
use super::{claim_of, Candidate, Discrepancy, SourceInput};
use crate::analyse::figures::{agreement, is_outcome, Agreement, Figure};
use crate::analyse::Claim;
use crate::briefing::actors::Actors;
use crate::model::date::{PartialDate, Precision};
use crate::text::lexicon::is_stop_word;
use crate::text::stem::stem;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

/// A figure of an event's claim: the source (index), the claim id, the figure, the actors of
/// its clause and the words beside it (stemmed).
struct Given<'a> {
    source: usize,
    date: PartialDate,
    claim: &'a str,
    figure: &'a Figure,
    actors: Vec<usize>,
    beside: BTreeSet<String>,
}

pub(super) fn count_discrepancies(
    event: usize,
    title: &str,
    members: &[usize],
    candidates: &[Candidate],
    sources: &[SourceInput],
    actors: &Actors,
) -> Vec<Discrepancy> {
    let mut by_measure: BTreeMap<&str, Vec<Given>> = BTreeMap::new();
    for &m in members {
        let candidate = &candidates[m];
        let source = &sources[candidate.source];
        let analysis = source.analysis;
        let claim = claim_of(candidate, sources);
        let clauses = Clauses::of(analysis, claim);
        let Some(span) = clauses.span(candidate.time) else {
            continue;
        };
        let clause_actors = actors_in(analysis, source.id, actors, &span);
        // A number inside a date expression ("March 6, 2025 killed") is part of the date.
        let first_time = analysis.times.partition_point(|t| t.end <= claim.start);
        let in_a_date = |f: &Figure| {
            analysis.times[first_time..]
                .iter()
                .take_while(|t| t.start < claim.end)
                .any(|t| t.start < f.end && f.start < t.end)
        };
        // Figures are in text order, so the clause's are found by search, not by a scan.
        let first_figure = analysis.figures.partition_point(|f| f.start < span.start);
        let about_event = analysis.figures[first_figure..]
            .iter()
            .take_while(|f| f.start < span.end)
            .filter(|f| f.end <= span.end && !in_a_date(f));
        for figure in about_event {
            for measure in compared_as(figure) {
                by_measure.entry(measure).or_default().push(Given {
                    source: candidate.source,
                    date: candidate.date,
                    claim: &claim.id,
                    figure,
                    actors: clause_actors.clone(),
                    beside: words_beside(claim, &span, figure),
                });
            }
        }
    }
    by_measure
        .into_iter()
        .filter_map(|(measure, given)| {
            let given = without_self_contradiction(given);
            let pairs = comparable_pairs(measure, &given);
            let worst = pairs
                .iter()
                .map(|&(a, b)| agreement(given[a].figure, given[b].figure))
                .max()?;
            (worst != Agreement::Consistent).then(|| {
                let compared: BTreeSet<usize> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
                Discrepancy::new(
                    measure,
                    format!("How many {measure}: {title}"),
                    vec![event],
                    sides(compared.into_iter().map(|i| &given[i]).collect()),
                    worst == Agreement::Minor,
                )
            })
        })
        .collect()
}

/// The measures a figure is compared on: its own, and for "no casualties" the killed and the
/// wounded too, since none of either can then be.
fn compared_as(figure: &Figure) -> Vec<&str> {
    match figure.measure.as_deref() {
        Some("casualties") if figure.value == 0.0 => vec!["casualties", "killed", "wounded"],
        Some(measure) => vec![measure],
        None => Vec::new(),
    }
}

/// The figures of the sources that do not give, themselves, values that cannot both hold.
fn without_self_contradiction(given: Vec<Given>) -> Vec<Given> {
    let torn: BTreeSet<usize> = given
        .iter()
        .enumerate()
        .flat_map(|(i, a)| given[i + 1..].iter().map(move |b| (a, b)))
        .filter(|(a, b)| {
            a.source == b.source && agreement(a.figure, b.figure) == Agreement::Conflict
        })
        .map(|(a, _)| a.source)
        .collect();
    given
        .into_iter()
        .filter(|g| !torn.contains(&g.source))
        .collect()
}

/// Pairs (by index) of figures from different sources that are about the same thing.
fn comparable_pairs(measure: &str, given: &[Given]) -> Vec<(usize, usize)> {
    let outcome = is_outcome(measure);
    let mut pairs = Vec::new();
    for (i, a) in given.iter().enumerate() {
        for (j, b) in given.iter().enumerate().skip(i + 1) {
            let same_thing = outcome
                || (a.date == b.date
                    && a.date.precision() != Precision::Year
                    && a.actors.iter().any(|x| b.actors.contains(x))
                    && !a.beside.is_disjoint(&b.beside));
            if a.source != b.source && same_thing {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// The content words nearest a figure inside its clause, one on each side, stemmed: what the
/// figure is a figure of ("debt", "profit", "cut").
fn words_beside(claim: &Claim, span: &Range<usize>, figure: &Figure) -> BTreeSet<String> {
    let chars: Vec<char> = claim.text.chars().collect();
    let slice = |from: usize, to: usize| -> String {
        chars[from.saturating_sub(claim.start)..to.saturating_sub(claim.start)]
            .iter()
            .collect()
    };
    let content =
        |w: &&str| w.chars().count() >= 3 && w.chars().all(char::is_lowercase) && !is_stop_word(w);
    let before = slice(span.start, figure.start);
    let after = slice(figure.end, span.end);
    let words = |text: &str| -> Vec<String> {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (before, after) = (words(&before), words(&after));
    let nearest_before = before
        .iter()
        .rev()
        .take(3)
        .map(String::as_str)
        .find(content);
    let nearest_after = after.iter().take(2).map(String::as_str).find(content);
    nearest_before
        .into_iter()
        .chain(nearest_after)
        .map(stem)
        .collect()
}

/// Each value given, lowest first, with the claims that give it.
fn sides(mut given: Vec<&Given>) -> Vec<(String, Vec<String>)> {
    given.sort_by(|a, b| {
        a.figure
            .value
            .total_cmp(&b.figure.value)
            .then(a.figure.qualifier.cmp(&b.figure.qualifier))
            .then(a.claim.cmp(b.claim))
    });
    let mut sides: Vec<(String, Vec<String>)> = Vec::new();
    for g in given {
        let label = value_label(g.figure);
        if sides.last().is_none_or(|(last, _)| *last != label) {
            sides.push((label, Vec::new()));
        }
        let claims = &mut sides.last_mut().expect("just pushed").1;
        if !claims.iter().any(|c| c == g.claim) {
            claims.push(g.claim.to_string());
        }
    }
    sides
}
/// "145", "nearly 150", "at least 1,200", "2.5".
fn value_label(figure: &Figure) -> String {
    let number = if figure.value.fract() == 0.0 && figure.value.abs() < 1e15 {
        group_thousands(&format!("{}", figure.value as i64))
    } else {
        format!("{}", figure.value)
    };
    match figure.qualifier {
        Some(q) => format!("{q} {number}"),
        None => number,
    }
}

fn group_thousands(digits: &str) -> String {
    let (sign, digits) = digits
        .strip_prefix('-')
        .map_or(("", digits), |rest| ("-", rest));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_labelled_with_their_qualifier_and_grouped() {
        let figure = |value: f64, qualifier| Figure {
            start: 0,
            end: 1,
            text: String::new(),
            value,
            qualifier,
            unit: None,
            currency: None,
            measure: None,
        };
        assert_eq!(value_label(&figure(145.0, None)), "145");
        assert_eq!(value_label(&figure(150.0, Some("nearly"))), "nearly 150");
        assert_eq!(value_label(&figure(1_700_000.0, None)), "1,700,000");
        assert_eq!(value_label(&figure(2.5, None)), "2.5");
    }
}
