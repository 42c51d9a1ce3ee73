//! The citations and the reference list of editor prose come from templates a project can
//! override by name, like every other piece of a page's HTML.

mod common;
use common::*;
use std::fs;

#[test]
fn a_project_restyles_citations_and_references_by_overriding_their_templates() {
    let (_tmp, root) = copy_fixture("valid");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/citation.html"),
        "{% for cite in cites %}<a class=\"my-cite\" id=\"{{ cite.id }}\" href=\"#{{ cite.reference }}\">{{ cite.number }}</a>{% endfor %}",
    )
    .unwrap();
    fs::write(
        root.join("templates/references.html"),
        "<ul class=\"my-refs\">{% for r in references %}<li id=\"{{ r.anchor }}\"><a href=\"{{ root }}{{ r.passage }}\">{{ r.title }}</a> <a href=\"{{ root }}{{ r.original }}\">original</a></li>{% endfor %}</ul>\n",
    )
    .unwrap();
    ok(&root, &["build"]);
    let front = read(root.join("site/index.html"));
    assert!(!front.contains("cite-refs") && !front.contains("class=\"references\""));
    assert!(
        front.contains("<a class=\"my-cite\" id=\"cite-1-1\" href=\"#ref-1\">1</a>"),
        "{front}"
    );
    assert!(front
        .contains("<ul class=\"my-refs\"><li id=\"ref-1\"><a href=\"sources/harbour-text.html#c-"));
    assert!(front.contains("\">original</a></li>"));
    // The overrides still link where the built-in ones do: the site's own links all resolve.
    ok(&root, &["check"]);
}

#[test]
fn a_broken_citation_template_fails_the_build_naming_its_file() {
    let (_tmp, root) = copy_fixture("valid");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/references.html"),
        "{{ references.nope.nope }}",
    )
    .unwrap();
    let err = fails(&root, &["build"]);
    assert!(err.contains("templates/references.html"), "{err}");
    assert!(err.contains("previous site is untouched"), "{err}");
}
