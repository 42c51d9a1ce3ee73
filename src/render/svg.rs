//! Two pictures drawn as inline SVG at build time: the network of actors mentioned
//! together, and a timeline of dated events.
//!
//! Laid out here rather than by a script in the browser so pages need no JavaScript and the
//! CSP can forbid it. Output is byte-identical for identical input (fixed iteration counts,
//! no hashing, one decimal at most) so rebuilds do not churn the site. Colours come from the
//! site's stylesheet through classes: inline styles would break `style-src 'self'`.

use super::highlight::escape_html as escape;
use super::markdown::is_safe_url;
use std::fmt::Write;

/// One actor: a dot sized by `weight`, linking to the actor's page.
pub struct NetworkNode {
    pub label: String,
    pub href: String,
    /// Passages that mention the actor.
    pub weight: usize,
    /// The class suffix (`node-person`, `node-state`…) the stylesheet colours by.
    pub kind: String,
}

/// Two actors mentioned together: indices into the node slice.
pub struct NetworkEdge {
    pub a: usize,
    pub b: usize,
    /// Passages that mention both.
    pub weight: usize,
}

/// One dated event on the timeline.
pub struct TimelineMark {
    pub label: String,
    pub href: String,
    /// The date as readers see it, e.g. "17 April 2025".
    pub date_label: String,
    /// Any number that grows with time (days since an epoch, say); only differences count.
    pub position: f64,
    /// Sources for the event; the dot grows a little with them.
    pub sources: usize,
    /// The year to mark on the axis, given rather than parsed back out of `date_label`
    /// because human dates ("spring 2025", "c. 1990") do not parse reliably.
    pub year: Option<i32>,
}

/// Narrow enough for the text to stay legible when scaled to a phone's width; the height
/// grows with the number of actors instead (see `network_height`).
const NET_WIDTH: f64 = 520.0;
/// Big enough to stay legible when the picture is scaled down to a phone's width.
const NET_FONT: f64 = 18.0;
const NET_MARGIN: f64 = 6.0;
/// Longer names are cut with "…" in the picture (the link's title keeps them whole).
const NET_LABEL_EMS: f64 = 15.0;
const NET_LABEL_GAP: f64 = 5.0;
const NET_LABEL_HEIGHT: f64 = NET_FONT * 1.2;
const NODE_RADIUS_MIN: f64 = 5.0;
const NODE_RADIUS_MAX: f64 = 20.0;
const EDGE_WIDTH_MIN: f64 = 1.0;
const EDGE_WIDTH_MAX: f64 = 6.0;
const LAYOUT_ITERATIONS: usize = 400;
/// How far one axis may be stretched relative to the other when fitting the layout into
/// the box, so a nearly flat cluster is not blown up into a diagonal.
const MAX_STRETCH: f64 = 1.5;
/// Rounds of pushing overlapping labels apart; most layouts settle in a few.
const SEPARATION_PASSES: usize = 200;
/// Space kept between one node's footprint and the next.
const LABEL_CLEARANCE: f64 = 2.0;
/// Pull towards the centre per unit of distance; only the shape matters, since the
/// result is rescaled to the box.
const GRAVITY: f64 = 0.5;
/// The golden angle's cosine and sine: turning by it spreads the initial spiral evenly
/// without any randomness.
const GOLDEN_COS: f64 = -0.737_368_878_078_319_7;
const GOLDEN_SIN: f64 = 0.675_490_294_261_523_8;

