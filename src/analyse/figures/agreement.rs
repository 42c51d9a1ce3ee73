//! Whether two figures of one measure can both be true. Each figure allows a set of values:
//!
//! | figure        | values allowed            |
//! |---------------|---------------------------|
//! | 145           | exactly 145               |
//! | at least 40   | 40 or more                |
//! | more than 40  | above 40                  |
//! | up to 40      | 0 to 40                   |
//! | less than 40  | 0 to below 40             |
//! | nearly 150    | 150 less 10 %, up to 150  |
//! | about 150     | 150 give or take 10 %     |
//!
//! Two figures whose sets do not meet conflict ("145" and "150"; "no one was killed" and
//! "12 killed"; "at least 40" and 35). When they meet but are not the same figure, and one of
//! them is approximate ("nearly" or "about") or both are bounds the same way ("more than 26,000"
//! and "at least 31,000"), the difference is minor ("nearly 150" and 145, "about 150" and 150):
//! worth showing, not a contradiction. Otherwise they are consistent: the same figure, or a
//! bound the other satisfies ("at least 40" and 45, "up to 40" and 12).

use super::{same_value, Figure};

/// How two figures of one measure stand to each other, from agreeing to contradicting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Agreement {
    Consistent,
    Minor,
    Conflict,
}

/// How far an approximate figure reaches from its value, as a share of it.
const APPROXIMATION: f64 = 0.1;

/// One end of a set of values: the value and whether it is itself excluded.
#[derive(Debug, Clone, Copy)]
struct End {
    value: f64,
    open: bool,
}

fn closed(value: f64) -> End {
    End { value, open: false }
}

fn open(value: f64) -> End {
    End { value, open: true }
}

/// The values a figure allows, from low to high end.
fn allowed(figure: &Figure) -> (End, End) {
    let v = figure.value;
    let reach = v.abs() * APPROXIMATION;
    match figure.qualifier {
        Some("at least") => (closed(v), closed(f64::INFINITY)),
        Some("more than") => (open(v), closed(f64::INFINITY)),
        Some("up to") => (closed(0.0), closed(v)),
        Some("less than") => (closed(0.0), open(v)),
        Some("nearly") => (closed(v - reach), closed(v)),
        Some("about") => (closed(v - reach), closed(v + reach)),
        _ => (closed(v), closed(v)),
    }
}

fn meet(a: (End, End), b: (End, End)) -> bool {
    let below = |high: End, low: End| {
        high.value < low.value || (same_value(high.value, low.value) && (high.open || low.open))
    };
    !below(a.1, b.0) && !below(b.1, a.0)
}

/// Both lower bounds or both upper bounds ("more than 26,000" and "more than 31,000").
fn same_bound(a: &Figure, b: &Figure) -> bool {
    let direction = |f: &Figure| match f.qualifier {
        Some("at least" | "more than") => Some(true),
        Some("up to" | "less than") => Some(false),
        _ => None,
    };
    direction(a).is_some() && direction(a) == direction(b)
}

fn approximate(figure: &Figure) -> bool {
    matches!(figure.qualifier, Some("nearly" | "about"))
}

/// How two figures of one measure stand to each other (see the module's table).
pub(crate) fn agreement(a: &Figure, b: &Figure) -> Agreement {
    let same = same_value(a.value, b.value) && a.qualifier == b.qualifier;
    if !meet(allowed(a), allowed(b)) {
        Agreement::Conflict
    } else if !same && (approximate(a) || approximate(b) || same_bound(a, b)) {
        Agreement::Minor
    } else {
        Agreement::Consistent
    }
}
