//! Actors on a small fixture corpus: finding, merging, curation, pages, export and the
//! `actors` verb; and the mention finder's quality bar on the wikigold dev set.

mod common;
use common::*;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn people_organisations_and_states_get_pages_with_roles_aliases_and_cited_claims() {
    let (_tmp, root) = built_fixture("actors");
    let index = read(root.join("site/actors/index.html"));
    for (kind, name) in [
        ("person", "Jana Novak"),
        ("person", "Peter Odhiambo"),
        ("organisation", "Harbour Workers Union"),
        ("state", "Kenya"),
        ("state", "Norway"),
    ] {
        assert!(index.contains(&format!("id=\"{kind}\"")), "{kind} group");
        assert!(index.contains(name), "{name} listed");
    }
    assert!(
        !index.contains("Nairobi"),
        "one mention is below the threshold"
    );
    let novak = read(root.join("site/actors/jana-novak.html"));
    assert!(
        novak.contains("<dt>Described as</dt><dd>Foreign Minister</dd>"),
        "{novak}"
    );
    assert!(
        novak.contains("<dt>Also called</dt><dd>Novak</dd>"),
        "the surname joins the full name"
    );
    assert!(
        novak.contains("href=\"../sources/talks-monday.html#c-"),
        "claims cite their passage"
    );
    assert!(novak.contains("Mentioned with"), "co-mentioned actors");
    let union = read(root.join("site/actors/harbour-workers-union.html"));
    assert!(
        union.contains("A union of port workers"),
        "the editor's summary"
    );
    assert!(union.contains("HWU"), "the acronym joins its expansion");
    let source = read(root.join("site/sources/talks-wednesday.html"));
    assert!(
        source.contains("<a class=\"mention\" href=\"../actors/jana-novak.html\">Novak</a>"),
        "mentions link to actor pages"
    );
    assert!(
        source.contains("<a class=\"mention\" href=\"../actors/norway.html\">Norwegian</a>"),
        "a demonym counts for its country"
    );
}

#[test]
fn the_export_lists_actors_and_each_claim_its_actors() {
    let (_tmp, root) = built_fixture("actors");
    let json: serde_json::Value =
        serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    let actors = json["actors"].as_array().unwrap();
    let novak = actors
        .iter()
        .find(|a| a["id"] == "jana-novak")
        .expect("jana-novak exported");
    assert_eq!(novak["kind"], "person");
    assert_eq!(
        novak["sources"],
        serde_json::json!(["talks-monday", "talks-wednesday"])
    );
    assert_eq!(novak["page"], "actors/jana-novak.html");
    let union = actors
        .iter()
        .find(|a| a["id"] == "harbour-workers-union")
        .unwrap();
    assert!(union["aliases"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!("HWU")));
    let first = &json["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().starts_with("Foreign Minister"))
        .unwrap()["actors"];
    assert_eq!(first, &serde_json::json!(["jana-novak", "kenya", "norway"]));
}

#[test]
fn the_actors_verb_lists_what_an_editor_needs() {
    let (_tmp, root) = copy_fixture("actors");
    let out = ok(&root, &["actors"]);
    assert!(out.contains("jana-novak"), "{out}");
    assert!(!out.contains("candidates"), "{out}");
    let all = ok(&root, &["actors", "--all"]);
    assert!(all.contains("candidates below the threshold"), "{all}");
    assert!(all.contains("nairobi"), "{all}");
    assert!(
        !all.contains("news-and-breaking-news"),
        "hidden actors are gone even as candidates: {all}"
    );
    assert!(all.contains("uncertain merges"), "{all}");
}

#[test]
fn bad_actor_curation_names_the_file_and_line() {
    let cases = [
        (
            "same-as.md",
            "+++\nname = \"X\"\nsame-as = \"nobody\"\n+++\n",
            "same-as.md:3:1: same-as = \"nobody\" points at no actor",
        ),
        (
            "unknown.md",
            "+++\nnickname = \"X\"\n+++\n",
            "unknown.md:2:1: unknown field `nickname`",
        ),
        (
            "twice.md",
            "+++\naliases = [\"the union\"]\n+++\n",
            "\"the union\" is claimed by two actors",
        ),
    ];
    for (file, text, expected) in cases {
        let (_tmp, root) = copy_fixture("actors");
        fs::write(root.join("content/actors").join(file), text).unwrap();
        let err = fails(&root, &["build"]);
        assert!(err.contains(expected), "{file}: {err}");
        assert!(!root.join("site").exists(), "{file}: nothing half-written");
    }
}

#[test]
fn a_hidden_actor_that_does_not_exist_is_a_warning() {
    let (_tmp, root) = copy_fixture("actors");
    fs::write(
        root.join("content/actors/ghost.md"),
        "+++\nhidden = true\n+++\n",
    )
    .unwrap();
    let output = run(&root, &["build"]);
    assert!(output.status.success());
    assert!(
        stderr(&output).contains("ghost.md:2:1: hidden actor \"ghost\" matches nothing"),
        "{}",
        stderr(&output)
    );
}

/// The mention finder's bar on the wikigold dev set: untyped span F1 of at least 0.75.
/// Runs the evaluation example (`cargo run --release --example eval_wikigold` prints the table).
#[test]
fn wikigold_untyped_f1_holds_the_bar() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval/wikigold/wikigold.conll.txt");
    if !data.exists() {
        eprintln!("skipped: {} is not here", data.display());
        return;
    }
    let example = PathBuf::from(env!("CARGO_BIN_EXE_sourcebook"))
        .parent()
        .unwrap()
        .join("examples/eval_wikigold");
    let output = std::process::Command::new(&example)
        .arg(&data)
        .output()
        .expect("the example is built with the tests");
    let table = String::from_utf8_lossy(&output.stdout);
    let untyped: f64 = table
        .lines()
        .find(|l| l.starts_with("untyped"))
        .and_then(|l| l.split_whitespace().last())
        .and_then(|f| f.parse().ok())
        .unwrap_or_else(|| panic!("no untyped row in:\n{table}"));
    println!("{table}");
    assert!(
        untyped >= 0.75,
        "untyped F1 {untyped} is below 0.75:\n{table}"
    );
}