/// The actor network as an inline `<svg>`, or an empty string when there are no nodes.
///
/// Callers pass nodes in a stable order (heaviest first looks best: they start near the
/// centre). Edges whose ends are out of range or equal are ignored. The layout costs
/// O(n² × iterations), meant for a few dozen nodes.
pub fn network_svg(
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
        NET_WIDTH,
        height,
        NET_FONT,
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
        (self.rect.y0 + self.rect.y1) / 2.0 + 0.35 * NET_FONT
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
    let widths: Vec<f64> = texts.iter().map(|t| ems(t) * NET_FONT).collect();

    // Dots first fill the box; then each label goes where it fits. Reserving label room in
    // the fit would squeeze the dots into the middle third.
    let half_y: Vec<f64> = radii
        .iter()
        .map(|r| r.max(NET_LABEL_HEIGHT / 2.0))
        .collect();
    let raw_x: Vec<f64> = raw.iter().map(|p| p.0).collect();
    let raw_y: Vec<f64> = raw.iter().map(|p| p.1).collect();
    let sx = axis_scale(&raw_x, &radii, NET_WIDTH);
    let sy = axis_scale(&raw_y, &half_y, height);
    let (sx, sy) = (sx.min(sy * MAX_STRETCH), sy.min(sx * MAX_STRETCH));
    let mut xs = place_axis(&raw_x, sx, &radii, NET_WIDTH);
    let mut ys = place_axis(&raw_y, sy, &half_y, height);

    // Outward, away from the middle where lines are densest, unless that side is too
    // narrow; then inward, where there is more room (and `separate` moves the node if
    // even that is not enough).
    let rightward: Vec<bool> = (0..nodes.len())
        .map(|i| {
            let reach = radii[i] + NET_LABEL_GAP + widths[i];
            if xs[i] >= NET_WIDTH / 2.0 {
                xs[i] + reach <= NET_WIDTH - NET_MARGIN
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
            .filter(|c| c.rect.inside(NET_WIDTH, height))
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
    let x_range = |f: &Footprint| (NET_MARGIN + f.left, NET_WIDTH - NET_MARGIN - f.right);
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

/// Fruchterman–Reingold with a pull towards the centre (so unlinked actors stay near) and
/// linear cooling over a fixed number of steps, from a golden-angle spiral.
///
/// Only +, −, ×, ÷ and square roots, which IEEE 754 rounds the same everywhere: sin and
/// cos come from the platform's maths library, and the layout would amplify a last-bit
/// difference into a different picture on another machine.
fn force_layout(n: usize, springs: &[(usize, usize, f64)], height: f64) -> Vec<(f64, f64)> {
    let k = (NET_WIDTH * height / n as f64).sqrt() * 0.6;
    let mut direction = (1.0, 0.0);
    let mut pos: Vec<(f64, f64)> = Vec::with_capacity(n);
    for i in 0..n {
        let radius = k * (i as f64 + 0.5).sqrt();
        pos.push((radius * direction.0, radius * direction.1));
        direction = (
            direction.0 * GOLDEN_COS - direction.1 * GOLDEN_SIN,
            direction.0 * GOLDEN_SIN + direction.1 * GOLDEN_COS,
        );
    }
    for step in 0..LAYOUT_ITERATIONS {
        let temperature = k * (1.0 - step as f64 / LAYOUT_ITERATIONS as f64);
        let mut push = vec![(0.0, 0.0); n];
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy, d) = offset_between(pos[i], pos[j]);
                let f = k * k / d;
                push[i].0 += dx / d * f;
                push[i].1 += dy / d * f;
                push[j].0 -= dx / d * f;
                push[j].1 -= dy / d * f;
            }
        }
        for &(a, b, strength) in springs {
            let (dx, dy, d) = offset_between(pos[a], pos[b]);
            let f = d * d / k * strength;
            push[a].0 -= dx / d * f;
            push[a].1 -= dy / d * f;
            push[b].0 += dx / d * f;
            push[b].1 += dy / d * f;
        }
        for (p, f) in pos.iter_mut().zip(&push) {
            let fx = f.0 - p.0 * GRAVITY;
            let fy = f.1 - p.1 * GRAVITY;
            let len = (fx * fx + fy * fy).sqrt();
            if len > 0.0 {
                let stepped = len.min(temperature);
                p.0 += fx / len * stepped;
                p.1 += fy / len * stepped;
            }
        }
    }
    pos
}

/// The vector from `b` to `a` and its length; two nodes on the same spot are split along x
/// so they cannot stay stuck together.
fn offset_between(a: (f64, f64), b: (f64, f64)) -> (f64, f64, f64) {
    let (dx, dy) = (a.0 - b.0, a.1 - b.1);
    let d = (dx * dx + dy * dy).sqrt();
    if d < 0.01 {
        (0.01, 0.0, 0.01)
    } else {
        (dx, dy, d)
    }
}

/// The largest scale for raw coordinates `c` at which every item, reaching `half` either
/// side of its coordinate, fits inside `0..extent` less the margins.
fn axis_scale(c: &[f64], half: &[f64], extent: f64) -> f64 {
    let mut scale = f64::INFINITY;
    for i in 0..c.len() {
        for j in 0..c.len() {
            if c[j] > c[i] {
                let room = extent - 2.0 * NET_MARGIN - half[i] - half[j];
                scale = scale.min(room / (c[j] - c[i]));
            }
        }
    }
    scale.max(0.0)
}

/// Coordinates scaled by `scale` and shifted to the middle of the offsets that fit.
fn place_axis(c: &[f64], scale: f64, half: &[f64], extent: f64) -> Vec<f64> {
    // A single node (or a column of them) gives no pair to bound the scale.
    let scale = if scale.is_finite() { scale } else { 0.0 };
    let least = (0..c.len())
        .map(|i| NET_MARGIN + half[i] - scale * c[i])
        .fold(f64::NEG_INFINITY, f64::max);
    let most = (0..c.len())
        .map(|i| extent - NET_MARGIN - half[i] - scale * c[i])
        .fold(f64::INFINITY, f64::min);
    let offset = (least + most) / 2.0;
    c.iter().map(|v| offset + scale * v).collect()
}

const TL_WIDTH: f64 = 520.0;
const TL_FONT: f64 = 18.0;
const TL_LINE: f64 = 22.0;
const TL_TOP: f64 = 16.0;
const TL_BOTTOM: f64 = 16.0;
/// Room left of the axis for year labels.
const TL_AXIS_X: f64 = 64.0;
const TL_TEXT_X: f64 = 84.0;
/// What fits between the text's start and the right edge.
const TL_LINE_EMS: f64 = (TL_WIDTH - TL_TEXT_X - 8.0) / TL_FONT;
const TL_LABEL_LINES: usize = 2;
/// Space between one event's text and the next.
const TL_PAD: f64 = 12.0;
/// The usual gap between events is drawn this tall; others in proportion.
const TL_TYPICAL_GAP: f64 = 48.0;
/// Longer gaps are shortened and drawn with a break in the axis, so twenty quiet years do
/// not become a screenful of nothing.
const TL_MAX_GAP: f64 = 120.0;
/// Shortened gaps still grow, with the logarithm of their length, so four years look
/// longer than four months; never past the ceiling.
const TL_LOG_GAP: f64 = 20.0;
const TL_GAP_CEILING: f64 = 240.0;

/// The timeline as an inline `<svg>`, or an empty string when there are no marks.
///
/// Time runs downwards so the picture stays readable at phone width; marks may come in
/// any order and are drawn sorted by `position`.
pub fn timeline_svg(marks: &[TimelineMark], title: &str, description: &str) -> String {
    if marks.is_empty() {
        return String::new();
    }
    let placed = timeline_layout(marks);
    let (first, last) = (&placed[0], &placed[placed.len() - 1]);
    let height = last.bottom() + TL_BOTTOM;

    let mut out = open_svg(
        "timeline",
        "timeline-chart",
        TL_WIDTH,
        height,
        TL_FONT,
        title,
        description,
    );
    // See network_svg on currentColor.
    out.push_str("<g class=\"axis\" stroke=\"currentColor\">\n");
    let mut run_start = first.top();
    for pair in placed.windows(2) {
        let (prev, next) = (&pair[0], &pair[1]);
        if next.compressed_before {
            axis_line(&mut out, run_start, prev.y, false);
            axis_line(&mut out, prev.y, next.y, true);
            let mid = (prev.y + next.y) / 2.0;
            let _ = writeln!(
                out,
                "<path class=\"axis-break\" d=\"M{x} {a}l14 -6M{x} {b}l14 -6\"/>",
                x = num(TL_AXIS_X - 7.0),
                a = num(mid),
                b = num(mid + 7.0),
            );
            run_start = next.y;
        }
    }
    axis_line(&mut out, run_start, last.y + TL_LINE / 2.0, false);
    for mark in placed.iter().filter(|m| m.year_tick.is_some()) {
        let _ = writeln!(
            out,
            "<line class=\"tick\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\"/>",
            num(TL_AXIS_X - 8.0),
            num(TL_AXIS_X),
            y = num(mark.y),
        );
    }
    out.push_str("</g>\n<g class=\"years\">\n");
    for mark in &placed {
        if let Some(year) = mark.year_tick {
            let _ = writeln!(
                out,
                "<text class=\"year\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{year}</text>",
                num(TL_AXIS_X - 12.0),
                num(mark.y + 0.35 * TL_FONT),
            );
        }
    }
    out.push_str("</g>\n<g class=\"marks\">\n");
    for mark in &placed {
        let source = &marks[mark.index];
        let _ = write!(
            out,
            "<a href=\"{}\" class=\"mark\"><title>{} — {}</title><circle cx=\"{}\" cy=\"{}\" r=\"{}\"/><text x=\"{x}\" y=\"{}\">",
            escape(safe_href(&source.href)),
            escape(&source.date_label),
            escape(&source.label),
            num(TL_AXIS_X),
            num(mark.y),
            num(mark.r),
            num(mark.y + 0.35 * TL_FONT),
            x = num(TL_TEXT_X),
        );
        for (i, line) in mark.lines.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<tspan class=\"date\">{}</tspan>", escape(line));
            } else {
                // The space keeps the words apart in the text a screen reader or a copy
                // sees; at the end of a line it is invisible.
                let _ = write!(
                    out,
                    " <tspan x=\"{}\" dy=\"{}\">{}</tspan>",
                    num(TL_TEXT_X),
                    num(TL_LINE),
                    escape(line)
                );
            }
        }
        out.push_str("</text></a>\n");
    }
    out.push_str("</g>\n</svg>\n");
    out
}

