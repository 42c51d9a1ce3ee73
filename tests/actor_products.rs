//! Products and kinds by evidence on the `actor-products` fixture (invented launch and market
//! news, min-mentions 1): products named by their launch, their maker's possessive, a product
//! noun after them, a list they share with a model, or an index's number get no page, while an
//! airline before its jets keeps one; companies are organisations by their shares, their
//! analysts and the lenders they are listed with; names listed with a place after "in", a
//! town's police and where someone is from are places.

mod common;
use common::*;

#[test]
fn products_get_no_page_by_each_kind_of_evidence() {
    let kinds = exported_kinds("actor-products");
    assert_no_actor_named(
        &kinds,
        &[
            // "new Vellum Air laptops": a head-word products bear, launched.
            "Vellum Air",
            // "the Vellum Pro" beside the Vellum Air: a model of the line.
            "Vellum Pro",
            // "Corvane Group's Quillstore", "the company's Quillstore".
            "Quillstore",
            // "the Corvane Zephyr, Pellar Quint, and Varnella": a list with a model.
            "Corvane Zephyr",
            "Pellar Quint",
            "Varnella",
            // "The Velmont 2000 Index dropped".
            "Velmont",
        ],
    );
}

#[test]
fn an_airline_before_its_jets_keeps_its_page() {
    let kinds = exported_kinds("actor-products");
    assert_kinds(
        &kinds,
        &[
            ("Orla Airlines", "organisation"),
            ("Corvane Group", "organisation"),
        ],
    );
}

#[test]
fn companies_are_organisations_by_their_shares_staff_and_lists() {
    let kinds = exported_kinds("actor-products");
    assert_kinds(
        &kinds,
        &[
            ("Brenlo", "organisation"),
            ("Dunmore", "organisation"),
            ("Velm Mutual", "organisation"),
            ("Quistcom", "organisation"),
        ],
    );
}

#[test]
fn names_listed_with_places_and_a_towns_police_are_places() {
    let kinds = exported_kinds("actor-products");
    assert_kinds(
        &kinds,
        &[
            ("Sherman", "place"),
            ("Varby", "place"),
            ("Tessby", "place"),
        ],
    );
}
