//! `sourcebook check`: verifies without publishing and reports every problem.

mod common;
use common::*;
use std::fs;

#[test]
fn a_sound_project_passes_and_nothing_is_written() {
    let (_tmp, root) = copy_fixture("valid");
    let out = ok(&root, &["check"]);
    assert!(out.contains("check passed"), "{out}");
    assert!(!root.join("site").exists(), "check publishes nothing");
}

#[test]
fn a_tampered_original_fails() {
    let (_tmp, root) = copy_fixture("invalid/tampered-original");
    let err = fails(&root, &["check"]);
    assert!(
        err.contains("tampered.orig.txt: the original of source \"tampered\" no longer matches"),
        "{err}"
    );
}

#[test]
fn broken_citations_are_all_reported_with_locations() {
    let (_tmp, root) = copy_fixture("valid");
    fs::write(
        root.join("content/index.md"),
        "# T\n\nA [@harbour-text \"no such words at all\"].\nB [@ghost \"x\"].\n",
    )
    .unwrap();
    let err = fails(&root, &["check"]);
    assert!(err.contains("content/index.md:3:4: the quote"), "{err}");
    // Compiler-style: the offending line, and a caret under the citation.
    assert!(
        err.contains("3 | A [@harbour-text \"no such words at all\"].\n  |    ^"),
        "{err}"
    );
    assert!(
        err.contains("content/index.md:4:4: no source has the id \"ghost\""),
        "{err}"
    );
}

#[test]
fn broken_internal_links_and_anchors_are_problems() {
    let (_tmp, root) = copy_fixture("valid");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/sources.html"),
        "{% extends \"base.html\" %}{% block main %}\n<a href=\"{{ place.root }}nowhere.html\">x</a>\n<a href=\"{{ place.root }}index.html#missing\">y</a>{% endblock main %}",
    )
    .unwrap();
    let output = run(&root, &["check"]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("problem: sources/index.html:"), "{err}");
    assert!(
        err.contains("link to \"../nowhere.html\": no such file"),
        "{err}"
    );
    assert!(
        err.contains("link to \"../index.html#missing\": no such anchor"),
        "{err}"
    );
    assert!(err.contains("check found 2 problems"), "{err}");
}

#[test]
fn only_real_attributes_are_links_not_comments_scripts_or_text() {
    let (_tmp, root) = copy_fixture("valid");
    fs::create_dir_all(root.join("templates")).unwrap();
    fs::write(
        root.join("templates/sources.html"),
        "{% extends \"base.html\" %}{% block main %}\n\
         <!-- <a href=\"{{ place.root }}draft.html\">draft</a> -->\n\
         <script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"text\":\"<a href=\"nowhere.html\">\"}</script>\n\
         <p>Write href=\"x.html\" to link.</p>\n\
         <a href='{{ place.root }}missing.html?a=1&amp;b=2'>x</a>{% endblock main %}",
    )
    .unwrap();
    let output = run(&root, &["check"]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.contains("problem: sources/index.html:")
            && err.contains(": link to \"../missing.html?a=1&b=2\": no such file"),
        "{err}"
    );
    assert!(err.contains("check found 1 problem\n"), "{err}");
}

#[test]
fn curation_that_points_at_nothing_is_a_problem() {
    let (_tmp, root) = copy_fixture("valid");
    fs::write(
        root.join("content/actors/ghost.md"),
        "+++\nhidden = true\n+++\n",
    )
    .unwrap();
    let output = run(&root, &["check"]);
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.contains("ghost.md:2:1: hidden actor \"ghost\" matches nothing"),
        "{err}"
    );
}
