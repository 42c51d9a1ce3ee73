//! The force-directed layout behind the actor network, and fitting it into the box.

use super::network::NET_MARGIN;
use super::WIDTH;

const LAYOUT_ITERATIONS: usize = 400;
/// Pull towards the centre per unit of distance; only the shape matters, since the
/// result is rescaled to the box.
const GRAVITY: f64 = 0.5;
/// The golden angle's cosine and sine: turning by it spreads the initial spiral evenly
/// without any randomness.
const GOLDEN_COS: f64 = -0.737_368_878_078_319_7;
const GOLDEN_SIN: f64 = 0.675_490_294_261_523_8;

/// Fruchterman–Reingold with a pull towards the centre (so unlinked actors stay near) and
/// linear cooling over a fixed number of steps, from a golden-angle spiral.
///
/// Only +, −, ×, ÷ and square roots, which IEEE 754 rounds the same everywhere: sin and
/// cos come from the platform's maths library, and the layout would amplify a last-bit
/// difference into a different picture on another machine.
pub(super) fn force_layout(
    n: usize,
    springs: &[(usize, usize, f64)],
    height: f64,
) -> Vec<(f64, f64)> {
    let k = (WIDTH * height / n as f64).sqrt() * 0.6;
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
pub(super) fn axis_scale(c: &[f64], half: &[f64], extent: f64) -> f64 {
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
pub(super) fn place_axis(c: &[f64], scale: f64, half: &[f64], extent: f64) -> Vec<f64> {
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
