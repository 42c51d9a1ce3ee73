//! Kinds and things on the `actor-kinds` fixture (invented aviation news, min-mentions 1):
//! products, prices and a market index get no page; firms get the organisation kind from
//! their head-words and context, even when named after a founder, and one page for their
//! short, full and legal names.

mod common;
use common::*;

#[test]
fn products_prices_and_indices_get_no_page() {
    let kinds = exported_kinds("actor-kinds");
    assert_no_actor_named(
        &kinds,
        &["HA-220", "Skylark", "Norvale", "United States", "SGD", "US"],
    );
}

#[test]
fn firms_are_organisations_by_their_head_words_and_context() {
    let kinds = exported_kinds("actor-kinds");
    assert_kinds(
        &kinds,
        &[
            ("Harwick", "organisation"),
            ("Corvel Airways", "organisation"),
            ("Lindqvist Air", "organisation"),
            ("Ilse Brandauer", "person"),
            ("Tamsworth", "place"),
        ],
    );
}

#[test]
fn a_firms_short_full_and_legal_names_are_one_page() {
    let actors = exported_actors("actor-kinds");
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
