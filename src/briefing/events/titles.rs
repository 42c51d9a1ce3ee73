//! An event's title, drafted from its claims.

use super::{Candidate, Cluster, SourceInput};

/// The most concise supporting clause: for each claim, the clause that holds its date
/// expression (with its neighbour when too short to say anything); the shortest of those.
pub(super) fn auto_title(
    cluster: &Cluster,
    candidates: &[Candidate],
    sources: &[SourceInput],
) -> String {
    let best = cluster
        .members
        .iter()
        .map(|&m| dated_clause(&candidates[m], sources))
        .min_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(a.cmp(b)))
        .unwrap_or_default();
    let mut title = shorten(&best, 120);
    if let Some(first) = title.chars().next() {
        title.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
    }
    title
}

/// The clause of a candidate's claim that contains its date expression.
pub(super) fn dated_clause(candidate: &Candidate, sources: &[SourceInput]) -> String {
    let source = &sources[candidate.source];
    let claim = &source.analysis.claims[candidate.claim];
    let time = &source.analysis.times[candidate.time];
    let chars: Vec<char> = claim.text.chars().collect();
    if chars.len() <= 110 {
        return claim
            .text
            .trim_end_matches(['.', ',', ';', ':'])
            .to_string();
    }
    let at = time.start.saturating_sub(claim.start).min(chars.len());
    let after = time.end.saturating_sub(claim.start).min(chars.len());
    let is_boundary = |i: usize| {
        matches!(chars[i], ',' | ';' | ':' | '—' | '–')
            && chars.get(i + 1).is_some_and(|c| c.is_whitespace())
    };
    let mut start = (0..at).rev().find(|&i| is_boundary(i)).map_or(0, |i| i + 1);
    let mut end = (after..chars.len())
        .find(|&i| is_boundary(i))
        .unwrap_or(chars.len());
    // A clause like "In 2003" says only when: take the next clause with it (or the one before).
    if chars[start..end]
        .iter()
        .filter(|c| c.is_whitespace())
        .count()
        < 5
    {
        if end < chars.len() {
            end = (end + 1..chars.len())
                .find(|&i| is_boundary(i))
                .unwrap_or(chars.len());
        } else if start > 0 {
            start = (0..start - 1)
                .rev()
                .find(|&i| is_boundary(i))
                .map_or(0, |i| i + 1);
        }
    }
    let clause: String = chars[start..end].iter().collect();
    clause
        .trim()
        .trim_end_matches(['.', ',', ';', ':'])
        .to_string()
}

pub(super) fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let cut: String = text.chars().take(limit).collect();
    let at = [", ", "; ", " — ", " – "]
        .iter()
        .filter_map(|b| cut.rfind(b))
        .max()
        .filter(|&i| i > limit / 3);
    let kept = match at {
        Some(i) => &cut[..i],
        None => cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head),
    };
    format!("{}…", kept.trim_end_matches([',', ';', ' ']))
}
