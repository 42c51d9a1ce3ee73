//! The front page: the editor's cited summary, the key facts at a glance, the latest events,
//! the main actors and themes, and the sources.

use super::contexts::{FrontPage, Glance};
use super::{
    ordered_sources, ranked_themes, source_ld, summaries, ActorSummary, EventSummary, Page, Place,
    Views,
};
use crate::briefing::actors::Actor;
use crate::error::Result;
use crate::render::routes;

impl Views<'_> {
    pub(crate) fn front_page(&self) -> Result<Page<'_, FrontPage>> {
        let briefing = self.briefing;
        let events = &briefing.events.events;
        let mut actors: Vec<&Actor> = briefing.actors.actors.iter().collect();
        actors.sort_by(|a, b| {
            (b.sources.len(), b.mentions)
                .cmp(&(a.sources.len(), a.mentions))
                .then(a.name.cmp(&b.name))
        });
        let mut themes = ranked_themes(briefing);
        themes.truncate(8);
        let place = Place::at(routes::FRONT_PAGE).about(
            &self.common.title,
            self.common.description.clone(),
            serde_json::json!({
                "@context": "https://schema.org",
                "@type": "Article",
                "headline": self.common.title,
                "description": self.common.description,
                "inLanguage": self.common.language,
                "citation": ordered_sources(briefing)
                    .into_iter()
                    .map(|s| source_ld(&s.source.meta))
                    .collect::<Vec<_>>(),
            }),
        );
        let content_html = self.prose_html(briefing.front_page.as_ref(), &place)?;
        Ok(self.page(
            place,
            FrontPage {
                content_html,
                glance: Glance {
                    sources: briefing.sources.len(),
                    claims: briefing.claims().count(),
                    actors: briefing.actors.actors.len(),
                    events: events.len(),
                    themes: briefing.themes.themes.len(),
                    discrepancies: briefing.events.standing().count(),
                    first_date: events.iter().find_map(|e| e.date).map(|d| d.human()),
                    last_date: events
                        .iter()
                        .filter_map(|e| e.end.or(e.date))
                        .max()
                        .map(|d| d.human()),
                },
                actors: actors.into_iter().take(10).map(ActorSummary::of).collect(),
                themes,
                latest_events: events
                    .iter()
                    .filter(|e| e.date.is_some())
                    .rev()
                    .take(5)
                    .map(|e| EventSummary::of(e, briefing))
                    .collect(),
                sources: summaries(briefing),
            },
        ))
    }
}