/// A stretch of the axis; `shortened` ones are dashed, as they are not to scale.
fn axis_line(out: &mut String, from: f64, to: f64, shortened: bool) {
    if to <= from {
        return;
    }
    let (class, dashes) = if shortened {
        ("axis-line axis-gap", " stroke-dasharray=\"3 5\"")
    } else {
        ("axis-line", "")
    };
    let _ = writeln!(
        out,
        "<line class=\"{class}\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"{dashes}/>",
        num(from),
        num(to),
        x = num(TL_AXIS_X),
    );
}

#[derive(Debug)]
struct PlacedMark {
    /// Into the caller's slice.
    index: usize,
    /// The dot's centre, which is also the middle of the first (date) line.
    y: f64,
    r: f64,
    /// The date, then the label wrapped and perhaps cut short.
    lines: Vec<String>,
    /// The gap above this mark was shortened.
    compressed_before: bool,
    /// The year to label here, when it differs from the last one labelled.
    year_tick: Option<i32>,
}

impl PlacedMark {
    fn top(&self) -> f64 {
        self.y - TL_LINE / 2.0
    }

    fn bottom(&self) -> f64 {
        self.top() + self.lines.len() as f64 * TL_LINE
    }
}

/// Vertical positions: gaps in proportion to time, with the median gap drawn
/// `TL_TYPICAL_GAP` tall, never less than the text above needs, and long ones shortened.
fn timeline_layout(marks: &[TimelineMark]) -> Vec<PlacedMark> {
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by(|&a, &b| marks[a].position.total_cmp(&marks[b].position));
    // max(0.0) also turns a NaN from odd input into no gap at all.
    let gaps: Vec<f64> = order
        .windows(2)
        .map(|w| (marks[w[1]].position - marks[w[0]].position).max(0.0))
        .collect();
    let mut usual: Vec<f64> = gaps
        .iter()
        .copied()
        .filter(|g| g.is_finite() && *g > 0.0)
        .collect();
    usual.sort_by(f64::total_cmp);
    let scale = usual
        .get(usual.len() / 2)
        .map_or(0.0, |median| TL_TYPICAL_GAP / median);

    let mut placed: Vec<PlacedMark> = Vec::with_capacity(marks.len());
    let mut last_year = None;
    for (n, &index) in order.iter().enumerate() {
        let mark = &marks[index];
        let mut lines = wrap(&mark.date_label, TL_LINE_EMS, 1);
        if lines.is_empty() {
            lines.push(String::new());
        }
        lines.extend(wrap(&mark.label, TL_LINE_EMS, TL_LABEL_LINES));
        let (y, compressed_before) = match placed.last() {
            None => (TL_TOP + TL_LINE / 2.0, false),
            Some(prev) => {
                let wanted = gaps[n - 1] * scale;
                let compressed = wanted > TL_MAX_GAP;
                let drawn = if compressed {
                    (TL_MAX_GAP + TL_LOG_GAP * (wanted / TL_MAX_GAP).ln()).min(TL_GAP_CEILING)
                } else {
                    wanted
                };
                let room = prev.bottom() - prev.top() + TL_PAD;
                (prev.y + drawn.max(room), compressed)
            }
        };
        let year_tick = mark.year.filter(|&year| last_year != Some(year));
        if year_tick.is_some() {
            last_year = year_tick;
        }
        placed.push(PlacedMark {
            index,
            y,
            r: 5.0 + (mark.sources.min(16) as f64).sqrt(),
            lines,
            compressed_before,
            year_tick,
        });
    }
    placed
}

