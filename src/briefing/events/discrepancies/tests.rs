//! Discrepancies of small invented corpora, run through the real analysers, actors and events.

use super::super::{resolve_events, Events, SourceInput};
use crate::analyse::{analyse, Analysis};
use crate::briefing::actors::{resolve_actors, SourceMentions};
use crate::model::date::PartialDate;
use crate::model::source::LoadedSource;

fn source(id: &str, published: &str, body: &str) -> LoadedSource {
    LoadedSource::in_memory(id, PartialDate::parse(published), body)
}

/// Events of sources given as (id, body), all published on 1 October 2024.
fn events_of(bodies: &[(&str, &str)]) -> Events {
    events_published(bodies, "2024-10-01")
}

/// Events of sources given as (id, body), all published on `published` ("" for none).
fn events_published(bodies: &[(&str, &str)], published: &str) -> Events {
    let loaded: Vec<LoadedSource> = bodies
        .iter()
        .map(|(id, body)| source(id, published, body))
        .collect();
    let analyses: Vec<Analysis> = loaded.iter().map(analyse).collect();
    let mentions: Vec<SourceMentions> = loaded
        .iter()
        .zip(&analyses)
        .map(|(s, a)| SourceMentions {
            id: &s.meta.id,
            analysis: a,
        })
        .collect();
    let actors = resolve_actors(&mentions, &[], 1).unwrap();
    let inputs: Vec<SourceInput> = loaded
        .iter()
        .zip(&analyses)
        .map(|(s, a)| SourceInput {
            id: &s.meta.id,
            published: s.meta.published,
            analysis: a,
        })
        .collect();
    resolve_events(&inputs, &actors, &[])
}

fn found(events: &Events) -> Vec<(String, Vec<String>)> {
    events
        .discrepancies
        .iter()
        .map(|d| {
            let values = d.sides.iter().map(|(v, _)| v.clone()).collect();
            (d.measure.clone(), values)
        })
        .collect()
}

const FLOOD: &str =
    "The Orrin Dam burst on 2 August 2024 and killed 30 people, the Orrin Water Board said.";

#[test]
fn tolls_of_one_event_are_compared() {
    let events = events_of(&[
        ("a", FLOOD),
        (
            "b",
            "The Orrin Dam burst on 2 August 2024, killing 34 people, the Orrin Water Board said.",
        ),
    ]);
    assert_eq!(
        found(&events),
        [(
            "killed".to_string(),
            vec!["30".to_string(), "34".to_string()]
        )]
    );
    let d = &events.discrepancies[0];
    assert!(!d.minor && d.events == [0] && d.event == Some(0), "{d:?}");
}

#[test]
fn a_toll_in_the_clause_of_another_date_is_not_the_event_s() {
    let events = events_of(&[
        ("a", FLOOD),
        ("b", "The Orrin Dam burst on 2 August 2024 and killed 30 people, after a flood there in May 2021 killed 80 people, the Orrin Water Board said."),
    ]);
    assert_eq!(found(&events), []);
}

#[test]
fn one_source_alone_is_no_discrepancy() {
    let events = events_of(&[(
        "a",
        "The Orrin Dam burst on 2 August 2024 and killed 30 people, the Orrin Water Board said.\n\nThe Orrin Dam burst on 2 August 2024 and killed 34 people, the Orrin Water Board said later.",
    )]);
    assert_eq!(found(&events), []);
}

const RATIFIED: &str = "The Corvan Assembly ratified the Lindell Accord in November 2023.";

#[test]
fn one_happening_dated_in_two_years_is_a_date_discrepancy() {
    let events = events_of(&[
        ("a", RATIFIED),
        ("b", "In March 2024, the Osterland Parliament ratified the Lindell Accord, after the Corvan Assembly ratified the Lindell Accord earlier that year."),
    ]);
    assert_eq!(
        found(&events),
        [(
            "date".to_string(),
            vec!["November 2023".to_string(), "2024".to_string()]
        )]
    );
}

#[test]
fn dates_across_events_need_the_same_actors_and_action() {
    let other_actor = events_of(&[
        ("a", RATIFIED),
        (
            "b",
            "The Osterland Parliament ratified the Lindell Accord in March 2024.",
        ),
    ]);
    assert_eq!(found(&other_actor), []);
    let other_action = events_of(&[
        ("a", RATIFIED),
        (
            "b",
            "The Corvan Assembly debated the Lindell Accord in March 2024.",
        ),
    ]);
    assert_eq!(found(&other_action), []);
}

