//! Editor curation of events and discrepancies on the curation-events fixture (two invented
//! papers on a weaving hall's opening and fire): merge, split and exclude claims; confirm and
//! dismiss discrepancies with a cited note; an event dated by a range; and one invalid project
//! per curation mistake.

mod common;
use common::*;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

const GAZETTE_OPENING: &str = "c-5a1a3b76272b";
const POST_OPENING: &str = "c-f741d71ddc0a";
const MARKET: &str = "c-3529042f2eb4";
const ELECTION: &str = "c-d2c6d03b5ebb";
const GAZETTE_FIRE: &str = "c-9ce8d17089ee";
const POST_FIRE: &str = "c-2f9bcdd5c6d1";

fn briefing(root: &Path) -> Value {
    serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap()
}

/// The discrepancy whose values include `value`.
fn discrepancy_with<'j>(json: &'j Value, value: &str) -> &'j Value {
    json["discrepancies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["values"].as_array().unwrap().iter().any(|v| v == value))
        .unwrap_or_else(|| panic!("a discrepancy with {value:?}: {json}"))
}

/// The fixture built. A discrepancy's id is a hash whose recipe is not what these tests are
/// about, so each verdict file is first pointed at the id this build gives the discrepancy it
/// was written for (found by its values).
fn built() -> (tempfile::TempDir, PathBuf) {
    let (tmp, root) = copy_fixture("curation-events");
    let verdicts = root.join("content/discrepancies");
    let aside = root.join("verdicts-aside");
    fs::rename(&verdicts, &aside).unwrap();
    ok(&root, &["build"]);
    let json = briefing(&root);
    fs::create_dir(&verdicts).unwrap();
    for (file, value) in [("fire-date.md", "20 May 2024"), ("injury-count.md", "4")] {
        let id = discrepancy_with(&json, value)["id"].as_str().unwrap();
        let text = read(aside.join(file));
        let line = text
            .lines()
            .find(|l| l.starts_with("discrepancy = "))
            .unwrap();
        let text = text.replace(line, &format!("discrepancy = \"{id}\""));
        fs::write(verdicts.join(file), text).unwrap();
    }
    fs::remove_dir_all(&aside).unwrap();
    ok(&root, &["build"]);
    (tmp, root)
}

fn event<'j>(json: &'j Value, id: &str) -> &'j Value {
    json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == id)
        .unwrap_or_else(|| panic!("event {id}: {json}"))
}

/// An event's claim ids as the export lists them (sorted).
fn claims_of(event: &Value) -> Vec<&str> {
    event["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect()
}

#[test]
fn files_merge_split_and_exclude_claims() {
    let (_tmp, root) = built();
    let json = briefing(&root);
    let opening = event(&json, "hall-opening");
    assert_eq!(
        claims_of(opening),
        [GAZETTE_OPENING, POST_OPENING],
        "merged across sources, the market excluded, the election split off"
    );
    assert_eq!(opening["title"], "The weaving hall opens");
    assert_eq!(claims_of(event(&json, "chair-election")), [ELECTION]);
    let fire = event(&json, "weaving-hall-fire");
    assert_eq!(
        claims_of(fire),
        [POST_FIRE, GAZETTE_FIRE],
        "the export sorts claim ids"
    );
    assert_eq!(
        fire["date"], "2024-05-20",
        "the first of equally precise dates"
    );
    let market = json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == MARKET)
        .unwrap();
    assert_eq!(
        market["events"],
        serde_json::json!([]),
        "an excluded claim joins no other event"
    );
    assert_eq!(json["events"].as_array().unwrap().len(), 4);
}