/// The root element, title and description. The font size is set here, as a presentation
/// attribute, because the layout measures text at that size: the stylesheet may choose the
/// family but should leave the size alone.
fn open_svg(
    id: &str,
    class: &str,
    width: f64,
    height: f64,
    font: f64,
    title: &str,
    description: &str,
) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"group\" aria-labelledby=\"{id}-title {id}-desc\" class=\"{class}\" font-size=\"{f}\">\n<title id=\"{id}-title\">{t}</title>\n<desc id=\"{id}-desc\">{d}</desc>\n",
        w = num(width),
        h = num(height),
        f = num(font),
        t = escape(title),
        d = escape(description),
    )
}

/// At most one decimal, no "-0" and no trailing ".0": short and stable across builds.
fn num(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    if tenths.is_multiple_of(10) {
        format!("{sign}{}", tenths / 10)
    } else {
        format!("{sign}{}.{}", tenths / 10, tenths % 10)
    }
}

fn passages(count: usize) -> String {
    if count == 1 {
        "1 passage".to_string()
    } else {
        format!("{count} passages")
    }
}

/// The estimated advance of a character in ems. Set from the widest common fallbacks
/// (DejaVu Serif and Sans) so the real text stays inside the boxes laid out for it;
/// Georgia or Times leave some slack.
fn advance(c: char) -> f64 {
    match c {
        ' ' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | 'i' | 'j' | 'l' | 'I' => 0.34,
        'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' => 0.46,
        'm' | 'w' | 'M' | 'W' | '—' | '…' => 0.92,
        'A'..='Z' | '0'..='9' | '&' | '%' | '@' => 0.76,
        'a'..='z' | '\u{2013}' => 0.6,
        // CJK and other full-width scripts.
        c if c >= '\u{2e80}' => 1.0,
        _ => 0.66,
    }
}