#[test]
fn dates_far_apart_or_both_known_to_a_source_are_two_happenings() {
    let years_apart = events_of(&[
        ("a", RATIFIED),
        (
            "b",
            "The Corvan Assembly ratified the Lindell Accord in March 2021.",
        ),
    ]);
    assert_eq!(found(&years_apart), []);
    let both_known = events_of(&[
        ("a", "The Corvan Assembly ratified the Lindell Accord in November 2023.\n\nThe Corvan Assembly ratified the Lindell Accord again in June 2024."),
        ("b", "The Corvan Assembly ratified the Lindell Accord in June 2024."),
    ]);
    assert_eq!(found(&both_known), []);
}

#[test]
fn a_year_inside_a_date_is_no_figure_of_the_event() {
    let events = events_of(&[
        ("a", FLOOD),
        ("b", "The Orrin Dam that burst on August 2, 2024 killed 30 people, the Orrin Water Board said."),
    ]);
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events), []);
}

#[test]
fn no_casualties_is_none_killed_and_none_wounded() {
    let events = events_of(&[
        ("a", "The Orrin Dam burst on 2 August 2024 without casualties, the Orrin Water Board said."),
        ("b", "The Orrin Dam burst on 2 August 2024 and killed 30 people, the Orrin Water Board said."),
    ]);
    assert_eq!(
        found(&events),
        [(
            "killed".to_string(),
            vec!["0".to_string(), "30".to_string()]
        )]
    );
}

#[test]
fn a_date_that_cannot_be_placed_still_owns_its_clause() {
    let events = events_published(
        &[
            ("a", "The Orrin Dam burst in August 2024 and killed 30 people."),
            ("b", "The Orrin Dam burst in August 2024 and killed 30 people, and 600 were killed at the Vessa Dam in February."),
        ],
        "",
    );
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events), []);
}

#[test]
fn one_participant_is_too_little_to_match_dates_across_events() {
    let events = events_of(&[
        ("a", "The Corvan Assembly ratified it in November 2023."),
        ("b", "The Corvan Assembly ratified it in March 2024."),
    ]);
    assert_eq!(found(&events), []);
}

#[test]
fn a_source_giving_several_days_in_one_event_tells_of_several_happenings() {
    let two_days = "The Orrin Water Board reopened the Orrin Dam gates on 2 August 2024.\n\nThe Orrin Water Board reopened the Orrin Dam gates on 9 August 2024.";
    let other_day = "The Orrin Water Board reopened the Orrin Dam gates on 5 August 2024.";
    let events = events_of(&[("a", two_days), ("b", other_day)]);
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events), []);
    let events = events_of(&[("a", FLOOD), ("b", "The Orrin Dam burst on 3 August 2024 and killed 30 people, the Orrin Water Board said.")]);
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events)[0].0, "date");
}

#[test]
fn a_source_giving_two_tolls_itself_is_not_set_against_others() {
    let events = events_of(&[
        ("a", "The Orrin Dam burst on 2 August 2024 and killed 30 people, the Orrin Water Board said.\n\nThe Orrin Dam burst on 2 August 2024 and killed 34 people, the Orrin Water Board said later."),
        ("b", FLOOD),
    ]);
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events), []);
}

#[test]
fn sums_are_compared_only_when_dated_alike_with_a_shared_actor_and_word() {
    let paid = |amount: &str, date: &str| {
        format!("The Orrin Water Board paid {amount} for repairs to the Orrin Dam {date}.")
    };
    let (a, b) = (
        paid("$5 million", "on 2 August 2024"),
        paid("$7 million", "on 2 August 2024"),
    );
    let events = events_of(&[("a", &a), ("b", &b)]);
    assert_eq!(
        found(&events),
        [(
            "dollars USD".to_string(),
            vec!["5,000,000".to_string(), "7,000,000".to_string()]
        )]
    );
    let (a, b) = (paid("$5 million", "in 2024"), paid("$7 million", "in 2024"));
    let events = events_of(&[("a", &a), ("b", &b)]);
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events), [], "a year holds many payments");
    let budget = "The Orrin Water Board, with a budget of $7 million, began repairs to the Orrin Dam on 2 August 2024.";
    let a = paid("$5 million", "on 2 August 2024");
    let events = events_of(&[("a", &a), ("b", budget)]);
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    assert_eq!(found(&events), [], "a budget is no payment");
}
