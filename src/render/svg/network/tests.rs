use super::*;
use crate::render::svg::testing::{assert_plain_svg, numbers, svg_size};

fn node(label: &str, weight: usize, kind: &str) -> NetworkNode {
    NetworkNode {
        label: label.to_string(),
        href: format!("/actors/{}/", label.to_lowercase().replace(' ', "-")),
        weight,
        kind: kind.to_string(),
    }
}

fn edge(a: usize, b: usize, weight: usize) -> NetworkEdge {
    NetworkEdge { a, b, weight }
}

/// Twenty-five actors: a dense core, a chain, two loners and some long names.
fn sample_network() -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    let names = [
        "Ursula von der Leyen",
        "European Commission",
        "Germany",
        "France",
        "Emmanuel Macron",
        "Olaf Scholz",
        "Brussels",
        "European Central Bank",
        "Christine Lagarde",
        "Italy",
        "Giorgia Meloni",
        "International Monetary Fund",
        "Poland",
        "Donald Tusk",
        "Strasbourg",
        "NATO",
        "Mark Rutte",
        "Netherlands",
        "Kyiv",
        "Volodymyr Zelenskyy",
        "Council of the European Union",
        "Spain",
        "Pedro Sánchez",
        "WORLD HEALTH ORGANIZATION",
        "A very long organisation name that keeps going and going",
    ];
    let kinds = ["person", "organisation", "state", "place", "other"];
    let nodes = names
        .iter()
        .enumerate()
        .map(|(i, name)| node(name, 40 - i, kinds[i % kinds.len()]))
        .collect();
    let edges = [
        (0, 1, 25),
        (0, 2, 10),
        (0, 3, 8),
        (0, 4, 6),
        (0, 5, 7),
        (1, 6, 12),
        (1, 7, 5),
        (2, 5, 15),
        (3, 4, 14),
        (7, 8, 12),
        (9, 10, 9),
        (12, 13, 7),
        (15, 16, 5),
        (17, 16, 4),
        (18, 19, 5),
        (0, 19, 3),
        (1, 20, 3),
        (21, 22, 3),
        (2, 3, 6),
        (0, 9, 2),
        (8, 11, 3),
        (1, 14, 2),
        (2, 15, 2),
    ]
    .iter()
    .map(|&(a, b, w)| edge(a, b, w))
    .collect();
    (nodes, edges)
}

/// The most callers pass: forty actors, one hub, a ring and some long names.
fn crowded_network() -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    let nodes = (0..40)
        .map(|i| {
            let name = if i % 7 == 3 {
                format!("Ministry of Something Rather Long {i}")
            } else {
                format!("Actor {i}")
            };
            node(&name, 40 - i, "person")
        })
        .collect();
    let edges = (1..40)
        .flat_map(|i| [edge(0, i, 1 + i % 5), edge(i, 1 + i % 39, 1)])
        .collect();
    (nodes, edges)
}

#[test]
fn same_input_same_bytes() {
    let (nodes, edges) = sample_network();
    let first = network_svg(&nodes, &edges, "Actors", "Who appears with whom.");
    assert_eq!(
        first,
        network_svg(&nodes, &edges, "Actors", "Who appears with whom.")
    );
}

#[test]
fn nothing_to_draw_draws_nothing() {
    assert_eq!(network_svg(&[], &[edge(0, 1, 3)], "t", "d"), "");
}

#[test]
fn untrusted_text_is_escaped_and_script_links_are_dead() {
    let nodes = [
        NetworkNode {
            label: "<script>alert(1)</script>".to_string(),
            href: "/a?x=1&y=\"2\"".to_string(),
            weight: 3,
            kind: "person\" onclick=\"x".to_string(),
        },
        NetworkNode {
            label: "O'Brien & Sons".to_string(),
            href: " JavaScript:alert(1)".to_string(),
            weight: 1,
            kind: "organisation".to_string(),
        },
    ];
    let svg = network_svg(&nodes, &[edge(0, 1, 2)], "<b>Title</b>", "a \"desc\"");
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(svg.contains("href=\"/a?x=1&amp;y=&quot;2&quot;\""));
    assert!(svg.contains("O&#39;Brien &amp; Sons"));
    assert!(svg.contains("href=\"#\""));
    assert!(!svg.to_lowercase().contains("javascript"));
    assert!(svg.contains("class=\"node node-person--onclick--x\""));
    assert!(svg.contains("<title id=\"network-title\">&lt;b&gt;Title&lt;/b&gt;</title>"));
    assert!(svg.contains("<desc id=\"network-desc\">a &quot;desc&quot;</desc>"));
}

#[test]
fn roots_are_labelled_images_without_inline_styles() {
    let (nodes, edges) = sample_network();
    let network = network_svg(&nodes, &edges, "Actors", "Who appears with whom.");
    assert!(network.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 730\" role=\"group\" aria-labelledby=\"network-title network-desc\" class=\"network\""));
    assert_plain_svg(&network);
}