fn ems(text: &str) -> f64 {
    text.chars().map(advance).sum()
}

/// `text` word-wrapped to lines at most `width` ems wide, at most `max_lines` of them;
/// whatever does not fit is cut with "…". Words longer than a line are split.
fn wrap(text: &str, width: f64, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        for piece in split_long(word, width) {
            if !line.is_empty() && ems(&line) + advance(' ') + ems(&piece) > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&piece);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines && max_lines > 0 {
        // The last line is filled with what follows and cut mid-word: "World Trade
        // Organizat…" says more than "World Trade…".
        let rest = lines.split_off(max_lines).join(" ");
        let last = &mut lines[max_lines - 1];
        let full = format!("{last} {rest}");
        *last = format!("{}…", take_ems(&full, width - advance('…')).trim_end());
    }
    lines
}

/// `word` in pieces no wider than `width` ems (each at least one character).
fn split_long(word: &str, width: f64) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut rest = word;
    while !rest.is_empty() {
        let piece = take_ems(rest, width);
        let piece = if piece.is_empty() {
            &rest[..rest.chars().next().map_or(0, char::len_utf8)]
        } else {
            piece
        };
        pieces.push(piece.to_string());
        rest = &rest[piece.len()..];
    }
    pieces
}

/// The longest start of `text` no wider than `width` ems.
fn take_ems(text: &str, width: f64) -> &str {
    let mut used = 0.0;
    for (at, c) in text.char_indices() {
        used += advance(c);
        if used > width {
            return &text[..at];
        }
    }
    text
}

