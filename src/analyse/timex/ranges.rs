//! Two dates that bound a period ("from 1999 to 2009", "1983–2005", "between 2001 and 2003",
//! "from March to May 2024") become one expression with a start and an end.

use super::words::RESCHEDULING_STEMS;
use super::{Match, Resolved, Scan};
use crate::model::date::PartialDate;
use crate::text::tokens::Kind;

/// An expression's tokens (end exclusive), its resolution, and the end of its period.
pub(super) struct Span {
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) resolved: Resolved,
    pub(super) until: Option<PartialDate>,
}

const RANGE_RULE: &str = "range: two dates joined by to, and or a dash";

/// The matches as spans, each pair that bounds a period joined into one.
pub(super) fn join_ranges(scan: &Scan, matches: &[Match], resolved: &[Resolved]) -> Vec<Span> {
    let mut spans = Vec::with_capacity(matches.len());
    let mut k = 0;
    while k < matches.len() {
        if let Some(span) = range_at(scan, matches, resolved, k) {
            spans.push(span);
            k += 2;
        } else {
            spans.push(Span {
                first: matches[k].first,
                end: matches[k].end,
                resolved: resolved[k],
                until: None,
            });
            k += 1;
        }
    }
    spans
}

/// Matches `k` and `k + 1` as one range: joined by a dash, "to", "until", "through", or "and"
/// after "between"; in one sentence; both resolved; the second after the first. Dashed numbers
/// that run on ("0800-1983-2005") are codes, and "from … to" after a verb that moves dates
/// ("postponed the vote from March to May") is a move, not ranges.
fn range_at(scan: &Scan, matches: &[Match], resolved: &[Resolved], k: usize) -> Option<Span> {
    let (a, b) = (matches[k], *matches.get(k + 1)?);
    let (start, end) = (resolved[k].value?, resolved[k + 1].value?);
    if b.first != a.end + 1 || !scan.same_sentence(a.first, b.end - 1) || !end.can_end(start) {
        return None;
    }
    let joiner = &scan.tokens[a.end];
    let opener = scan.before(a.first).and_then(|i| scan.word(i));
    let joined = match joiner.lower.as_str() {
        "-" | "–" | "—" => joiner.kind == Kind::Mark && !dashed_code(scan, a.first, b.end),
        "to" | "until" | "till" | "through" => true,
        "and" => opener == Some("between"),
        _ => false,
    };
    let opened = matches!(opener, Some("from" | "between"));
    if !joined || (opened && rescheduled(scan, a.first - 1)) {
        return None;
    }
    Some(Span {
        first: a.first - usize::from(opened),
        end: b.end,
        resolved: Resolved {
            value: Some(start),
            rule: RANGE_RULE,
            relative: resolved[k].relative || resolved[k + 1].relative,
        },
        until: Some(end),
    })
}

/// Whether a verb that moves dates comes shortly before the "from" at `from`, in its sentence.
fn rescheduled(scan: &Scan, from: usize) -> bool {
    (from.saturating_sub(4)..from)
        .filter(|&i| scan.same_sentence(i, from))
        .filter_map(|i| scan.word(i))
        .any(|w| RESCHEDULING_STEMS.iter().any(|stem| w.starts_with(stem)))
}

/// A dash glued to a number just before `first` or just after `end`: part of a longer code.
fn dashed_code(scan: &Scan, first: usize, end: usize) -> bool {
    let glued_dash = |i: usize| {
        scan.get(i)
            .is_some_and(|t| t.kind == Kind::Mark && ["-", "–", "—"].contains(&t.text.as_str()))
    };
    let glued_number = |i: usize| scan.get(i).is_some_and(|t| t.kind == Kind::Number);
    let before = first >= 2
        && !scan.tokens[first].spaced
        && glued_dash(first - 1)
        && !scan.tokens[first - 1].spaced
        && glued_number(first - 2);
    let after = glued_dash(end)
        && !scan.tokens[end].spaced
        && scan
            .get(end + 1)
            .is_some_and(|t| !t.spaced && t.kind == Kind::Number);
    before || after
}
