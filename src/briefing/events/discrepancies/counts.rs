//! Figures of one measure that the sources of one event give differently. Only figures about
//! the event's happening count: those in the clause of the date expression that put the claim
//! in the event, so the toll of another attack dated in the same sentence is left out.

use super::clauses::Clauses;
use super::{claim_of, Candidate, Discrepancy, SourceInput};
use crate::analyse::figures::{agreement, Agreement, Figure};
use std::collections::BTreeMap;

/// A figure of an event's claim: the source (index), the claim id and the figure.
struct Given<'a> {
    source: usize,
    claim: &'a str,
    figure: &'a Figure,
}

pub(super) fn count_discrepancies(
    event: usize,
    title: &str,
    members: &[usize],
    candidates: &[Candidate],
    sources: &[SourceInput],
) -> Vec<Discrepancy> {
    let mut by_measure: BTreeMap<&str, Vec<Given>> = BTreeMap::new();
    for &m in members {
        let candidate = &candidates[m];
        let analysis = sources[candidate.source].analysis;
        let claim = claim_of(candidate, sources);
        let clauses = Clauses::of(analysis, claim);
        // A number inside a date expression ("March 6, 2025 killed") is part of the date.
        let first_time = analysis.times.partition_point(|t| t.end <= claim.start);
        let in_a_date = |f: &Figure| {
            analysis.times[first_time..]
                .iter()
                .take_while(|t| t.start < claim.end)
                .any(|t| t.start < f.end && f.start < t.end)
        };
        let about_event = analysis.figures.iter().filter(|f| {
            f.start >= claim.start
                && f.end <= claim.end
                && clauses.owner(f.start) == Some(candidate.time)
                && !in_a_date(f)
        });
        for figure in about_event {
            for measure in compared_as(figure) {
                by_measure.entry(measure).or_default().push(Given {
                    source: candidate.source,
                    claim: &claim.id,
                    figure,
                });
            }
        }
    }
    by_measure
        .into_iter()
        .filter_map(|(measure, given)| {
            let worst = worst_agreement(&given);
            (worst != Agreement::Consistent).then(|| {
                Discrepancy::new(
                    measure,
                    format!("how many {measure}: {title}"),
                    vec![event],
                    sides(&given),
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

/// The strongest disagreement between figures of different sources.
fn worst_agreement(given: &[Given]) -> Agreement {
    let mut worst = Agreement::Consistent;
    for (i, a) in given.iter().enumerate() {
        for b in given[i + 1..].iter().filter(|b| b.source != a.source) {
            worst = worst.max(agreement(a.figure, b.figure));
        }
    }
    worst
}

/// Each value given, lowest first, with the claims that give it.
fn sides(given: &[Given]) -> Vec<(String, Vec<String>)> {
    let mut ordered: Vec<&Given> = given.iter().collect();
    ordered.sort_by(|a, b| {
        a.figure
            .value
            .total_cmp(&b.figure.value)
            .then(a.figure.qualifier.cmp(&b.figure.qualifier))
            .then(a.claim.cmp(b.claim))
    });
    let mut sides: Vec<(String, Vec<String>)> = Vec::new();
    for g in ordered {
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
