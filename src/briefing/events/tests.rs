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
                until: None,
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
    assert_eq!(ruling.date.unwrap().to_string(), "2025-04-17");
    assert_eq!(ruling.sources, ["a", "b"]);
    assert_eq!(ruling.claims, ["a-0", "b-0"]);
    assert_eq!(
        events.events[0].date.unwrap().to_string(),
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
    assert!(d.about.starts_with("Two dates for one happening"), "{d:?}");
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

/// Event files (name, front matter) loaded as the build loads them.
fn event_files(files: &[(&str, &str)]) -> (tempfile::TempDir, Vec<EventCuration>) {
    let tmp = tempfile::tempdir().unwrap();
    for (name, front) in files {
        std::fs::write(tmp.path().join(name), format!("+++\n{front}\n+++\n")).unwrap();
    }
    let curation = crate::load::curation::load_event_curation(
        &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
        tmp.path(),
    )
    .unwrap();
    (tmp, curation)
}

fn ruling_sources() -> Vec<(&'static str, Analysis)> {
    vec![
        ("a", analysis("a", &[RULING_A, OTHER])),
        ("b", analysis("b", &[RULING_B])),
    ]
}

fn event_of<'e>(events: &'e Events, claim: &str) -> Option<&'e Event> {
    events
        .events
        .iter()
        .find(|e| e.claims.iter().any(|c| c == claim))
}

#[test]
fn split_claims_leave_their_event_to_form_the_files() {
    let (_tmp, curation) = event_files(&[(
        "monthly-report.md",
        "title = \"The monthly report\"\nsplit = [\"b-0\"]",
    )]);
    let events = resolve(&ruling_sources(), &curation);
    let report = event_of(&events, "b-0").unwrap();
    assert_eq!(report.id, "monthly-report");
    assert_eq!(report.claims, ["b-0"]);
    assert_eq!(
        report.date.unwrap().to_string(),
        "2025-04",
        "its own claim's date"
    );
    assert!(report.curated);
    let ruling = event_of(&events, "a-0").unwrap();
    assert_eq!(ruling.claims, ["a-0"], "the rest stays as it was");
    assert_eq!(events.events.len(), 3);
    assert!(events.warnings.is_empty(), "{:?}", events.warnings);
}

#[test]
fn excluded_claims_join_no_event() {
    let (_tmp, curation) = event_files(&[(
        "court-ruling.md",
        "aliases = [\"a-0\"]\nexclude = [\"b-0\", \"a-1\"]",
    )]);
    let events = resolve(&ruling_sources(), &curation);
    let ruling = event_of(&events, "a-0").unwrap();
    assert_eq!(
        (ruling.id.as_str(), ruling.claims.len()),
        ("court-ruling", 1)
    );
    assert!(event_of(&events, "b-0").is_none());
    assert!(
        event_of(&events, "a-1").is_some(),
        "a claim of another event is not excluded"
    );
    assert_eq!(events.warnings.len(), 1, "{:?}", events.warnings);
    assert!(events.warnings[0]
        .to_string()
        .contains("claim \"a-1\" is not in this event"));
}

#[test]
fn a_split_wins_over_another_files_aliases_and_undated_claims_are_warned_of() {
    let undated = Spec {
        text: "The Harbour Court approved it.",
        date: None,
        actors: &["Harbour Court"],
    };
    let sources = vec![
        ("a", analysis("a", &[RULING_A, undated])),
        ("b", analysis("b", &[RULING_B])),
    ];
    let (_tmp, curation) = event_files(&[
        ("a-merge.md", "aliases = [\"b-0\"]"),
        ("b-split.md", "split = [\"b-0\", \"a-1\"]"),
    ]);
    let events = resolve(&sources, &curation);
    let split = event_of(&events, "b-0").unwrap();
    assert_eq!(split.id, "b-split");
    assert_eq!(
        split.claims,
        ["a-1", "b-0"],
        "an undated claim joins a dated split"
    );
    assert_eq!(event_of(&events, "a-0").unwrap().claims, ["a-0"]);
    let warnings: Vec<String> = events.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings.len() == 1 && warnings[0].contains("a-merge.md"),
        "the merge found nothing left to merge: {warnings:?}"
    );

    let (_tmp, curation) = event_files(&[("a-split.md", "split = [\"a-1\"]")]);
    let events = resolve(&sources, &curation);
    assert!(event_of(&events, "a-1").is_none());
    let warnings: Vec<String> = events.warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("a-split.md:2:11") && w.contains("\"a-1\" has no date")),
        "{warnings:?}"
    );
}

