//! Discrepancies on a corpus of invented happenings told by two sources: one of each kind
//! (a toll against a toll, an approximation against an exact figure, none killed against a
//! toll, a date in another year) and traps that must stay silent (a camp's population beside
//! a toll, the toll of an earlier bombing in the same sentence, "at least 40" against 45).

mod common;
use common::*;
use serde_json::Value;

fn briefing() -> Value {
    let (_tmp, root) = built_fixture("discrepancies");
    serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap()
}

/// The texts of a discrepancy's claims, side by side with their values.
fn sides(json: &Value, discrepancy: &Value) -> Vec<(String, Vec<String>)> {
    let text = |id: &Value| {
        json["claims"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| &c["id"] == id)
            .unwrap()["text"]
            .as_str()
            .unwrap()
            .to_string()
    };
    discrepancy["sides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|side| {
            let claims = side["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(text)
                .collect();
            (side["value"].as_str().unwrap().to_string(), claims)
        })
        .collect()
}

/// The discrepancy whose claims mention `needle`.
fn about<'a>(json: &'a Value, needle: &str) -> Option<&'a Value> {
    json["discrepancies"].as_array().unwrap().iter().find(|d| {
        sides(json, d)
            .iter()
            .any(|(_, texts)| texts.iter().any(|t| t.contains(needle)))
    })
}

#[test]
fn each_kind_of_discrepancy_is_found_and_named() {
    let json = briefing();
    let bridge = about(&json, "Kessel Bridge").expect("12 against 17 killed");
    assert_eq!(
        (bridge["measure"].as_str(), bridge["minor"].as_bool()),
        (Some("killed"), Some(false))
    );
    assert_eq!(bridge["values"], serde_json::json!(["12", "17"]));

    let ferry = about(&json, "Marisol").expect("nearly 60 against 57");
    assert_eq!(
        (ferry["measure"].as_str(), ferry["minor"].as_bool()),
        (Some("killed"), Some(true))
    );
    assert_eq!(ferry["values"], serde_json::json!(["57", "nearly 60"]));

    let blast = about(&json, "Pellham").expect("no one killed against three");
    assert_eq!(
        (blast["measure"].as_str(), blast["minor"].as_bool()),
        (Some("killed"), Some(false))
    );
    assert_eq!(blast["values"], serde_json::json!(["0", "3"]));

    let accord = about(&json, "Lindell Accord").expect("November 2021 against 2022");
    assert_eq!(accord["measure"], "date");
    assert_eq!(
        accord["values"],
        serde_json::json!(["November 2021", "2022"])
    );
    let accord_sides = sides(&json, accord);
    assert!(
        accord_sides[1].1[0].contains("earlier that year"),
        "{accord_sides:?}"
    );
    assert_eq!(
        accord["events"].as_array().unwrap().len(),
        2,
        "the two dates put the claims in two events"
    );

    // "following similar moves by X earlier that year": X did what the clause before tells.
    let delisting = about(&json, "Vask Brotherhood").expect("November 2023 against 2024");
    assert_eq!(delisting["measure"], "date");
    assert_eq!(
        delisting["values"],
        serde_json::json!(["November 2023", "2024"])
    );
}

#[test]
fn traps_are_not_discrepancies() {
    let json = briefing();
    for trap in ["Brackwater", "Tarrow", "Velmar"] {
        assert!(
            about(&json, trap).is_none(),
            "{trap}: {:#?}",
            about(&json, trap)
        );
    }
    assert_eq!(
        json["discrepancies"].as_array().unwrap().len(),
        5,
        "{:#}",
        json["discrepancies"]
    );
}

#[test]
fn ids_hash_the_measure_and_the_claims_not_the_title() {
    let json = briefing();
    let (_tmp, root) = copy_fixture("discrepancies");
    std::fs::create_dir_all(root.join("content/events")).unwrap();
    let bridge = about(&json, "Kessel Bridge").unwrap();
    let claim = &bridge["claims"][0];
    std::fs::write(
        root.join("content/events/bridge.md"),
        format!("+++\ntitle = \"The bridge falls\"\naliases = [{claim}]\n+++\n"),
    )
    .unwrap();
    ok(&root, &["build"]);
    let curated: Value = serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    let again = about(&curated, "Kessel Bridge").unwrap();
    assert_eq!(again["id"], bridge["id"]);
    assert_eq!(again["event"], "bridge");
}

#[test]
fn pages_show_the_measure_each_side_with_its_sources_and_minor_differences() {
    let (_tmp, root) = built_fixture("discrepancies");
    let page = read(root.join("site/discrepancies.html"));
    assert!(
        page.contains("<span class=\"measure\">killed</span>"),
        "{page}"
    );
    assert_eq!(page.matches("minor difference</span>").count(), 1, "{page}");
    assert!(page.contains("<strong>nearly 60</strong> — <a href=\"sources/valley-times.html\">A year of disasters</a>"), "{page}");
    assert!(
        page.contains("<q>No one was killed when a blast hit"),
        "{page}"
    );
    let json: Value = serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    let ferry = about(&json, "Marisol").unwrap();
    let event = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == ferry["event"])
        .unwrap();
    let event_page = read(root.join("site").join(event["page"].as_str().unwrap()));
    assert!(
        event_page.contains(&format!("id=\"{}\"", ferry["id"].as_str().unwrap())),
        "{event_page}"
    );
    assert!(event_page.contains("minor difference"), "{event_page}");
    let accord = about(&json, "Lindell Accord").unwrap();
    for event in accord["events"].as_array().unwrap() {
        let page = read(root.join(format!("site/events/{}.html", event.as_str().unwrap())));
        assert!(
            page.contains(&format!("id=\"{}\"", accord["id"].as_str().unwrap())),
            "a date given differently shows on each of its events: {page}"
        );
    }
}
