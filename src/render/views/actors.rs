//! The actors index (with the network of who is mentioned with whom) and each actor's page.

use super::contexts::{ActorGroup, ActorPage, ActorsIndex};
use super::{ActorSummary, EventSummary, Page, Place, Related, Views};
use crate::briefing::actors::Actor;
use crate::briefing::Briefing;
use crate::error::Result;
use crate::model::actor::ActorKind;
use crate::render::routes;
use crate::render::svg::{network_svg, NetworkEdge, NetworkNode};
use std::collections::BTreeMap;

/// At most this many actors in the network picture: more would be unreadable on a phone.
const NETWORK_ACTORS: usize = 30;

/// The most cited actors that share passages with another, linked by how many they share.
fn actor_network(briefing: &Briefing, root: &str) -> String {
    let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (_, links) in briefing.links.iter() {
        let actors = &links.actors;
        for (i, &a) in actors.iter().enumerate() {
            for &b in &actors[i + 1..] {
                *pairs.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut connected: Vec<usize> = pairs.keys().flat_map(|&(a, b)| [a, b]).collect();
    connected.sort_unstable();
    connected.dedup();
    let all = &briefing.actors.actors;
    connected.sort_by(|&a, &b| {
        all[b]
            .claims
            .len()
            .cmp(&all[a].claims.len())
            .then(all[a].name.cmp(&all[b].name))
    });
    connected.truncate(NETWORK_ACTORS);
    let position: BTreeMap<usize, usize> =
        connected.iter().enumerate().map(|(i, &a)| (a, i)).collect();
    let nodes: Vec<NetworkNode> = connected
        .iter()
        .map(|&a| NetworkNode {
            label: all[a].name.clone(),
            href: format!("{root}{}", routes::actor(&all[a].id)),
            weight: all[a].claims.len(),
            kind: all[a].kind.name().to_string(),
        })
        .collect();
    let edges: Vec<NetworkEdge> = pairs
        .iter()
        .filter_map(|(&(a, b), &weight)| {
            Some(NetworkEdge {
                a: *position.get(&a)?,
                b: *position.get(&b)?,
                weight,
            })
        })
        .collect();
    network_svg(
        &nodes,
        &edges,
        "Actors mentioned together",
        &format!(
            "The {} most cited actors that share passages; a line joins two actors mentioned in the same passage, thicker the more passages they share. Each actor links to its page.",
            nodes.len()
        ),
    )
}

impl Views<'_> {
    /// Actors grouped by kind, each group most-cited first.
    pub(crate) fn actors_index(&self) -> Page<'_, ActorsIndex> {
        let briefing = self.briefing;
        let mut by_kind: BTreeMap<ActorKind, Vec<&Actor>> = BTreeMap::new();
        for actor in &briefing.actors.actors {
            by_kind.entry(actor.kind).or_default().push(actor);
        }
        let groups = by_kind
            .into_iter()
            .map(|(kind, mut actors)| {
                actors.sort_by(|a, b| {
                    b.sources
                        .len()
                        .cmp(&a.sources.len())
                        .then(b.mentions.cmp(&a.mentions))
                        .then(a.name.cmp(&b.name))
                });
                let (label, anchor) = (kind.heading(), kind.name());
                ActorGroup {
                    label,
                    anchor,
                    actors: actors.into_iter().map(ActorSummary::of).collect(),
                }
            })
            .collect();
        let place = Place::at(routes::ACTORS_INDEX);
        let network_svg = actor_network(briefing, &place.root);
        self.page(
            place,
            ActorsIndex {
                network_svg,
                groups,
            },
        )
    }

    pub(crate) fn actor_page(&self, index: usize) -> Result<Page<'_, ActorPage>> {
        let briefing = self.briefing;
        let actor = &briefing.actors.actors[index];
        let by_source = self.claims_by_source(&actor.claims);
        let mut together: BTreeMap<usize, usize> = BTreeMap::new();
        for claim in &actor.claims {
            for &other in &briefing.links.of(claim).actors {
                if other != index {
                    *together.entry(other).or_default() += 1;
                }
            }
        }
        let mut related: Vec<Related> = together
            .into_iter()
            .map(|(other, count)| {
                let other = &briefing.actors.actors[other];
                Related {
                    name: other.name.clone(),
                    page: routes::actor(&other.id),
                    count,
                }
            })
            .collect();
        related.sort_by(|a, b| b.count.cmp(&a.count).then(a.name.cmp(&b.name)));
        related.truncate(12);
        let place = Place::at(&routes::actor(&actor.id)).about(
            &actor.name,
            format!(
                "What {} source{} say about {}.",
                actor.sources.len(),
                if actor.sources.len() == 1 { "" } else { "s" },
                actor.name
            ),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": match actor.kind {
                    ActorKind::Person => "Person",
                    ActorKind::Organisation => "Organization",
                    ActorKind::State => "Country",
                    ActorKind::Place => "Place",
                    ActorKind::Other => "Thing",
                },
                "name": actor.name,
                "alternateName": actor.aliases,
            }),
        );
        let summary_html = self.prose_html(actor.summary.as_ref(), &place)?;
        Ok(self.page(
            place,
            ActorPage {
                actor: ActorSummary::of(actor),
                summary_html,
                by_source,
                related,
                events: briefing
                    .events
                    .events
                    .iter()
                    .filter(|e| e.actors.contains(&index))
                    .map(|e| EventSummary::of(e, briefing))
                    .collect(),
            },
        ))
    }
}
