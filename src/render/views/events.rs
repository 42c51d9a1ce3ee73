//! The timeline (an SVG picture, then every event by year and month), each event's page, and
//! the page of discrepancies between sources.

use super::contexts::{
    DatingView, DiscrepanciesPage, DiscrepancyView, EventPage, SideView, TimelineMonth,
    TimelinePage, TimelineYear, Unresolved,
};
use super::{CitedClaim, EventSummary, Page, Place, Views};
use crate::briefing::events::Discrepancy;
use crate::error::Result;
use crate::render::routes;
use crate::render::svg::{timeline_svg, TimelineMark};

/// Days from year 0 to the start of the date's period: a monotonic position for drawing.
fn day_number(date: crate::model::date::PartialDate) -> f64 {
    let month = date.month().map_or(0.0, |m| f64::from(m - 1));
    let day = date.day().map_or(0.0, |d| f64::from(d - 1));
    f64::from(date.year()) * 365.25 + month * 30.44 + day
}

impl DiscrepancyView {
    fn of(d: &Discrepancy, views: &Views) -> Self {
        let briefing = views.briefing;
        DiscrepancyView {
            id: d.id.clone(),
            about: d.about.clone(),
            sides: d
                .sides
                .iter()
                .map(|(value, ids)| SideView {
                    value: value.clone(),
                    claims: ids
                        .iter()
                        .filter_map(|id| views.claim(id))
                        .map(CitedClaim::of)
                        .collect(),
                    by_source: views.claims_by_source(ids),
                })
                .collect(),
            verdict: briefing.events.rulings.get(&d.id).map(|r| r.verdict),
            note_html: None,
            measure: d.measure.clone(),
            minor: d.minor,
            events: d
                .events
                .iter()
                .map(|&e| EventSummary::of(&briefing.events.events[e], briefing))
                .collect(),
        }
    }
}

impl Views<'_> {
    /// A discrepancy with the editor's note, if any, rendered for the page at `place`.
    fn discrepancy_view(&self, d: &Discrepancy, place: &Place) -> Result<DiscrepancyView> {
        let mut view = DiscrepancyView::of(d, self);
        let note = self
            .briefing
            .events
            .rulings
            .get(&d.id)
            .and_then(|r| r.note.as_ref());
        view.note_html = self.scoped_prose_html(note, place, &routes::note_scope(&d.id))?;
        Ok(view)
    }

    /// Events by year and month; events known only to the year come first in their year.
    pub(crate) fn timeline(&self) -> Page<'_, TimelinePage> {
        let briefing = self.briefing;
        let mut years: Vec<TimelineYear> = Vec::new();
        let mut undated = Vec::new();
        for event in &briefing.events.events {
            let Some(date) = event.date else {
                undated.push(EventSummary::of(event, briefing));
                continue;
            };
            let label = match date.month() {
                Some(m) => format!(
                    "{} {}",
                    crate::model::date::MONTHS[m as usize - 1],
                    date.year()
                ),
                None => String::new(),
            };
            if years.last().is_none_or(|y| y.year != date.year()) {
                years.push(TimelineYear {
                    year: date.year(),
                    months: Vec::new(),
                });
            }
            let year = years.last_mut().expect("just pushed");
            if year.months.last().is_none_or(|m| m.label != label) {
                year.months.push(TimelineMonth {
                    label,
                    events: Vec::new(),
                });
            }
            year.months
                .last_mut()
                .expect("just pushed")
                .events
                .push(EventSummary::of(event, briefing));
        }
        let unresolved = briefing
            .events
            .unresolved
            .iter()
            .filter_map(|(id, expression)| {
                let source = briefing.sources.iter().find(|s| &s.source.meta.id == id)?;
                Some(Unresolved {
                    expression: expression.clone(),
                    source_title: source.source.meta.title.clone(),
                    source_page: routes::source(id),
                })
            })
            .collect();
        let marks: Vec<TimelineMark> = briefing
            .events
            .events
            .iter()
            .filter_map(|e| {
                let date = e.date?;
                Some(TimelineMark {
                    label: e.title.clone(),
                    href: routes::event(&e.id),
                    date_label: e.when(),
                    position: day_number(date),
                    sources: e.sources.len(),
                    year: Some(date.year()),
                })
            })
            .collect();
        self.page(
            Place::at(routes::TIMELINE),
            TimelinePage {
                chart_svg: timeline_svg(
                    &marks,
                    "Timeline of events",
                    &format!(
                        "{} events from {} to {}, earliest at the top; each links to its page.",
                        marks.len(),
                        marks.first().map_or("", |m| m.date_label.as_str()),
                        marks.last().map_or("", |m| m.date_label.as_str())
                    ),
                ),
                years,
                undated,
                discrepancies: briefing.events.standing().count(),
                unresolved,
            },
        )
    }

    pub(crate) fn event_page(&self, index: usize) -> Result<Page<'_, EventPage>> {
        let briefing = self.briefing;
        let event = &briefing.events.events[index];
        let summary = EventSummary::of(event, briefing);
        let own: Vec<&Discrepancy> = briefing
            .events
            .standing()
            .filter(|d| d.events.contains(&index))
            .collect();
        let mut about = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "eventStatus": "https://schema.org/EventScheduled",
        });
        if let Some(date) = event.date {
            about["startDate"] = serde_json::Value::String(date.to_string());
        }
        if let Some(end) = event.end {
            about["endDate"] = serde_json::Value::String(end.to_string());
        }
        let place = Place::at(&summary.page).about(
            &event.title,
            format!("{}: {}", summary.date_human, event.title),
            about,
        );
        let summary_html = self.prose_html(event.summary.as_ref(), &place)?;
        let discrepancies = own
            .into_iter()
            .map(|d| self.discrepancy_view(d, &place))
            .collect::<Result<_>>()?;
        Ok(self.page(
            place,
            EventPage {
                summary_html,
                dating: event
                    .dating
                    .iter()
                    .map(|d| DatingView {
                        expression: d.expression.clone(),
                        rule: d.rule,
                        value: d.value.human_until(d.until),
                        anchor: d.anchor.map(|a| a.to_string()),
                        href: routes::claim(&d.source, &d.claim),
                    })
                    .collect(),
                by_source: self.claims_by_source(&event.claims),
                related: briefing.events.related[index]
                    .iter()
                    .map(|&j| EventSummary::of(&briefing.events.events[j], briefing))
                    .collect(),
                discrepancies,
                event: summary,
            },
        ))
    }

    /// Open and confirmed discrepancies, then the dismissed ones apart.
    pub(crate) fn discrepancies_page(&self) -> Result<Page<'_, DiscrepanciesPage>> {
        let events = &self.briefing.events;
        let place = Place::at(routes::DISCREPANCIES);
        let views = |dismissed: bool| {
            events
                .discrepancies
                .iter()
                .filter(|d| events.dismissed(d) == dismissed)
                .map(|d| self.discrepancy_view(d, &place))
                .collect::<Result<Vec<_>>>()
        };
        let page = DiscrepanciesPage {
            discrepancies: views(false)?,
            dismissed: views(true)?,
        };
        Ok(self.page(place, page))
    }
}