#[test]
fn every_node_is_a_link_with_its_count() {
    let (nodes, edges) = sample_network();
    let svg = network_svg(&nodes, &edges, "Actors", "Who appears with whom.");
    assert_eq!(svg.matches("<a href=").count(), nodes.len());
    assert_eq!(svg.matches("<circle ").count(), nodes.len());
    assert_eq!(svg.matches("<line class=\"edge\"").count(), edges.len());
    for node in &nodes {
        assert!(svg.contains(&format!(
            "<a href=\"{}\" class=\"node node-{}\"><title>{} ({} passages)</title>",
            node.href, node.kind, node.label, node.weight
        )));
    }
    assert!(svg.contains(
        "<title>Ursula von der Leyen – European Commission: 25 passages together</title>"
    ));
    // Shortened in the picture, whole in the tooltip.
    assert!(svg.contains(">A very long organisation n…</text>"));
    assert!(svg.contains(
        "<title>A very long organisation name that keeps going and going (16 passages)</title>"
    ));
}

#[test]
fn nodes_and_labels_stay_inside_the_box() {
    for (nodes, edges) in [sample_network(), crowded_network()] {
        let height = network_height(nodes.len());
        let edge_refs: Vec<&NetworkEdge> = edges.iter().collect();
        for node in network_layout(&nodes, &edge_refs, height) {
            assert!(
                node.x - node.r >= 0.0 && node.x + node.r <= WIDTH,
                "{node:?}"
            );
            assert!(
                node.y - node.r >= 0.0 && node.y + node.r <= height,
                "{node:?}"
            );
            assert!(node.label.rect.inside(WIDTH, height), "{node:?}");
        }
        // And as written, after rounding.
        let svg = network_svg(&nodes, &edges, "t", "d");
        assert_eq!(svg_size(&svg), (WIDTH, height));
        let (cx, cy, r) = (numbers(&svg, "cx"), numbers(&svg, "cy"), numbers(&svg, "r"));
        assert_eq!(cx.len(), nodes.len());
        for i in 0..cx.len() {
            assert!(cx[i] - r[i] >= 0.0 && cx[i] + r[i] <= WIDTH);
            assert!(cy[i] - r[i] >= 0.0 && cy[i] + r[i] <= height);
        }
    }
}

#[test]
fn labels_do_not_cover_each_other_or_dots() {
    for (nodes, edges) in [sample_network(), crowded_network()] {
        let edges: Vec<&NetworkEdge> = edges.iter().collect();
        let placed = network_layout(&nodes, &edges, network_height(nodes.len()));
        for (i, a) in placed.iter().enumerate() {
            for (_, b) in placed.iter().enumerate().filter(|&(j, _)| j != i) {
                assert_eq!(a.label.rect.overlap(&b.label.rect), 0.0, "{a:?} / {b:?}");
                let dot = Rect {
                    x0: b.x - b.r,
                    y0: b.y - b.r,
                    x1: b.x + b.r,
                    y1: b.y + b.r,
                };
                assert_eq!(a.label.rect.overlap(&dot), 0.0, "{a:?} over {b:?}");
            }
        }
    }
}

#[test]
fn sizes_follow_weights() {
    let nodes = [node("Big", 100, "state"), node("Small", 1, "place")];
    let svg = network_svg(&nodes, &[edge(0, 1, 1)], "t", "d");
    let r = numbers(&svg, "r");
    assert_eq!(r, vec![NODE_RADIUS_MAX, NODE_RADIUS_MIN + 1.5]);
    let nodes = [node("A", 1, "x"), node("B", 1, "x"), node("C", 1, "x")];
    let svg = network_svg(&nodes, &[edge(0, 1, 1), edge(1, 2, 100)], "t", "d");
    assert_eq!(
        numbers(&svg, "stroke-width"),
        vec![EDGE_WIDTH_MIN + 0.5, EDGE_WIDTH_MAX]
    );
}

#[test]
fn odd_networks_still_draw() {
    let one = network_svg(&[node("Alone", 0, "")], &[], "t", "d");
    assert!(one.contains("class=\"node node-other\""));
    assert!(!one.contains("NaN") && !one.contains("inf"));
    let nodes = [node("A", 2, "person"), node("B", 2, "person")];
    let svg = network_svg(
        &nodes,
        &[edge(0, 0, 5), edge(0, 7, 5), edge(1, 0, 1)],
        "t",
        "d",
    );
    assert_eq!(svg.matches("<line").count(), 1);
    let (cx, cy) = (numbers(&svg, "cx"), numbers(&svg, "cy"));
    assert!(cx[0] != cx[1] || cy[0] != cy[1]);
}
