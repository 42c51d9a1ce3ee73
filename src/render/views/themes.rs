//! The themes index and each theme's page: its passages by event, then by source, with the
//! actors and events most associated with it.

use super::contexts::{ClaimsOfEvent, ThemePage, ThemesIndex};
use super::{ranked_themes, CitedClaim, EventSummary, Page, Place, Related, ThemeSummary, Views};
use crate::error::Result;
use crate::render::routes;
use std::collections::BTreeMap;

impl Views<'_> {
    /// Themes, most passages first.
    pub(crate) fn themes_index(&self) -> Page<'_, ThemesIndex> {
        let briefing = self.briefing;
        self.page(
            Place::at(routes::THEMES_INDEX),
            ThemesIndex {
                themes: ranked_themes(briefing),
            },
        )
    }

    pub(crate) fn theme_page(&self, index: usize) -> Result<Page<'_, ThemePage>> {
        let briefing = self.briefing;
        let theme = &briefing.themes.themes[index];
        let mut by_event: BTreeMap<usize, Vec<CitedClaim>> = BTreeMap::new();
        let mut unplaced: Vec<String> = Vec::new();
        for matched in &theme.claims {
            match briefing.links.of(&matched.claim).events.first() {
                Some(&event) => by_event
                    .entry(event)
                    .or_default()
                    .extend(self.claim(&matched.claim).map(CitedClaim::of)),
                None => unplaced.push(matched.claim.clone()),
            }
        }
        let related = |items: &[(usize, usize)], name: &dyn Fn(usize) -> (String, String)| {
            items
                .iter()
                .take(12)
                .map(|&(i, count)| {
                    let (name, page) = name(i);
                    Related { name, page, count }
                })
                .collect()
        };
        let actors = related(&theme.actors, &|a| {
            let actor = &briefing.actors.actors[a];
            (actor.name.clone(), routes::actor(&actor.id))
        });
        let events = related(&theme.events, &|e| {
            let event = &briefing.events.events[e];
            (event.title.clone(), routes::event(&event.id))
        });
        let place = Place::at(&routes::theme(&theme.id)).about(
            &theme.name,
            format!(
                "{}: {} passages from the sources.",
                theme.name,
                theme.claims.len()
            ),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": "CreativeWork",
                "name": theme.name,
                "keywords": theme.cues,
            }),
        );
        let summary_html = self.prose_html(theme.summary.as_ref(), &place)?;
        Ok(self.page(
            place,
            ThemePage {
                theme: ThemeSummary::of(theme),
                summary_html,
                by_event: by_event
                    .into_iter()
                    .map(|(event, claims)| ClaimsOfEvent {
                        event: EventSummary::of(&briefing.events.events[event], briefing),
                        claims,
                    })
                    .collect(),
                by_source: self.claims_by_source(&unplaced),
                actors,
                events,
            },
        ))
    }
}
