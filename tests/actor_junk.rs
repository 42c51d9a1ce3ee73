//! What is no actor on the `actor-junk` fixture (an invented county news report, min-mentions
//! 1): the pronoun with a clitic, degrees, a car after "a", storms, honours and what their
//! "for" names, roles with no one named; two names joined by "and" under one head-word, or a
//! title after "and", are two; a law is named by what it is; a news agency's abbreviation of
//! a state names it.

mod common;
use common::*;

#[test]
fn words_that_name_no_actor_get_no_page() {
    let kinds = exported_kinds("actor-junk");
    assert_no_actor_named(
        &kinds,
        &[
            "I'd",
            "I'm",
            "MD",
            "MBA",
            "PhD",
            "Selvo",
            "Hurricane",
            "Storm",
            "Award",
            "Fellowship",
            "Rural Health",
            "Surgeon General",
            "Associate Dean",
            "Msgr",
            "Doctor",
        ],
    );
}

#[test]
fn names_joined_by_and_under_one_head_word_or_before_a_title_are_two() {
    let kinds = exported_kinds("actor-junk");
    assert_kinds(
        &kinds,
        &[
            ("Harbor County", "place"),
            ("Dune County", "place"),
            ("U.S. Fish and Wildlife Service", "organisation"),
            ("National Marine Fisheries Service", "organisation"),
            ("Council on Ethical and Judicial Affairs", "organisation"),
            ("Tom Reyes", "person"),
            ("Lina Moss", "person"),
            ("Gary Lund", "person"),
            ("Ken Sallow", "person"),
        ],
    );
    assert!(
        !kinds.keys().any(|name| name.contains(" and Secretary")),
        "{kinds:?}"
    );
}

#[test]
fn laws_places_and_titled_people_get_their_kinds() {
    let kinds = exported_kinds("actor-junk");
    assert_kinds(
        &kinds,
        &[
            ("Coastal Marsh Act", "other"),
            ("Tarrow Accord", "other"),
            ("Rose Garden", "place"),
            ("West Virginia", "place"),
            ("Alma Veress", "person"),
            ("Otto Brand", "person"),
        ],
    );
}
