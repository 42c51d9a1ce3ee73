//! Names and titles of actor pages on the `actor-names` fixture (an invented court ruling,
//! min-mentions 1): a heritage is no state, a leader's tenure alone makes no page, a body
//! named in everyday words takes its specific name (its state's possessive counts), and
//! pieces of names shared across an "and" are no aliases.

mod common;
use common::*;

#[test]
fn heritage_and_tenure_make_no_pages() {
    let kinds = exported_kinds("actor-names");
    assert_no_actor_named(&kinds, &["Italy", "Canada", "Italian", "Harlan"]);
    assert_kinds(&kinds, &[("Dario Ventresca", "person")]);
}

#[test]
fn a_body_is_titled_by_its_specific_name_and_shows_no_pieces_as_aliases() {
    let actors = exported_actors("actor-names");
    let (kind, aliases) = &actors["Constitutional Court of Kenya"];
    assert_eq!(kind, "organisation");
    assert!(
        aliases.iter().any(|a| a == "Constitutional Court"),
        "{aliases:?}"
    );
    assert!(!actors.contains_key("Constitutional Court"), "{actors:?}");
    let (_, aliases) = &actors["Kenya's Interior Ministry"];
    assert!(
        aliases.iter().any(|a| a == "Interior Ministry"),
        "{aliases:?}"
    );
    assert!(!actors.contains_key("Interior Ministry"), "{actors:?}");
    for (page, piece) in [
        ("Trade Ministry", "Trade"),
        ("Justice Ministry", "Justice Ministries"),
    ] {
        let (_, aliases) = &actors[page];
        assert!(!aliases.iter().any(|a| a == piece), "{page}: {aliases:?}");
    }
}
