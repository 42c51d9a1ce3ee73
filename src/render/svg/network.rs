//! The network of actors mentioned together: dots sized by passages, lines by passages shared,
//! laid out by force (see `layout`) and then nudged until no label covers another or a dot.

use super::layout::{axis_scale, force_layout, place_axis};
use super::text::{ems, wrap};
use super::{class_token, escape, num, open_svg, passages, safe_href, FONT, WIDTH};
use std::fmt::Write;

/// One actor: a dot sized by `weight`, linking to the actor's page.
pub(crate) struct NetworkNode {
    pub label: String,
    pub href: String,
    /// Passages that mention the actor.
    pub weight: usize,
    /// The class suffix (`node-person`, `node-state`…) the stylesheet colours by.
    pub kind: String,
}

/// Two actors mentioned together: indices into the node slice.
pub(crate) struct NetworkEdge {
    pub a: usize,
    pub b: usize,
    /// Passages that mention both.
    pub weight: usize,
}

pub(super) const NET_MARGIN: f64 = 6.0;
/// Longer names are cut with "…" in the picture (the link's title keeps them whole).
pub(super) const NET_LABEL_EMS: f64 = 15.0;
const NET_LABEL_GAP: f64 = 5.0;
const NET_LABEL_HEIGHT: f64 = FONT * 1.2;
const NODE_RADIUS_MIN: f64 = 5.0;
const NODE_RADIUS_MAX: f64 = 20.0;
const EDGE_WIDTH_MIN: f64 = 1.0;
const EDGE_WIDTH_MAX: f64 = 6.0;
/// How far one axis may be stretched relative to the other when fitting the layout into
/// the box, so a nearly flat cluster is not blown up into a diagonal.
const MAX_STRETCH: f64 = 1.5;
/// Rounds of pushing overlapping labels apart; most layouts settle in a few.
const SEPARATION_PASSES: usize = 200;
/// Space kept between one node's footprint and the next.
const LABEL_CLEARANCE: f64 = 2.0;

/// The actor network as an inline `<svg>`, or an empty string when there are no nodes.
///
/// Callers pass nodes in a stable order (heaviest first looks best: they start near the
/// centre). Edges whose ends are out of range or equal are ignored. The layout costs
/// O(n² × iterations), meant for a few dozen nodes.
pub(crate) fn network_svg(
    nodes: &[NetworkNode],
    edges: &[NetworkEdge],
    title: &str,
    description: &str,
) -> String {
    if nodes.is_empty() {
        return String::new();
    }
    let edges: Vec<&NetworkEdge> = edges
        .iter()
        .filter(|e| e.a < nodes.len() && e.b < nodes.len() && e.a != e.b)
        .collect();
    let height = network_height(nodes.len());
    let placed = network_layout(nodes, &edges, height);

    let mut out = open_svg(
        "network",
        "network",
        WIDTH,
        height,
        FONT,
        title,
        description,
    );
    // Lines have no stroke by default: currentColor keeps them visible without the
    // stylesheet (feed readers, reader modes) and any CSS rule overrides it.
    out.push_str("<g class=\"edges\" stroke=\"currentColor\">\n");
    let heaviest = edges.iter().map(|e| e.weight).max().unwrap_or(0).max(1);
    let mut by_weight = edges.clone();
    // Heavy links last, so they are drawn over the faint ones they cross.
    by_weight.sort_by_key(|e| e.weight);
    for edge in by_weight {
        let (a, b) = (&placed[edge.a], &placed[edge.b]);
        let width = EDGE_WIDTH_MIN
            + (EDGE_WIDTH_MAX - EDGE_WIDTH_MIN) * (edge.weight as f64 / heaviest as f64).sqrt();
        let _ = writeln!(
            out,
            "<line class=\"edge\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke-width=\"{}\"><title>{} – {}: {} together</title></line>",
            num(a.x),
            num(a.y),
            num(b.x),
            num(b.y),
            num(width),
            escape(&nodes[edge.a].label),
            escape(&nodes[edge.b].label),
            passages(edge.weight)
        );
    }
    out.push_str("</g>\n<g class=\"nodes\">\n");
    for (node, place) in nodes.iter().zip(&placed) {
        let label = &place.label;
        let _ = writeln!(
            out,
            "<a href=\"{}\" class=\"node node-{}\"><title>{} ({})</title><circle cx=\"{}\" cy=\"{}\" r=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text></a>",
            escape(safe_href(&node.href)),
            class_token(&node.kind),
            escape(&node.label),
            passages(node.weight),
            num(place.x),
            num(place.y),
            num(place.r),
            num(label.anchor_x()),
            num(label.baseline()),
            label.anchor.as_str(),
            escape(&place.text)
        );
    }
    out.push_str("</g>\n</svg>\n");
    out
}