/// Keeps http(s), mailto, fragment and relative links; anything else (javascript:, data:…)
/// becomes a dead "#", since escaping alone does not stop a script URL.
fn safe_href(href: &str) -> &str {
    if is_safe_url(href) {
        href
    } else {
        "#"
    }
}

/// `kind` as one lower-case class-name token: a space would add classes and other
/// characters could break out of the attribute or make selectors awkward, so everything
/// but ASCII letters, digits and '-' becomes '-' (which also leaves nothing to escape).
fn class_token(kind: &str) -> String {
    let token: String = kind
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    if token.is_empty() {
        "other".to_string()
    } else {
        token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn mark(label: &str, date: &str, position: f64, year: i32) -> TimelineMark {
        TimelineMark {
            label: label.to_string(),
            href: format!("/events/{}/", position),
            date_label: date.to_string(),
            position,
            sources: 2,
            year: Some(year),
        }
    }

    /// Twenty events: a burst on nearby days, a few weeks apart, then two decades of quiet.
    fn sample_marks() -> Vec<TimelineMark> {
        let mut marks: Vec<TimelineMark> = (0..10)
            .map(|i| {
                mark(
                    &format!("Event {i} of a busy week, with a label long enough to wrap onto a second line and then to run on past it, to be cut short"),
                    &format!("{} April 2005", 10 + i / 3),
                    (i / 3) as f64,
                    2005,
                )
            })
            .collect();
        marks.extend((0..10).map(|i| {
            mark(
                &format!("Later event {i}"),
                &format!("{} May 2025", 1 + 3 * i),
                7300.0 + 3.0 * i as f64,
                2025,
            )
        }));
        marks
    }

    /// The width and height of the viewBox.
    fn svg_size(svg: &str) -> (f64, f64) {
        let rest = &svg[svg.find("viewBox=\"0 0 ").unwrap() + 13..];
        let mut sizes = rest[..rest.find('"').unwrap()].split(' ');
        let mut next = || sizes.next().unwrap().parse().unwrap();
        (next(), next())
    }

    /// Every value of `name="…"` in `svg`, as numbers.
    fn numbers(svg: &str, name: &str) -> Vec<f64> {
        let key = format!(" {name}=\"");
        svg.split(&key)
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
            .collect()
    }

    #[test]
    fn same_input_same_bytes() {
        let (nodes, edges) = sample_network();
        let first = network_svg(&nodes, &edges, "Actors", "Who appears with whom.");
        assert_eq!(
            first,
            network_svg(&nodes, &edges, "Actors", "Who appears with whom.")
        );
        let marks = sample_marks();
        assert_eq!(
            timeline_svg(&marks, "Events", "In order."),
            timeline_svg(&marks, "Events", "In order.")
        );
    }

    #[test]
    fn nothing_to_draw_draws_nothing() {
        assert_eq!(network_svg(&[], &[edge(0, 1, 3)], "t", "d"), "");
        assert_eq!(timeline_svg(&[], "t", "d"), "");
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

        let marks = [TimelineMark {
            label: "<script>alert(1)</script>".to_string(),
            href: "data:text/html,<script>".to_string(),
            date_label: "1 <May> 2025".to_string(),
            position: 0.0,
            sources: 1,
            year: Some(2025),
        }];
        let svg = timeline_svg(&marks, "t", "d");
        assert!(!svg.contains("<script>"));
        assert!(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(svg.contains("1 &lt;May&gt; 2025"));
        assert!(svg.contains("href=\"#\""));
    }

    #[test]
    fn roots_are_labelled_images_without_inline_styles() {
        let (nodes, edges) = sample_network();
        let network = network_svg(&nodes, &edges, "Actors", "Who appears with whom.");
        assert!(network.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 730\" role=\"group\" aria-labelledby=\"network-title network-desc\" class=\"network\""));
        let timeline = timeline_svg(&sample_marks(), "Events", "In order.");
        assert!(
            timeline.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 520 ")
        );
        assert!(timeline.contains("role=\"group\" aria-labelledby=\"timeline-title timeline-desc\" class=\"timeline-chart\""));
        assert!(timeline.contains("<title id=\"timeline-title\">Events</title>"));
        for svg in [&network, &timeline] {
            assert!(!svg.contains("style"));
            assert!(!svg.contains(" width=") && !svg.contains(" height="));
            assert!(!svg.contains("fill="));
            assert!(svg.trim_end().ends_with("</svg>"));
            assert_eq!(svg.matches(" id=\"").count(), 2);
        }
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
                    node.x - node.r >= 0.0 && node.x + node.r <= NET_WIDTH,
                    "{node:?}"
                );
                assert!(
                    node.y - node.r >= 0.0 && node.y + node.r <= height,
                    "{node:?}"
                );
                assert!(node.label.rect.inside(NET_WIDTH, height), "{node:?}");
            }
            // And as written, after rounding.
            let svg = network_svg(&nodes, &edges, "t", "d");
            assert_eq!(svg_size(&svg), (NET_WIDTH, height));
            let (cx, cy, r) = (numbers(&svg, "cx"), numbers(&svg, "cy"), numbers(&svg, "r"));
            assert_eq!(cx.len(), nodes.len());
            for i in 0..cx.len() {
                assert!(cx[i] - r[i] >= 0.0 && cx[i] + r[i] <= NET_WIDTH);
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

    #[test]
    fn every_mark_is_a_link_with_its_full_label() {
        let marks = sample_marks();
        let svg = timeline_svg(&marks, "Events", "In order.");
        assert_eq!(svg.matches("<a href=").count(), marks.len());
        for m in &marks {
            assert!(svg.contains(&format!(
                "<a href=\"{}\" class=\"mark\"><title>{} — {}</title>",
                m.href, m.date_label, m.label
            )));
        }
        assert!(svg.contains("<tspan class=\"date\">10 April 2005</tspan>"));
        assert!(svg.contains("…</tspan>"));
    }

    #[test]
    fn timeline_text_never_overlaps() {
        let mut marks = sample_marks();
        // Same day, and out of order: sorted by position, pushed apart.
        marks.push(mark("Same day as the first", "10 April 2005", 0.0, 2005));
        marks.reverse();
        let placed = timeline_layout(&marks);
        assert_eq!(placed.len(), marks.len());
        for pair in placed.windows(2) {
            assert!(marks[pair[0].index].position <= marks[pair[1].index].position);
            assert!(pair[1].top() >= pair[0].bottom() + TL_PAD - 1e-9);
        }
        // The written text, after rounding, keeps the same order and room.
        let svg = timeline_svg(&marks, "t", "d");
        let ys = numbers(&svg, "cy");
        assert!(ys.windows(2).all(|w| w[1] - w[0] >= TL_LINE * 2.0));
        for m in &placed {
            for l in &m.lines {
                assert!(TL_TEXT_X + ems(l) * TL_FONT <= TL_WIDTH, "{l}");
            }
        }
    }

    #[test]
    fn long_gaps_are_shortened_and_marked() {
        let marks = sample_marks();
        let placed = timeline_layout(&marks);
        let shortened: Vec<&PlacedMark> = placed.iter().filter(|m| m.compressed_before).collect();
        assert_eq!(shortened.len(), 1);
        let gap = shortened[0].y - placed[shortened[0].index - 1].y;
        assert!(gap <= TL_GAP_CEILING + 1e-9);
        let tallest_block = 3.0 * TL_LINE + TL_PAD;
        let svg = timeline_svg(&marks, "t", "d");
        let (width, height) = svg_size(&svg);
        assert_eq!(width, TL_WIDTH);
        assert!(height <= TL_TOP + 20.0 * tallest_block + TL_GAP_CEILING + TL_BOTTOM);
        assert_eq!(svg.matches("class=\"axis-break\"").count(), 1);
        assert_eq!(svg.matches("axis-gap").count(), 1);
        // Longer quiet spells still look longer.
        let quiet = |days: f64| {
            let mut marks: Vec<TimelineMark> =
                (0..5).map(|i| mark("a", "a", i as f64, 1)).collect();
            marks.push(mark("b", "b", 4.0 + days, 1));
            timeline_layout(&marks)
        };
        let (short, long) = (quiet(100.0), quiet(10_000.0));
        assert!(long[5].y - long[4].y > short[5].y - short[4].y);
        assert!(short[5].compressed_before && long[5].compressed_before);
    }

    #[test]
    fn years_are_marked_where_they_change() {
        let marks = [
            mark("a", "1 May 2024", 0.0, 2024),
            mark("b", "2 May 2024", 1.0, 2024),
            TimelineMark {
                year: None,
                ..mark("c", "spring", 2.0, 0)
            },
            mark("d", "1 January 2025", 3.0, 2025),
            mark("e", "2 January 2025", 4.0, 2025),
        ];
        let svg = timeline_svg(&marks, "t", "d");
        assert_eq!(svg.matches("class=\"year\"").count(), 2);
        assert!(svg.contains(">2024</text>") && svg.contains(">2025</text>"));
        assert_eq!(svg.matches("class=\"tick\"").count(), 2);
    }

    #[test]
    fn dots_grow_a_little_with_sources() {
        let mut few = mark("a", "a", 0.0, 1);
        few.sources = 0;
        let mut many = mark("b", "b", 1.0, 1);
        many.sources = 1000;
        let placed = timeline_layout(&[few, many]);
        assert_eq!((placed[0].r, placed[1].r), (5.0, 9.0));
    }

    #[test]
    fn wrapping_fills_lines_and_cuts_with_an_ellipsis() {
        assert_eq!(wrap("  one   two ", 20.0, 2), vec!["one two"]);
        assert!(wrap("", 10.0, 1).is_empty());
        let lines = wrap("aaaa bbbb cccc dddd eeee", 2.5, 2);
        assert_eq!(lines, vec!["aaaa", "bb…"]);
        // Cut mid-word rather than at "World Trade…".
        let lines = wrap("World Trade Organization Secretariat", NET_LABEL_EMS, 1);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].starts_with("World Trade Organiz"));
        assert!(lines[0].ends_with('…') && ems(&lines[0]) <= NET_LABEL_EMS);
        let long = "x".repeat(50);
        let lines = wrap(&long, 10.0 * 0.52, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines.iter().all(|l| ems(l) <= 10.0 * 0.52 + 1e-9));
    }

    #[test]
    fn numbers_have_one_decimal_at_most() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(12.36), "12.4");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-3.25), "-3.3");
        assert_eq!(num(0.96), "1");
    }

    #[test]
    fn hrefs_keep_web_and_relative_links_only() {
        for ok in [
            "/actors/x/",
            "x.html#p3",
            "https://example.org/a:b",
            "mailto:a@b",
            "?q=a:b",
        ] {
            assert_eq!(safe_href(ok), ok);
        }
        for bad in [
            "javascript:alert(1)",
            " VBScript:x",
            "data:text/html,x",
            "java\tscript:x",
        ] {
            assert_eq!(safe_href(bad), "#");
        }
    }
}