#[test]
fn names_kept_whole_states_joined_and_variants_merged_on_an_unseen_corpus() {
    let (_tmp, root) = copy_fixture("actor-merges");
    let all = ok(&root, &["actors", "--all"]);
    let pages = &all[..all.find("candidates below").expect("candidates listed")];
    let row = |id: &str| page_row(&all, id);
    // Cut right: a possessive, an "and" and an abbreviation dot inside a name.
    assert!(row("st-mary-s-fund").contains("St. Mary's Fund"));
    assert!(row("halvor-defence-and-space").contains("Halvor Defence and Space"));
    assert!(row("pellucid-inc").contains("Pellucid Inc."));
    // One page per actor: the state's forms and its acting capital; an airline's initials.
    let kenya = row("kenya");
    for alias in [
        "Government of Kenya",
        "Republic of Kenya",
        "Kenyan",
        "Nairobi",
    ] {
        assert!(kenya.contains(alias), "{alias} joins Kenya: {kenya}");
    }
    assert!(
        row("nairobi").contains("place"),
        "in Nairobi stays the city"
    );
    assert!(row("northern-air-cargo").contains("NAC"));
    // A given-name variant with the same role joins, and is listed once as merged.
    assert!(row("thomas-brenner").contains("Tom Brenner"));
    assert!(!pages.contains("tom-brenner "), "{all}");
    assert_eq!(
        all.matches("Tom Brenner ~ Thomas Brenner").count(),
        1,
        "{all}"
    );
    // A title before "for" names no one; an honorific is no role.
    assert!(!all.contains("for the Sahel"), "{all}");
    ok(&root, &["build"]);
    for page in ["thomas-brenner", "kenya", "northern-air-cargo"] {
        let html = read(root.join(format!("site/actors/{page}.html")));
        assert!(!html.contains("<dd>Mr"), "{page}: an honorific as a role");
    }
}

#[test]
fn actors_all_drops_a_merge_once_the_editor_has_settled_it() {
    let (_tmp, root) = copy_fixture("actor-merges");
    fs::write(
        root.join("content/actors/thomas-brenner.md"),
        "+++\naliases = [\"Tom Brenner\"]\n+++\nThe carrier's chief executive.\n",
    )
    .unwrap();
    let all = ok(&root, &["actors", "--all"]);
    assert!(!all.contains("Tom Brenner ~"), "{all}");
    assert!(!all.to_lowercase().contains("tom brenner ~"), "{all}");
    assert!(all.contains("thomas-brenner"), "{all}");
}

/// Writes each (file, text) outside the project and adds it.
fn add_texts(tmp: &tempfile::TempDir, root: &Path, texts: &[(&str, &str)]) {
    for (file, text) in texts {
        let path = tmp.path().join(file);
        fs::write(&path, text).unwrap();
        ok(root, &["add", path.to_str().unwrap()]);
    }
}

