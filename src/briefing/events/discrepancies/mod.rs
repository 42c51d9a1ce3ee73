//! Where the sources disagree: figures of one measure about one event that cannot both hold
//! (or differ only as an approximation does, marked minor), and dates given differently for
//! one happening, within an event or across events.

use super::{claim_of, Candidate, Discrepancy, Event, SourceInput};
use crate::briefing::actors::Actors;
use crate::model::date::PartialDate;
use crate::model::ids::hex;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};

mod clauses;
mod counts;
mod dates;

impl Discrepancy {
    /// A discrepancy about `measure`; its id hashes the measure and the sorted claim ids of all
    /// sides, so it stays put when titles or the order of sides change.
    pub(super) fn new(
        measure: &str,
        about: String,
        events: Vec<usize>,
        sides: Vec<(String, Vec<String>)>,
        minor: bool,
    ) -> Self {
        let claims: BTreeSet<&str> = sides
            .iter()
            .flat_map(|(_, claims)| claims.iter().map(String::as_str))
            .collect();
        let claims: Vec<&str> = claims.into_iter().collect();
        let digest = Sha256::digest(format!("{measure}\n{}", claims.join("\n")));
        Discrepancy {
            id: format!("d-{}", &hex(&digest)[..10]),
            about,
            event: events.first().copied(),
            sides,
            measure: measure.to_string(),
            minor,
            events,
        }
    }
}

/// Every discrepancy: the figures of each built event (with its candidate members), in event
/// order, then the dates.
pub(super) fn discrepancies(
    built: &[(Event, Vec<usize>)],
    candidates: &[Candidate],
    sources: &[SourceInput],
    actors: &Actors,
) -> Vec<Discrepancy> {
    let mut found = Vec::new();
    for (index, (event, members)) in built.iter().enumerate() {
        found.extend(counts::count_discrepancies(
            index,
            &event.title,
            members,
            candidates,
            sources,
            actors,
        ));
    }
    let mut events_of: BTreeMap<&str, Vec<(usize, Option<PartialDate>)>> = BTreeMap::new();
    for (i, (event, _)) in built.iter().enumerate() {
        for claim in &event.claims {
            events_of.entry(claim).or_default().push((i, event.date));
        }
    }
    found.extend(dates::date_discrepancies(sources, actors, &events_of));
    found
}

#[cfg(test)]
mod tests;