#[test]
fn verdicts_confirm_or_dismiss_with_a_cited_note() {
    let (_tmp, root) = built();
    let json = briefing(&root);
    let date = discrepancy_with(&json, "20 May 2024");
    let injuries = discrepancy_with(&json, "4");
    assert_eq!(date["verdict"], "confirmed");
    assert_eq!(injuries["verdict"], "dismissed");
    assert!(injuries["note"]
        .as_str()
        .unwrap()
        .starts_with("Not a disagreement"));

    let page = read(root.join("site/discrepancies.html"));
    let dismissed_at = page.find("Considered and dismissed").expect("a list apart");
    let date_id = date["id"].as_str().unwrap();
    let injuries_id = injuries["id"].as_str().unwrap();
    let date_at = page.find(&format!("id=\"{date_id}\"")).unwrap();
    let injuries_at = page.find(&format!("id=\"{injuries_id}\"")).unwrap();
    assert!(
        date_at < dismissed_at && dismissed_at < injuries_at,
        "{page}"
    );
    assert!(page.contains(&format!(
        "<div class=\"discrepancy confirmed\" id=\"{date_id}\">"
    )));
    assert!(page.contains("confirmed by the editor"));
    assert!(page.contains("dismissed by the editor"));
    // Each note's references have anchors of their own on the shared page.
    for id in [date_id, injuries_id] {
        assert!(page.contains(&format!("<li id=\"{id}-ref-1\">")), "{page}");
        assert!(page.contains(&format!("href=\"#{id}-cite-1-1\"")), "{page}");
    }
    let source = read(root.join("site/sources/valley-post.html"));
    assert!(
        source.contains(&format!("discrepancies.html#{date_id}-ref-1")),
        "the cited passage links back to the note: {source}"
    );

    let front = read(root.join("site/index.html"));
    assert!(
        front.contains("<dd><a href=\"discrepancies.html\">1</a></dd>"),
        "a dismissed discrepancy is not counted as open: {front}"
    );
    let fire = read(root.join("site/events/weaving-hall-fire.html"));
    assert!(fire.contains(date_id) && !fire.contains(&format!("id=\"{injuries_id}\"")));
    ok(&root, &["check"]);
}

#[test]
fn an_event_dated_by_a_range_shows_its_period() {
    let (_tmp, root) = built();
    let json = briefing(&root);
    let chaired = json["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["date"] == "1999")
        .expect("the guild chair, from 1999 to 2009");
    assert_eq!(chaired["end"], "2009");
    assert!(
        json["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["date"] != "1999")
            .all(|e| e.get("end").is_none()),
        "single dates have no end"
    );
    let timeline = read(root.join("site/timeline.html"));
    assert!(timeline.contains(">1999–2009</time>"), "{timeline}");
    let page = read(root.join(format!(
        "site/events/{}.html",
        chaired["id"].as_str().unwrap()
    )));
    assert!(page.contains("\"endDate\":\"2009\""), "{page}");
    assert!(
        page.contains("<q>from 1999 to 2009</q> → 1999–2009"),
        "{page}"
    );
}

/// Each invalid curation fails with an error naming the file, line and column, and a help.
#[test]
fn curation_mistakes_are_located_errors() {
    let cases = [
        (
            "invalid/event-unknown-key",
            "content/events/opening.md:3:1: unknown field `splitt`",
        ),
        (
            "invalid/event-wrong-type",
            "content/events/opening.md:3:9: invalid type: string",
        ),
        (
            "invalid/event-unknown-claim",
            "content/events/election.md:5:4: no claim has the id \"c-5a1a3b76272\"",
        ),
        (
            "invalid/event-split-and-exclude",
            "content/events/election.md:4:13: claim \"c-d2c6d03b5ebb\" is both split into this event and excluded",
        ),
        (
            "invalid/event-split-twice",
            "content/events/new-chair.md:3:29: claim \"c-d2c6d03b5ebb\" is split off by two event files",
        ),
        (
            "invalid/discrepancy-unknown-id",
            "content/discrepancies/fire-date.md:2:1: no discrepancy has the id \"d-0123456789\"",
        ),
        (
            "invalid/discrepancy-bad-verdict",
            "content/discrepancies/fire-date.md:3:11: unknown variant `maybe`, expected `confirmed` or `dismissed`",
        ),
    ];
    assert_builds_fail(&cases);
    let (_tmp, root) = copy_fixture("invalid/event-unknown-claim");
    assert!(
        fails(&root, &["build"]).contains("did you mean \"c-5a1a3b76272b\"?"),
        "a truncated id is matched to the claim it was cut from"
    );
}
