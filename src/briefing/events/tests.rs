use super::*;
use crate::analyse::mentions::{ActorKind, Mention, Via};
use crate::analyse::timex::TimeExpression;
use crate::analyse::Claim;
use crate::briefing::actors::{resolve_actors, SourceMentions};

/// A claim: its text, its date expression (text, value) and the actor names it mentions.
struct Spec<'a> {
    text: &'a str,
    date: Option<(&'a str, &'a str)>,
    actors: &'a [&'a str],
}

fn analysis(id: &str, specs: &[Spec]) -> Analysis {
    let mut analysis = Analysis::default();
    let mut offset = 0;
    for (i, spec) in specs.iter().enumerate() {
        let len = spec.text.chars().count();
        analysis.claims.push(Claim {
            id: format!("{id}-{i}"),
            source: id.into(),
            text: spec.text.into(),
            start: offset,
            end: offset + len,
        });
        if let Some((expression, value)) = spec.date {
            let at = offset
                + spec
                    .text
                    .find(expression)
                    .map_or(0, |b| spec.text[..b].chars().count());
            analysis.times.push(TimeExpression {
                start: at,
                end: at + expression.chars().count(),
                text: expression.into(),
                value: PartialDate::parse(value),
                rule: "test",
                relative: false,
            });
        }
        for name in spec.actors {
            let at = offset
                + spec
                    .text
                    .find(name)
                    .map_or(0, |b| spec.text[..b].chars().count());
            analysis.mentions.push(Mention {
                start: at,
                end: at + name.chars().count(),
                text: name.to_string(),
                name: name.to_string(),
                kind: ActorKind::Organisation,
                via: Via::Name,
                role: None,
                evidence: "test",
            });
        }
        offset += len + 1;
    }
    analysis
}

fn resolve(analyses: &[(&str, Analysis)], curation: &[EventCuration]) -> Events {
    let mentions: Vec<SourceMentions> = analyses
        .iter()
        .map(|(id, a)| SourceMentions { id, analysis: a })
        .collect();
    let actors = resolve_actors(&mentions, &[], 1).unwrap();
    let inputs: Vec<SourceInput> = analyses
        .iter()
        .map(|(id, a)| SourceInput {
            id,
            published: None,
            analysis: a,
        })
        .collect();
    resolve_events(&inputs, &actors, curation)
}

const RULING_A: Spec = Spec {
    text: "On April 17, 2025 the Harbour Court approved the terminal expansion plan.",
    date: Some(("April 17, 2025", "2025-04-17")),
    actors: &["Harbour Court"],
};
const RULING_B: Spec = Spec {
    text: "The Harbour Court approved the expansion plan for the terminal in April 2025.",
    date: Some(("April 2025", "2025-04")),
    actors: &["Harbour Court"],
};
const OTHER: Spec = Spec {
    text: "In 2003 the Harbour Court was founded by decree.",
    date: Some(("2003", "2003")),
    actors: &["Harbour Court"],
};

#[test]
fn one_happening_reported_twice_is_one_event_at_its_most_precise_date() {
    let events = resolve(
        &[
            ("a", analysis("a", &[RULING_A, OTHER])),
            ("b", analysis("b", &[RULING_B])),
        ],
        &[],
    );
    assert_eq!(events.events.len(), 2);
    let ruling = &events.events[1];
    assert_eq!(ruling.date.to_string(), "2025-04-17");
    assert_eq!(ruling.sources, ["a", "b"]);
    assert_eq!(ruling.claims, ["a-0", "b-0"]);
    assert_eq!(
        events.events[0].date.to_string(),
        "2003",
        "events are in date order"
    );
}

#[test]
fn undated_or_actionless_claims_are_not_events() {
    let undated = Spec {
        text: "The Harbour Court approved it.",
        date: None,
        actors: &["Harbour Court"],
    };
    let idle = Spec {
        text: "In 2003 there was rain.",
        date: Some(("2003", "2003")),
        actors: &[],
    };
    let events = resolve(&[("a", analysis("a", &[undated, idle]))], &[]);
    assert!(events.events.is_empty());
}

#[test]
fn different_days_for_one_happening_are_a_discrepancy() {
    let other_day = Spec { text: "On April 18, 2025 the Harbour Court approved the terminal expansion plan, the Port Board said.", date: Some(("April 18, 2025", "2025-04-18")), actors: &["Harbour Court", "Port Board"] };
    let first = Spec { text: "On April 17, 2025 the Harbour Court approved the terminal expansion plan, the Port Board said.", date: Some(("April 17, 2025", "2025-04-17")), actors: &["Harbour Court", "Port Board"] };
    let events = resolve(
        &[
            ("a", analysis("a", &[first])),
            ("b", analysis("b", &[other_day])),
        ],
        &[],
    );
    assert_eq!(events.events.len(), 1);
    let d = &events.discrepancies[0];
    assert!(d.about.starts_with("the date of"), "{d:?}");
    assert_eq!(d.sides.len(), 2);
    assert_eq!(d.sides[0].0, "17 April 2025");
}

#[test]
fn curation_renames_redates_merges_and_hides() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("court-ruling.md"), "+++\ntitle = \"The court approves the plan\"\ndate = \"2025-04-17\"\naliases = [\"b-0\"]\n+++\nSummary.\n").unwrap();
    std::fs::write(
        tmp.path().join("founding.md"),
        "+++\nhidden = true\naliases = [\"a-1\"]\n+++\n",
    )
    .unwrap();
    std::fs::write(
        tmp.path().join("ghost.md"),
        "+++\naliases = [\"zz-9\"]\n+++\n",
    )
    .unwrap();
    let curation = crate::load::curation::load_event_curation(
        &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
        tmp.path(),
    )
    .unwrap();
    let events = resolve(
        &[
            ("a", analysis("a", &[RULING_A, OTHER])),
            ("b", analysis("b", &[RULING_B])),
        ],
        &curation,
    );
    assert_eq!(events.events.len(), 1, "{:?}", events.events);
    let event = &events.events[0];
    assert_eq!(
        (event.id.as_str(), event.title.as_str()),
        ("court-ruling", "The court approves the plan")
    );
    assert!(event.summary.is_some());
    assert!(
        events.warnings[0].to_string().contains("ghost.md"),
        "{:?}",
        events.warnings
    );
}
