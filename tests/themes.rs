//! Themes: theme files, cue matching, pages, the export, and `themes --suggest --write`.

mod common;

use common::*;
use std::fs;
use std::path::Path;

const PORT_THEME: &str = "+++\nname = \"Port works\"\ncues = [\"quay\", \"container terminal\", \"dredg*\"]\n+++\nThe terminal will double in size [@harbour-text \"double the size of its container terminal\"].\n";

fn write_theme(root: &Path, slug: &str, text: &str) {
    fs::create_dir_all(root.join("content/themes")).unwrap();
    fs::write(root.join(format!("content/themes/{slug}.md")), text).unwrap();
}

fn export(site: &Path) -> serde_json::Value {
    serde_json::from_str(&read(site.join("data/briefing.json"))).unwrap()
}

#[test]
fn themes_match_passages_and_get_pages_and_export_records() {
    let (_tmp, root) = copy_fixture("valid");
    write_theme(&root, "port", PORT_THEME);
    ok(&root, &["build", "--out", "site"]);
    let site = root.join("site");

    let index = read(site.join("themes/index.html"));
    assert!(
        index.contains("href=\"../themes/port.html\">Port works</a>"),
        "{index}"
    );
    let page = read(site.join("themes/port.html"));
    assert!(
        page.contains("Engineers then moved the quay"),
        "a stem match"
    );
    assert!(page.contains("delay dredging"), "a prefix match");
    assert!(
        !page.contains("It was not an easy decision"),
        "passages without cues stay out"
    );
    assert!(
        page.contains("class=\"references\""),
        "the summary's citation is rendered"
    );

    let data = export(&site);
    let theme = &data["themes"][0];
    assert_eq!(theme["id"], "port");
    assert_eq!(theme["page"], "themes/port.html");
    let theme_claims: Vec<&str> = theme["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let claims = data["claims"].as_array().unwrap();
    let quay = claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("moved the quay"))
        .unwrap();
    assert_eq!(quay["themes"], serde_json::json!(["port"]));
    assert_eq!(quay["theme_scores"]["port"], 1);
    assert!(theme_claims.contains(&quay["id"].as_str().unwrap()));
    let terminal = claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("container terminal"))
        .unwrap();
    assert_eq!(
        terminal["theme_scores"]["port"], 2,
        "a two-word phrase scores 2"
    );
    let unrelated = claims
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains("not an easy decision"))
        .unwrap();
    assert_eq!(unrelated["themes"], serde_json::json!([]));

    let listing = ok(&root, &["themes"]);
    assert!(
        listing.contains("port") && listing.contains("Port works"),
        "{listing}"
    );
}

#[test]
fn a_project_without_theme_files_builds_with_an_empty_themes_index() {
    let (_tmp, root) = copy_fixture("valid");
    ok(&root, &["build", "--out", "site"]);
    let index = read(root.join("site/themes/index.html"));
    assert!(index.contains("No themes are defined yet"), "{index}");
    assert_eq!(export(&root.join("site"))["themes"], serde_json::json!([]));
    assert!(ok(&root, &["themes"]).contains("no themes defined"));
}

#[test]
fn suggestions_come_with_examples_and_drafts_build_and_are_never_overwritten() {
    let (_tmp, root) = copy_fixture("valid");
    let listing = ok(&root, &["themes", "--suggest"]);
    assert!(listing.contains("suggested themes"), "{listing}");
    assert!(
        listing.contains("cues: ") && listing.contains("e.g. ["),
        "{listing}"
    );
    assert!(
        !root.join("content/themes").exists() || tree(&root.join("content/themes")).is_empty(),
        "--suggest alone writes nothing"
    );

    let written = ok(&root, &["themes", "--suggest", "--write"]);
    let drafts = tree(&root.join("content/themes"));
    assert!(!drafts.is_empty(), "{written}");
    assert!(written.contains("wrote "), "{written}");
    // The drafts are valid theme files whose example citations resolve.
    ok(&root, &["build", "--out", "site"]);
    assert!(
        export(&root.join("site"))["themes"]
            .as_array()
            .unwrap()
            .len()
            == drafts.len()
    );

    let (name, _) = &drafts[0];
    fs::write(root.join("content/themes").join(name), PORT_THEME).unwrap();
    let again = ok(&root, &["themes", "--suggest", "--write"]);
    assert_eq!(
        read(root.join("content/themes").join(name)),
        PORT_THEME,
        "an edited draft is kept: {again}"
    );
}