#[derive(Debug)]
struct PlacedNode {
    x: f64,
    y: f64,
    r: f64,
    /// The label as drawn, possibly shortened.
    text: String,
    label: Label,
}

#[derive(Clone, Copy, Debug)]
enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn overlap(&self, other: &Rect) -> f64 {
        let w = self.x1.min(other.x1) - self.x0.max(other.x0);
        let h = self.y1.min(other.y1) - self.y0.max(other.y0);
        if w > 0.0 && h > 0.0 {
            w * h
        } else {
            0.0
        }
    }

    fn inside(&self, width: f64, height: f64) -> bool {
        self.x0 >= 0.0 && self.y0 >= 0.0 && self.x1 <= width && self.y1 <= height
    }
}

/// Where a label goes: the box its text is estimated to fill, and which end is anchored.
#[derive(Clone, Copy, Debug)]
struct Label {
    rect: Rect,
    anchor: Anchor,
}

impl Label {
    fn anchor_x(&self) -> f64 {
        match self.anchor {
            Anchor::Start => self.rect.x0,
            Anchor::Middle => (self.rect.x0 + self.rect.x1) / 2.0,
            Anchor::End => self.rect.x1,
        }
    }

    /// Places the baseline so the lowercase letters sit in the middle of the box.
    fn baseline(&self) -> f64 {
        (self.rect.y0 + self.rect.y1) / 2.0 + 0.35 * FONT
    }
}