#[test]
fn actors_all_drops_a_surname_the_editor_moved_with_same_as() {
    let (tmp, root) = new_project();
    let texts = [
        ("lind-a.txt", "Port board meets\n\nJana Lind, the harbour minister, said on Monday that the port would reopen. Lind added that fees would rise.\n"),
        ("lind-b.txt", "Fishing fleet protests\n\nPiet Lind, a trawler captain, said on Tuesday that the fleet would sail anyway. Lind called the fees unfair.\n"),
        ("lind-c.txt", "Fees row grows\n\nLind said on Wednesday that the fees would rise in May.\n"),
    ];
    add_texts(&tmp, &root, &texts);
    let all = ok(&root, &["actors", "--all"]);
    assert_eq!(
        all.to_lowercase()
            .matches("lind ~ jana lind / piet lind")
            .count(),
        1,
        "{all}"
    );
    fs::write(
        root.join("content/actors/lind.md"),
        "+++\nsame-as = \"jana-lind\"\n+++\n",
    )
    .unwrap();
    let all = ok(&root, &["actors", "--all"]);
    assert!(!all.to_lowercase().contains("lind ~"), "{all}");
    assert!(all.contains("0 uncertain merges"), "{all}");
}

#[test]
fn a_team_without_its_city_undefined_initials_and_a_company_noun_join_their_actor() {
    let (tmp, root) = new_project();
    let texts = [
        ("hawks-a.txt", "Hawks win at home\n\nThe Denver Ridge Hawks beat the visitors 3-1 on Saturday, the coach Lena Ortmann said. The Ridge Hawks now lead the table.\n"),
        ("hawks-b.txt", "Ridge Hawks sign a striker\n\nThe Ridge Hawks signed a new striker on Monday, The Marlow Courier reported. TMC said the fee was the highest the club had paid.\n"),
        ("courier-c.txt", "Courier sold\n\nThe Marlow Courier was sold on Friday to a media group. Carmaker VKT said it would keep its advertising there. VKT gave no figures.\n"),
    ];
    add_texts(&tmp, &root, &texts);
    let all = ok(&root, &["actors", "--all"]);
    let row = |id: &str| page_row(&all, id);
    // The team named with and without its city: one organisation, not a person.
    let hawks = row("denver-ridge-hawks");
    assert!(hawks.contains("Ridge Hawks"), "{hawks}");
    assert!(hawks.contains("organisation"), "{hawks}");
    assert!(!all.contains("\n  ridge-hawks "), "{all}");
    // Initials no source defines join the one name they spell.
    assert!(row("the-marlow-courier").contains("TMC"), "{all}");
    assert!(row("the-marlow-courier").contains("organisation"), "{all}");
    // "Carmaker" opening the sentence is not part of the company's name.
    assert!(row("vkt").contains("organisation"), "{all}");
    assert!(!all.contains("Carmaker VKT"), "{all}");
    assert!(
        all.contains("Ridge Hawks ~ Denver Ridge Hawks")
            && all.contains("TMC ~ The Marlow Courier"),
        "both merges are listed for the editor: {all}"
    );
}

#[test]
fn a_branch_and_its_abbreviations_join_and_actors_all_respects_the_editor() {
    let (tmp, root) = new_project();
    let texts = [
        ("army-a.txt", "Port shelled\n\nThe Varn Popular Army Ostrava Command (VPLA-O) shelled the port on Monday, officials said. VPLA-O fighters withdrew by night.\n"),
        ("army-b.txt", "Claim of the attack\n\nThe Varn Popular Army-O claimed the attack on Tuesday, a statement said. Officials blamed Kessel-Ostrava for the shelling.\n"),
        ("army-c.txt", "Ground lost\n\nThe Varn Popular Army Ostrava has lost ground since Monday, officials in Tessin said on Wednesday. The Varn Popular Army (VPA) said that VPA-Ostrava would hold.\n"),
    ];
    add_texts(&tmp, &root, &texts);
    let all = ok(&root, &["actors", "--all"]);
    let row = page_row(&all, "varn-popular-army-ostrava-command");
    for alias in [
        "VPLA-O",
        "VPA-Ostrava",
        "Varn Popular Army-O",
        "Varn Popular Army Ostrava",
    ] {
        assert!(
            row.contains(alias),
            "{alias} joins the branch: {row}\n{all}"
        );
    }
    // A branch under another parent's name is the editor's to judge: listed once, not merged.
    assert!(all.contains("kessel-ostrava "), "{all}");
    let listed = |all: &str| {
        all.to_lowercase()
            .matches("kessel-ostrava ~ varn popular army ostrava command")
            .count()
    };
    assert_eq!(listed(&all), 1, "{all}");
    // The editor merges it: the pair, and the page, are gone from the listing.
    fs::write(
        root.join("content/actors/kessel-ostrava.md"),
        "+++\nsame-as = \"varn-popular-army-ostrava-command\"\n+++\n",
    )
    .unwrap();
    let all = ok(&root, &["actors", "--all"]);
    assert_eq!(listed(&all), 0, "{all}");
    assert!(!all.contains("kessel-ostrava "), "{all}");
    // The merges the tool made stay listed until the editor names them in a file.
    assert!(all.contains("Varn Popular Army-O ~"), "{all}");
    fs::write(
        root.join("content/actors/varn-popular-army-ostrava-command.md"),
        "+++\naliases = [\"Varn Popular Army-O\", \"Varn Popular Army Ostrava\"]\n+++\n",
    )
    .unwrap();
    let all = ok(&root, &["actors", "--all"]);
    assert!(
        !all.to_lowercase().contains("varn popular army-o ~"),
        "{all}"
    );
    assert!(
        !all.to_lowercase().contains("varn popular army ostrava ~"),
        "{all}"
    );
}

