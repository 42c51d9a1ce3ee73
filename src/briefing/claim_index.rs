//! What each claim is linked to: the actors it mentions, the events and the themes it belongs
//! to. Built once, from the resolved actors, events and themes, so that resolving, pages and
//! the export all look relations up in one place instead of each keeping a map.

use super::actors::Actors;
use super::events::Events;
use super::themes::Themes;
use super::BriefedSource;
use std::collections::HashMap;

/// The links of one claim, each list in index order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ClaimLinks {
    /// Indices into `Actors::actors`.
    pub actors: Vec<usize>,
    /// Indices into `Events::events`.
    pub events: Vec<usize>,
    /// (index into `Themes::themes`, score).
    pub themes: Vec<(usize, usize)>,
}

#[derive(Debug, Default)]
pub struct ClaimIndex {
    /// Hashed, not ordered: every page and export record looks claims up here, and a lookup
    /// among tens of thousands of "c-<hex>" ids in a tree compared a dozen strings.
    links: HashMap<String, ClaimLinks>,
}

static NO_LINKS: ClaimLinks = ClaimLinks {
    actors: Vec::new(),
    events: Vec::new(),
    themes: Vec::new(),
};

impl ClaimIndex {
    /// The actors and events of every claim; themes are added once they are resolved, since
    /// themes rank their actors and events through this index.
    pub fn new(sources: &[BriefedSource], actors: &Actors, events: &Events) -> ClaimIndex {
        let mut links: HashMap<String, ClaimLinks> = HashMap::new();
        for source in sources {
            let analysis = &source.analysis;
            for (m, mention) in analysis.mentions.iter().enumerate() {
                let (Some(actor), Some(claim)) = (
                    actors.of_mention(&source.source.meta.id, m),
                    analysis.claim_at(mention.start),
                ) else {
                    continue;
                };
                let entry = links.entry(analysis.claims[claim].id.clone()).or_default();
                entry.actors.push(actor);
            }
        }
        for entry in links.values_mut() {
            entry.actors.sort_unstable();
            entry.actors.dedup();
        }
        for (index, event) in events.events.iter().enumerate() {
            for claim in &event.claims {
                links.entry(claim.clone()).or_default().events.push(index);
            }
        }
        ClaimIndex { links }
    }

    pub fn add_themes(&mut self, themes: &Themes) {
        for (index, theme) in themes.themes.iter().enumerate() {
            for claim in &theme.claims {
                let entry = self.links.entry(claim.claim.clone()).or_default();
                entry.themes.push((index, claim.score));
            }
        }
    }

    /// The links of the claim with id `claim` (none for an unknown id).
    pub fn of(&self, claim: &str) -> &ClaimLinks {
        self.links.get(claim).unwrap_or(&NO_LINKS)
    }

    /// An index of actors only, for tests of what is resolved from it.
    #[cfg(test)]
    pub fn with_actors(actors: &[(&str, &[usize])]) -> ClaimIndex {
        let links = actors
            .iter()
            .map(|(claim, actors)| {
                let links = ClaimLinks {
                    actors: actors.to_vec(),
                    ..ClaimLinks::default()
                };
                (claim.to_string(), links)
            })
            .collect();
        ClaimIndex { links }
    }

    /// Every claim with at least one link, by id, in no particular order: for sums and counts.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ClaimLinks)> {
        self.links.iter().map(|(id, links)| (id.as_str(), links))
    }
}
