//! Kinds and things on the `actor-kinds` fixture (invented aviation news, min-mentions 1):
//! products, prices and a market index get no page; firms get the organisation kind from
//! their head-words and context, even when named after a founder, and one page for their
//! short, full and legal names.

mod common;
use common::*;
use std::collections::BTreeMap;

/// The exported actors: name → kind.
fn exported_kinds() -> BTreeMap<String, String> {
    exported_actors()
        .into_iter()
        .map(|(name, (kind, _))| (name, kind))
        .collect()
}

/// The exported actors: name → (kind, aliases).
fn exported_actors() -> BTreeMap<String, (String, Vec<String>)> {
    let (_tmp, root) = built_fixture("actor-kinds");
    let json: serde_json::Value =
        serde_json::from_str(&read(root.join("site/data/briefing.json"))).unwrap();
    json["actors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let text = |key: &str| a[key].as_str().unwrap_or_default().to_string();
            let aliases = a["aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|alias| alias.as_str().map(str::to_string))
                .collect();
            (text("name"), (text("kind"), aliases))
        })
        .collect()
}

#[test]
fn products_prices_and_indices_get_no_page() {
    let kinds = exported_kinds();
    for thing in ["HA-220", "Skylark", "Norvale", "United States", "SGD", "US"] {
        assert!(
            !kinds.keys().any(|name| name.contains(thing)),
            "{thing} is no actor: {kinds:?}"
        );
    }
}

#[test]
fn firms_are_organisations_by_their_head_words_and_context() {
    let kinds = exported_kinds();
    for (name, kind) in [
        ("Harwick", "organisation"),
        ("Corvel Airways", "organisation"),
        ("Lindqvist Air", "organisation"),
        ("Ilse Brandauer", "person"),
        ("Tamsworth", "place"),
    ] {
        assert_eq!(
            kinds.get(name).map(String::as_str),
            Some(kind),
            "{name}: {kinds:?}"
        );
    }
}

#[test]
fn a_firms_short_full_and_legal_names_are_one_page() {
    let actors = exported_actors();
    let (kind, aliases) = &actors["Harwick"];
    assert_eq!(kind, "organisation");
    for alias in ["Harwick Aviation", "Harwick Aviation Inc."] {
        assert!(aliases.iter().any(|a| a == alias), "{alias}: {aliases:?}");
        assert!(
            !actors.contains_key(alias),
            "{alias} has no page of its own"
        );
    }
}