#[test]
fn a_lone_given_name_a_nickname_a_home_place_and_plural_bodies_join_their_actors() {
    let (tmp, root) = new_project();
    let texts = [
        ("clinic-a.txt", "Singer checks in\n\nThe singer Regina Lasko has entered Corvina Pledges Treatment Center on Tuesday, her agent said. Regina thanked her fans.\n"),
        ("clinic-b.txt", "Lasko in care\n\nRegina Lasko has checked into Pledges Treatment Center, her agent said. Pledges is a favourite of stars.\n"),
        ("clinic-c.txt", "Clinic stay\n\nRegina Lasko went to the Pledges Treatment Center in Corvina. Her friends said Pledges will help her.\n"),
        ("coach-a.txt", "Coach hired\n\nThe Harbour Rovers hired Maurice Tollan as coach on Monday.\n"),
        ("coach-b.txt", "New coach\n\nMo Tollan took over the Harbour Rovers, the club said. Tollan said the squad was ready.\n"),
        ("coach-c.txt", "Coach speaks\n\nTollan said on Friday that the Rovers would press high. The Harbour and Transport Ministries approved the stadium.\n"),
    ];
    add_texts(&tmp, &root, &texts);
    let all = ok(&root, &["actors", "--all"]);
    let row = |id: &str| page_row(&all, id);
    // "Regina" alone is the one Regina of her source.
    assert!(row("regina-lasko").contains(" 4 "), "{all}");
    assert!(!all.contains("\n  regina "), "{all}");
    // A body with and without its home place, and its name alone: one page.
    let clinic = row("corvina-pledges-treatment-center");
    assert!(clinic.contains("Pledges Treatment Center"), "{clinic}");
    assert!(clinic.contains("Pledges;"), "{clinic}");
    assert!(!all.contains("\n  pledges "), "{all}");
    // A nickname and the surname alone join the full name.
    let coach = row("maurice-tollan");
    assert!(
        coach.contains("Mo Tollan") && coach.contains("Tollan"),
        "{all}"
    );
    assert!(!all.contains("\n  tollan "), "{all}");
    // "the Harbour and Transport Ministries": two bodies, named in the singular.
    for body in ["harbour-ministry", "transport-ministry"] {
        assert!(all.contains(&format!("\n  {body} ")), "{body}: {all}");
    }
}

/// The row of page `id` in the page part of `sourcebook actors --all` (before the merge
/// candidates, when any are listed).
fn page_row(all: &str, id: &str) -> String {
    let pages = all.find("candidates below").map_or(all, |end| &all[..end]);
    pages
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{id} ")))
        .unwrap_or_else(|| panic!("no page {id} in\n{all}"))
        .to_string()
}

#[test]
fn one_mention_is_enough_for_a_full_name_with_a_role_or_a_headed_body_at_the_default_threshold() {
    let (tmp, root) = new_project();
    let texts = [
        ("quay-a.txt", "Quay reopens\n\nPrime Minister Ilse Varnhagen said on Monday that the quay would reopen in May. Dorrit told the crowd the fees would stay.\n"),
        ("quay-b.txt", "Fees stay\n\nThe Tessaly Dock Authority said on Tuesday that fees would stay as they are. A harbour pilot said the quay was safe.\n"),
    ];
    add_texts(&tmp, &root, &texts);
    let all = ok(&root, &["actors", "--all"]);
    let pages = &all[..all.find("candidates below").unwrap_or(all.len())];
    // The default threshold is two mentions; a full name with a title, or a body named with
    // its head-word, is enough on its own.
    assert!(page_row(&all, "ilse-varnhagen").contains("person"), "{all}");
    assert!(
        page_row(&all, "tessaly-dock-authority").contains("organisation"),
        "{all}"
    );
    // A bare name said once is below it.
    assert!(!pages.contains("dorrit"), "{all}");
    assert!(all.contains("Dorrit"), "listed as a candidate: {all}");
}
