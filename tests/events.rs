//! Events on a small fixture corpus: clustering across sources, dates at their precision and
//! how they were derived, discrepancies, unresolved relative dates; and the time normaliser's
//! bars on the TempEval-3 Platinum dev set.

mod common;
use common::*;
use std::path::PathBuf;

#[test]
fn one_happening_in_two_sources_is_one_event_with_its_disagreement() {
    let (_tmp, root) = built_fixture("events");
    let json: serde_json::Value =
        serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    let events = json["events"].as_array().unwrap();
    let storm = events
        .iter()
        .find(|e| e["date"] == "2025-03-06")
        .expect("the storm, dated by both sources");
    assert_eq!(storm["precision"], "day");
    assert_eq!(
        storm["sources"],
        serde_json::json!(["storm-friday", "storm-saturday"])
    );
    let founded = events
        .iter()
        .find(|e| e["date"] == "1998")
        .expect("the founding, at year precision");
    assert_eq!(founded["precision"], "year");
    assert_eq!(founded["sources"].as_array().unwrap().len(), 2);
    let discrepancy = &json["discrepancies"][0];
    assert_eq!(discrepancy["event"], storm["id"]);
    assert_eq!(
        discrepancy["values"],
        serde_json::json!(["12", "nearly 15"])
    );
    for claim in json["claims"].as_array().unwrap() {
        for event in claim["events"].as_array().unwrap() {
            let record = events.iter().find(|e| &e["id"] == event).unwrap();
            assert!(record["claims"].as_array().unwrap().contains(&claim["id"]));
        }
    }
}

#[test]
fn pages_show_the_timeline_the_event_and_where_sources_differ() {
    let (_tmp, root) = built_fixture("events");
    let timeline = read(root.join("site/timeline.html"));
    assert!(timeline.contains("<h2 id=\"y1998\">1998</h2>"));
    assert!(timeline.contains("<h3>March 2025</h3>"));
    assert!(
        timeline.find("y1998") < timeline.find("y2025"),
        "in date order"
    );
    assert!(
        timeline.contains("Not placed on the timeline"),
        "relative dates without a publication date are listed"
    );
    assert!(timeline.contains("<q>Monday</q>"), "{timeline}");
    let json: serde_json::Value =
        serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    let storm = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["date"] == "2025-03-06")
        .unwrap();
    let page = read(root.join("site").join(storm["page"].as_str().unwrap()));
    assert!(
        page.contains("Sources differ"),
        "the event shows its discrepancy"
    );
    assert!(page.contains("<q>Thursday</q> → 6 March 2025"), "{page}");
    assert!(
        page.contains("resolved against the publication date 2025-03-07"),
        "{page}"
    );
    assert!(read(root.join("site/discrepancies.html")).contains("<strong>nearly 15</strong>"));
}

#[test]
fn event_curation_retitles_and_redates() {
    let (_tmp, root) = copy_fixture("events");
    std::fs::create_dir_all(root.join("content/events")).unwrap();
    std::fs::write(
        root.join("content/events/founding.md"),
        "+++\ntitle = \"The Harbour Authority is founded\"\ndate = \"1998-05\"\naliases = [\"c-3c8829be89a9\"]\n+++\nA summary [@storm-saturday \"founded in 1998 by the regional council\"].\n",
    )
    .unwrap();
    ok(&root, &["build"]);
    let page = read(root.join("site/events/founding.html"));
    assert!(
        page.contains("<h1>The Harbour Authority is founded</h1>"),
        "{page}"
    );
    assert!(page.contains("May 1998"), "{page}");
    assert!(
        page.contains("cite-ref"),
        "the summary's citation is rendered"
    );
}

/// The normaliser's bars on TempEval-3 Platinum: at least 0.80 of the gold DATE expressions
/// found, at least 0.85 of those right. Runs `examples/eval_tempeval.rs`.
#[test]
fn tempeval_bars_hold() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/te3-platinum");
    if !data.is_dir() {
        eprintln!("skipped: {} is not here", data.display());
        return;
    }
    let example = PathBuf::from(env!("CARGO_BIN_EXE_sourcebook"))
        .parent()
        .unwrap()
        .join("examples/eval_tempeval");
    let output = std::process::Command::new(&example)
        .arg(&data)
        .output()
        .expect("the example is built with the tests");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    let share = |label: &str| -> f64 {
        report
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("no {label} line in:\n{report}"))
    };
    assert!(share("found:") >= 0.80, "{report}");
    assert!(share("right:") >= 0.85, "{report}");
}
