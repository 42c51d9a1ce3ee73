//! Where the sources of one event disagree.

use super::{claim_of, Candidate, Discrepancy, Event, SourceInput};
use crate::analyse::figures::{disagree, Figure};
use crate::model::date::{PartialDate, Precision};
use crate::model::ids::hex;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Different day-precision dates for one event, and figures about the same thing that differ.
pub(super) fn discrepancies(
    index: usize,
    event: &Event,
    members: &[usize],
    candidates: &[Candidate],
    sources: &[SourceInput],
) -> Vec<Discrepancy> {
    let mut found = Vec::new();
    let mut by_date: BTreeMap<PartialDate, Vec<String>> = BTreeMap::new();
    for &m in members {
        let c = &candidates[m];
        if c.date.precision() == Precision::Day {
            by_date
                .entry(c.date)
                .or_default()
                .push(claim_of(c, sources).id.clone());
        }
    }
    if by_date.len() > 1 {
        let sides = by_date
            .into_iter()
            .map(|(d, claims)| (d.human(), claims))
            .collect();
        found.push(discrepancy(
            format!("the date of: {}", event.title),
            index,
            sides,
        ));
    }
    // Figures grouped by what they count: (unit, currency) → (figure, claim id).
    type Counted<'f> = BTreeMap<(String, Option<&'static str>), Vec<(&'f Figure, String)>>;
    let mut figures: Counted = BTreeMap::new();
    for &m in members {
        let c = &candidates[m];
        let claim = claim_of(c, sources);
        for figure in sources[c.source]
            .analysis
            .figures
            .iter()
            .filter(|f| f.start >= claim.start && f.end <= claim.end)
        {
            if let Some(unit) = &figure.unit {
                figures
                    .entry((unit.clone(), figure.currency))
                    .or_default()
                    .push((figure, claim.id.clone()));
            }
        }
    }
    for ((unit, _), list) in figures {
        let conflict = list
            .iter()
            .any(|(a, ca)| list.iter().any(|(b, cb)| ca != cb && disagree(a, b)));
        if !conflict {
            continue;
        }
        let mut sides: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (figure, claim) in list {
            let claims = sides.entry(figure.text.clone()).or_default();
            if !claims.contains(&claim) {
                claims.push(claim);
            }
        }
        found.push(discrepancy(
            format!("how many {unit}: {}", event.title),
            index,
            sides.into_iter().collect(),
        ));
    }
    found
}

pub(super) fn discrepancy(
    about: String,
    event: usize,
    sides: Vec<(String, Vec<String>)>,
) -> Discrepancy {
    let digest = Sha256::digest(format!("{about}\n{sides:?}"));
    Discrepancy {
        id: format!("d-{}", &hex(&digest)[..10]),
        about,
        event: Some(event),
        sides,
    }
}