#[test]
fn suggestions_leave_out_what_existing_themes_cover() {
    let (_tmp, root) = copy_fixture("valid");
    let before = ok(&root, &["themes", "--suggest"]);
    assert!(before.contains("quay"), "{before}");
    write_theme(&root, "port", PORT_THEME);
    let after = ok(&root, &["themes", "--suggest"]);
    assert!(
        !after.contains("cues: quay") && !after.contains("; quay"),
        "{after}"
    );
}

#[test]
fn bad_theme_files_are_located_errors_with_the_line() {
    let (_tmp, root) = copy_fixture("valid");
    write_theme(&root, "empty", "+++\nname = \"Empty\"\ncues = []\n+++\n");
    let err = fails(&root, &["build", "--out", "site"]);
    assert!(
        err.contains("content/themes/empty.md:3:1: the theme has no cues"),
        "{err}"
    );
    assert!(err.contains("3 | cues = []\n  | ^"), "{err}");
    assert!(!root.join("site").exists(), "no half-written site");
}

#[test]
fn a_theme_summary_with_a_quote_that_is_not_there_fails_the_build() {
    let (_tmp, root) = copy_fixture("valid");
    write_theme(
        &root,
        "port",
        "+++\nname = \"Port\"\ncues = [\"quay\"]\n+++\nIt sank [@harbour-text \"the terminal sank into the sea\"].\n",
    );
    let err = fails(&root, &["build", "--out", "site"]);
    assert!(
        err.contains("content/themes/port.md:5:10: the quote"),
        "{err}"
    );
}

/// Four reports of an invented flood, written with the words that made noisy suggestions:
/// number words, directions, a bound prefix ("anti-flood"), adverbs, role nouns, "State".
const FLOOD_REPORTS: [&str; 4] = [
    "The Velm river burst its levee near Tarrow on Monday, flooding at least seven villages in the southern valley. \
     A State spokesman said the anti-flood barriers had failed quickly. \
     Farmers moved their cattle to higher ground as the water rose, and sandbags ran short in the northern villages.",
    "At least seven villages were flooded when the Velm levee broke on Monday, the State spokesman said. \
     Volunteers filled sandbags through the night to protect the southern villages. \
     The levee had been repaired twice since the last flood, and farmers said the repairs were hastily done.",
    "Floodwater from the broken levee reached the market town of Tarrow on Tuesday. \
     Three schools were closed and the anti-flood barriers in the southern valley were quickly overwhelmed. \
     Engineers said the levee would be rebuilt before the autumn rains, and farmers asked for sandbags.",
    "The provincial office sent engineers to the broken levee on Wednesday. \
     A spokesman said the State would pay for new anti-flood barriers, and farmers welcomed the promise. \
     Sandbags and pumps arrived in the northern villages, where the floodwater was slowly falling.",
];

#[test]
fn suggestions_name_topics_not_numbers_directions_fragments_or_roles() {
    let (tmp, root) = new_project();
    let folder = tmp.path().join("reports");
    std::fs::create_dir_all(&folder).unwrap();
    for (i, text) in FLOOD_REPORTS.iter().enumerate() {
        std::fs::write(folder.join(format!("flood-{i}.txt")), text).unwrap();
    }
    ok(&root, &["add", folder.to_str().unwrap()]);
    let listing = ok(&root, &["themes", "--suggest"]);
    let cues: Vec<&str> = listing
        .lines()
        .filter_map(|l| l.trim().strip_prefix("cues: "))
        .flat_map(|l| l.split("; "))
        .collect();
    assert!(!cues.is_empty(), "{listing}");
    for cue in &cues {
        for word in cue.split(' ') {
            assert!(
                ![
                    "seven",
                    "three",
                    "least",
                    "southern",
                    "northern",
                    "anti",
                    "spokesman",
                    "state",
                    "quickly",
                    "hastily",
                    "slowly",
                    "twice",
                ]
                .contains(&word),
                "noise cue {cue:?} in:\n{listing}"
            );
        }
    }
    assert!(
        cues.iter()
            .any(|c| c.contains("levee") || c.contains("sandbags")),
        "the flood's own words are suggested:\n{listing}"
    );
}