/// Positions in viewBox units: a force-directed layout stretched to fill the box, nodes
/// nudged apart until their dots and labels no longer collide, then each label moved, if
/// need be, to the side where it collides least.
fn network_layout(nodes: &[NetworkNode], edges: &[&NetworkEdge], height: f64) -> Vec<PlacedNode> {
    let heaviest = nodes.iter().map(|n| n.weight).max().unwrap_or(0).max(1) as f64;
    let radii: Vec<f64> = nodes
        .iter()
        .map(|n| {
            NODE_RADIUS_MIN
                + (NODE_RADIUS_MAX - NODE_RADIUS_MIN) * (n.weight as f64 / heaviest).sqrt()
        })
        .collect();
    let strongest = edges.iter().map(|e| e.weight).max().unwrap_or(0).max(1) as f64;
    let springs: Vec<(usize, usize, f64)> = edges
        .iter()
        .map(|e| (e.a, e.b, 0.5 + (e.weight as f64 / strongest).sqrt()))
        .collect();
    let raw = force_layout(nodes.len(), &springs, height);

    let texts: Vec<String> = nodes
        .iter()
        .map(|n| {
            wrap(&n.label, NET_LABEL_EMS, 1)
                .into_iter()
                .next()
                .unwrap_or_default()
        })
        .collect();
    let widths: Vec<f64> = texts.iter().map(|t| ems(t) * FONT).collect();

    // Dots first fill the box; then each label goes where it fits. Reserving label room in
    // the fit would squeeze the dots into the middle third.
    let half_y: Vec<f64> = radii
        .iter()
        .map(|r| r.max(NET_LABEL_HEIGHT / 2.0))
        .collect();
    let raw_x: Vec<f64> = raw.iter().map(|p| p.0).collect();
    let raw_y: Vec<f64> = raw.iter().map(|p| p.1).collect();
    let sx = axis_scale(&raw_x, &radii, WIDTH);
    let sy = axis_scale(&raw_y, &half_y, height);
    let (sx, sy) = (sx.min(sy * MAX_STRETCH), sy.min(sx * MAX_STRETCH));
    let mut xs = place_axis(&raw_x, sx, &radii, WIDTH);
    let mut ys = place_axis(&raw_y, sy, &half_y, height);

    // Outward, away from the middle where lines are densest, unless that side is too
    // narrow; then inward, where there is more room (and `separate` moves the node if
    // even that is not enough).
    let rightward: Vec<bool> = (0..nodes.len())
        .map(|i| {
            let reach = radii[i] + NET_LABEL_GAP + widths[i];
            if xs[i] >= WIDTH / 2.0 {
                xs[i] + reach <= WIDTH - NET_MARGIN
            } else {
                xs[i] - reach < NET_MARGIN
            }
        })
        .collect();
    let footprints: Vec<Footprint> = (0..nodes.len())
        .map(|i| {
            let reach = radii[i] + NET_LABEL_GAP + widths[i];
            let (left, right) = if rightward[i] {
                (radii[i], reach)
            } else {
                (reach, radii[i])
            };
            Footprint {
                left,
                right,
                half_height: half_y[i],
            }
        })
        .collect();
    separate(&mut xs, &mut ys, &footprints, height);

    let dots: Vec<Rect> = (0..nodes.len())
        .map(|i| Rect {
            x0: xs[i] - radii[i],
            y0: ys[i] - radii[i],
            x1: xs[i] + radii[i],
            y1: ys[i] + radii[i],
        })
        .collect();
    let candidates: Vec<[Label; 4]> = (0..nodes.len())
        .map(|i| label_candidates(xs[i], ys[i], radii[i], widths[i], rightward[i]))
        .collect();
    let mut labels: Vec<Label> = candidates.iter().map(|c| c[0]).collect();
    let mut settled: Vec<Rect> = Vec::with_capacity(nodes.len());
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    // The biggest actors choose first, so theirs are the labels that stay beside the dot.
    order.sort_by(|&a, &b| nodes[b].weight.cmp(&nodes[a].weight).then(a.cmp(&b)));
    for i in order {
        let cost = |c: &Label| -> f64 {
            let crowd: f64 = settled.iter().map(|l| c.rect.overlap(l)).sum();
            let hidden: f64 = dots
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, d)| c.rect.overlap(d))
                .sum();
            crowd + hidden
        };
        // min_by keeps the first of equals, so a clear preferred side wins ties.
        if let Some(best) = candidates[i]
            .iter()
            .filter(|c| c.rect.inside(WIDTH, height))
            .min_by(|a, b| cost(a).total_cmp(&cost(b)))
        {
            labels[i] = *best;
        }
        settled.push(labels[i].rect);
    }

    texts
        .into_iter()
        .zip(labels)
        .enumerate()
        .map(|(i, (text, label))| PlacedNode {
            x: xs[i],
            y: ys[i],
            r: radii[i],
            text,
            label,
        })
        .collect()
}

/// How far a node's dot and label reach from its centre.
struct Footprint {
    left: f64,
    right: f64,
    half_height: f64,
}