#[test]
fn unknown_claim_ids_are_errors_with_the_nearest_id() {
    let (_tmp, curation) = event_files(&[(
        "launch.md",
        "aliases = [\"The launch\", \"c-0123456789ab\"]\nexclude = [\"c-0a1b2c3d4e5\"]",
    )]);
    let claims: BTreeSet<&str> = ["c-0a1b2c3d4e5f", "c-ffffffffffff"].into();
    let err = check_claim_ids(&curation, &claims).unwrap_err().to_string();
    assert!(
        err.contains("launch.md:2:27: no claim has the id \"c-0123456789ab\""),
        "an alias that looks like a claim id is checked: {err}"
    );
    assert!(
        err.contains("launch.md:3:13: no claim has the id \"c-0a1b2c3d4e5\"")
            && err.contains("did you mean \"c-0a1b2c3d4e5f\"?"),
        "{err}"
    );
    assert!(
        !err.contains("id \"The launch\""),
        "titles are not ids: {err}"
    );
    let known: BTreeSet<&str> = ["c-0a1b2c3d4e5", "c-0123456789ab"].into();
    assert!(check_claim_ids(&curation, &known).is_ok());
}

#[test]
fn verdicts_attach_to_known_discrepancies_only() {
    let other_day = Spec { text: "On April 18, 2025 the Harbour Court approved the terminal expansion plan, the Port Board said.", date: Some(("April 18, 2025", "2025-04-18")), actors: &["Harbour Court", "Port Board"] };
    let first = Spec { text: "On April 17, 2025 the Harbour Court approved the terminal expansion plan, the Port Board said.", date: Some(("April 17, 2025", "2025-04-17")), actors: &["Harbour Court", "Port Board"] };
    let mut events = resolve(
        &[
            ("a", analysis("a", &[first])),
            ("b", analysis("b", &[other_day])),
        ],
        &[],
    );
    let id = events.discrepancies[0].id.clone();
    let tmp = tempfile::tempdir().unwrap();
    let write = |name: &str, text: String| std::fs::write(tmp.path().join(name), text).unwrap();
    write(
        "court-day.md",
        format!("+++\ndiscrepancy = \"{id}\"\nverdict = \"dismissed\"\n+++\nA typo.\n"),
    );
    let load = || {
        crate::load::curation::load_discrepancy_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap()
    };
    apply_verdicts(&mut events, &load()).unwrap();
    let ruling = &events.rulings[&id];
    assert_eq!(ruling.verdict, Verdict::Dismissed);
    assert_eq!(ruling.note.as_ref().unwrap().text, "A typo.\n");
    assert!(events.dismissed(&events.discrepancies[0]));
    assert_eq!(events.standing().count(), 0);

    let typo = format!("{}x", &id[..id.len() - 1]);
    write(
        "court-day.md",
        format!("+++\ndiscrepancy = \"{typo}\"\nverdict = \"confirmed\"\n+++\n"),
    );
    let err = apply_verdicts(&mut events, &load())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("court-day.md:2:1: no discrepancy has the id")
            && err.contains(&format!("did you mean \"{id}\"?")),
        "{err}"
    );
}

#[test]
fn an_alias_of_a_claim_with_two_dates_takes_the_cluster_of_the_files_date() {
    let text =
        "On April 17, 2025 the Harbour Court approved the plan, ending a ban in place since 2003.";
    let both = Spec {
        text,
        date: Some(("April 17, 2025", "2025-04-17")),
        actors: &["Harbour Court"],
    };
    let mut a = analysis("a", &[both, OTHER]);
    let at = text.find("2003").unwrap();
    a.times.insert(
        1,
        TimeExpression {
            start: at,
            end: at + 4,
            text: "2003".into(),
            value: PartialDate::parse("2003"),
            rule: "test",
            relative: false,
            until: None,
        },
    );
    let sources = vec![("a", a), ("b", analysis("b", &[RULING_B]))];
    let (_tmp, curation) = event_files(&[(
        "founding.md",
        "date = \"2003\"\naliases = [\"a-0\", \"a-1\"]",
    )]);
    let events = resolve(&sources, &curation);
    let founding = events.events.iter().find(|e| e.id == "founding").unwrap();
    assert_eq!(founding.claims, ["a-0", "a-1"]);
    let ruling = event_of(&events, "b-0").unwrap();
    assert!(
        ruling.claims.contains(&"a-0".to_string()) && ruling.id != "founding",
        "the 2025 ruling keeps its claim: {:?}",
        events.events
    );
}

/// Three sources that tell one ban of 1998 in long sentences about other things.
fn ban_of_1998(third: Spec<'static>) -> Events {
    let first = Spec {
        text: "Velmora banned the Ostrin Front in 1998, citing worries over smuggling along \
               the northern border, unrest in several mountain towns and pressure from allies.",
        date: Some(("1998", "1998")),
        actors: &["Velmora", "Ostrin Front"],
    };
    let second = Spec {
        text: "While the Ostrin Front has been banned in Velmora since 1998, the court's \
               decision does not amount to recognition, lawyers and diplomats cautioned.",
        date: Some(("1998", "1998")),
        actors: &["Ostrin Front", "Velmora"],
    };
    resolve(
        &[
            ("a", analysis("a", &[first])),
            ("b", analysis("b", &[second])),
            ("c", analysis("c", &[third])),
        ],
        &[],
    )
}

#[test]
fn a_year_compares_the_clause_it_dates_not_the_whole_sentence() {
    let events = ban_of_1998(Spec {
        text: "Velmora and the Ostrin Front signed a trade deal in March 2024.",
        date: Some(("March 2024", "2024-03")),
        actors: &["Velmora", "Ostrin Front"],
    });
    let ban = event_of(&events, "a-0").expect("the ban is an event");
    assert_eq!(ban.claims, ["a-0", "b-0"]);
    assert_eq!(ban.date.unwrap().to_string(), "1998");
}

#[test]
fn a_year_bounded_by_a_qualifier_dates_nothing() {
    let dated_event = |text: &'static str| {
        let mut c = analysis(
            "c",
            &[Spec {
                text,
                date: Some(("20 years ago", "2004")),
                actors: &["Velmora", "Ostrin Front"],
            }],
        );
        c.times[0].relative = true;
        let events = resolve(&[("c", c)], &[]);
        event_of(&events, "c-0")
            .and_then(|e| e.date)
            .map(|d| d.to_string())
    };
    assert_eq!(
        dated_event("Officials in Velmora outlawed the Ostrin Front 20 years ago."),
        Some("2004".to_string())
    );
    assert_eq!(
        dated_event("Officials in Velmora outlawed the Ostrin Front more than 20 years ago."),
        None
    );
}

#[test]
fn a_seat_of_government_takes_part_for_its_state() {
    let mut sources: Vec<(&str, Analysis)> = [
        (
            "a",
            "Russia banned the Ostrin Front in 1998, citing unrest.",
            &["Russia", "Ostrin Front"][..],
        ),
        (
            "b",
            "In 1998, the Kremlin listed the Ostrin Front as a terrorist group.",
            &["Kremlin", "Ostrin Front"][..],
        ),
        (
            "c",
            "Russia and the Ostrin Front held talks in May 2024.",
            &["Russia", "Ostrin Front"][..],
        ),
    ]
    .into_iter()
    .map(|(id, text, actors)| {
        let date = if id == "c" {
            ("May 2024", "2024-05")
        } else {
            ("1998", "1998")
        };
        (
            id,
            analysis(
                id,
                &[Spec {
                    text,
                    date: Some(date),
                    actors,
                }],
            ),
        )
    })
    .collect();
    for (_, a) in &mut sources {
        for m in &mut a.mentions {
            if m.name == "Russia" {
                m.kind = ActorKind::State;
            }
        }
    }
    let events = resolve(&sources, &[]);
    assert_eq!(event_of(&events, "a-0").unwrap().claims, ["a-0", "b-0"]);
}

#[test]
fn one_sentence_dating_two_happenings_titles_them_apart_when_it_can() {
    let both = "The Tarn guild hosted Brill envoys at the harvest fair in 2011 and 2013.";
    let mut a = analysis(
        "a",
        &[Spec {
            text: both,
            date: Some(("2011", "2011")),
            actors: &["Tarn", "Brill"],
        }],
    );
    let at = both.find("2013").unwrap();
    a.times.push(TimeExpression {
        start: at,
        end: at + 4,
        text: "2013".into(),
        value: PartialDate::parse("2013"),
        until: None,
        rule: "test",
        relative: false,
    });
    let b = analysis(
        "b",
        &[Spec {
            text: "In 2011 the Tarn guild hosted Brill envoys and traders in its old stone hall.",
            date: Some(("2011", "2011")),
            actors: &["Tarn", "Brill"],
        }],
    );
    let events = resolve(&[("a", a), ("b", b)], &[]);
    let titles: Vec<(String, &str)> = events
        .events
        .iter()
        .map(|e| (e.date.unwrap().to_string(), e.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            (
                "2011".to_string(),
                "The Tarn guild hosted Brill envoys and traders in its old stone hall"
            ),
            (
                "2013".to_string(),
                "The Tarn guild hosted Brill envoys at the harvest fair"
            ),
        ]
    );
    assert_eq!(event_of(&events, "b-0").unwrap().claims, ["a-0", "b-0"]);
}