/// Pushes apart nodes whose dot-and-label footprints overlap, since the force layout knows
/// nothing of labels. Mostly vertical moves, as labels are wide and short; everything stays
/// inside the margins.
fn separate(xs: &mut [f64], ys: &mut [f64], footprints: &[Footprint], height: f64) {
    let x_range = |f: &Footprint| (NET_MARGIN + f.left, WIDTH - NET_MARGIN - f.right);
    let y_range = |f: &Footprint| {
        (
            NET_MARGIN + f.half_height,
            height - NET_MARGIN - f.half_height,
        )
    };
    for (k, f) in footprints.iter().enumerate() {
        let ((x_lo, x_hi), (y_lo, y_hi)) = (x_range(f), y_range(f));
        xs[k] = xs[k].max(x_lo).min(x_hi);
        ys[k] = ys[k].max(y_lo).min(y_hi);
    }
    for _ in 0..SEPARATION_PASSES {
        let mut moved = false;
        for i in 0..xs.len() {
            for j in i + 1..xs.len() {
                let (a, b) = (&footprints[i], &footprints[j]);
                // Overlap counting the clearance; tiny leftovers from rounding are ignored
                // so a settled layout stops early.
                let ox = (xs[i] + a.right).min(xs[j] + b.right)
                    - (xs[i] - a.left).max(xs[j] - b.left)
                    + LABEL_CLEARANCE;
                let oy = a.half_height + b.half_height - (ys[i] - ys[j]).abs() + LABEL_CLEARANCE;
                if ox <= 0.01 || oy <= 0.01 {
                    continue;
                }
                moved = true;
                // The shorter way first; the other when an edge of the box blocks it.
                let vertical_first = oy <= ox;
                for vertical in [vertical_first, !vertical_first] {
                    let blocked = if vertical {
                        push_apart(ys, i, j, oy, |k| y_range(&footprints[k]))
                    } else {
                        push_apart(xs, i, j, ox, |k| x_range(&footprints[k]))
                    };
                    if blocked <= 0.01 {
                        break;
                    }
                }
            }
        }
        if !moved {
            break;
        }
    }
}

/// Moves items `i` and `j` apart by `amount` along one axis: half each where both have
/// room within their `range`, otherwise as much as the freer one can take, so a node
/// against the edge does not hold its neighbour in place. Returns how much would not fit.
fn push_apart(
    pos: &mut [f64],
    i: usize,
    j: usize,
    amount: f64,
    range: impl Fn(usize) -> (f64, f64),
) -> f64 {
    let (low, high) = if pos[i] <= pos[j] { (i, j) } else { (j, i) };
    let room_low = (pos[low] - range(low).0).max(0.0);
    let room_high = (range(high).1 - pos[high]).max(0.0);
    let down = (amount / 2.0).min(room_low);
    let up = (amount - down).min(room_high);
    let down = (amount - up).min(room_low);
    pos[low] -= down;
    pos[high] += up;
    amount - down - up
}

/// Room for labels grows with their number: about 25 actors fill 730 units, 40 fill 880.
fn network_height(nodes: usize) -> f64 {
    480.0 + 10.0 * nodes as f64
}

/// Where a node's label may go, best first: the outward side, the inward side, above, below.
fn label_candidates(x: f64, y: f64, r: f64, width: f64, rightward: bool) -> [Label; 4] {
    let h = NET_LABEL_HEIGHT;
    let beside = |x0: f64, anchor: Anchor| Label {
        rect: Rect {
            x0,
            y0: y - h / 2.0,
            x1: x0 + width,
            y1: y + h / 2.0,
        },
        anchor,
    };
    let stacked = |y0: f64| Label {
        rect: Rect {
            x0: x - width / 2.0,
            y0,
            x1: x + width / 2.0,
            y1: y0 + h,
        },
        anchor: Anchor::Middle,
    };
    let right = beside(x + r + NET_LABEL_GAP, Anchor::Start);
    let left = beside(x - r - NET_LABEL_GAP - width, Anchor::End);
    let above = stacked(y - r - NET_LABEL_GAP / 2.0 - h);
    let below = stacked(y + r + NET_LABEL_GAP / 2.0);
    if rightward {
        [right, left, above, below]
    } else {
        [left, right, above, below]
    }
}

#[cfg(test)]
mod tests;
