//! A claim with several dates tells of several happenings, so each date expression owns the
//! clause around it. The claim is cut between consecutive dates at the last clause
//! break between them (a comma, semicolon, colon, dash, bracket, or "and", "but", "while",
//! "whereas"), else halfway: "X was delisted in Ruritania in December 2023 | and in Freedonia
//! in September 2024"; "In May 2024, A signed the deal | , following B earlier that year".

use crate::analyse::{Analysis, Claim};
use crate::briefing::actors::Actors;
use std::ops::Range;

const BREAK_MARKS: &[char] = &[',', ';', ':', '—', '–', '(', ')'];
const BREAK_WORDS: &[&str] = &["and", "but", "while", "whereas"];

/// The clauses of one claim: its date expressions (indices into `Analysis::times`)
/// in text order, and the char offsets where one's clause ends and the next one's begins.
pub(super) struct Clauses {
    claim: Range<usize>,
    times: Vec<usize>,
    cuts: Vec<usize>,
}

impl Clauses {
    pub(super) fn of(analysis: &Analysis, claim: &Claim) -> Self {
        // Unresolved expressions ("in February" without a year to place it) still name
        // another time, so they own their clause too.
        // Times are in text order, so the claim's are found by search, not by a scan.
        let first = analysis.times.partition_point(|t| t.start < claim.start);
        let times: Vec<usize> = (first..analysis.times.len())
            .take_while(|&t| analysis.times[t].start < claim.end)
            .filter(|&t| analysis.times[t].end <= claim.end)
            .collect();
        let chars: Vec<char> = claim.text.chars().collect();
        let cuts = times
            .windows(2)
            .map(|pair| {
                let (left, right) = (&analysis.times[pair[0]], &analysis.times[pair[1]]);
                last_break(&chars, left.end - claim.start, right.start - claim.start)
                    .map_or((left.end + right.start) / 2, |at| claim.start + at)
            })
            .collect();
        Clauses {
            claim: claim.start..claim.end,
            times,
            cuts,
        }
    }

    /// Each date expression of the claim with the char range of its clause.
    pub(super) fn spans(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.times.iter().enumerate().map(|(i, &time)| {
            let start = if i == 0 {
                self.claim.start
            } else {
                self.cuts[i - 1]
            };
            let end = self.cuts.get(i).copied().unwrap_or(self.claim.end);
            (time, start..end)
        })
    }

    /// The char range of the clause of date expression `time`, if it is one of the claim's.
    pub(super) fn span(&self, time: usize) -> Option<Range<usize>> {
        self.spans().find(|(t, _)| *t == time).map(|(_, span)| span)
    }
}

/// The actors (indices, ascending, once each) named inside `span` of source `source`.
pub(super) fn actors_in(
    analysis: &Analysis,
    source: &str,
    actors: &Actors,
    span: &Range<usize>,
) -> Vec<usize> {
    // Mentions are in text order, so the clause's are found by search.
    let first = analysis.mentions.partition_point(|m| m.start < span.start);
    let mut found: Vec<usize> = (first..analysis.mentions.len())
        .take_while(|&m| analysis.mentions[m].start < span.end)
        .filter(|&m| analysis.mentions[m].end <= span.end)
        .filter_map(|m| actors.of_mention(source, m))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// The last clause break in `chars[from..to]`, as an offset into `chars`.
fn last_break(chars: &[char], from: usize, to: usize) -> Option<usize> {
    let mut found = None;
    let mut i = from;
    while i < to.min(chars.len()) {
        if BREAK_MARKS.contains(&chars[i]) {
            found = Some(i);
            i += 1;
        } else if chars[i].is_alphabetic() {
            let start = i;
            while i < to && chars[i].is_alphabetic() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if BREAK_WORDS.contains(&word.as_str()) {
                found = Some(start);
            }
        } else {
            i += 1;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::last_break;

    fn cut(text: &str, from: &str, to: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let at = |needle: &str| text[..text.find(needle).unwrap()].chars().count();
        let from = at(from) + from.chars().count();
        let at = last_break(&chars, from, at(to)).unwrap();
        chars[at..].iter().collect()
    }

    #[test]
    fn clauses_are_cut_at_the_last_break_between_two_dates() {
        assert_eq!(
            cut(
                "delisted in Ruritania in May 2023 and Freedonia in June 2024.",
                "2023",
                "June"
            ),
            "and Freedonia in June 2024."
        );
        assert_eq!(
            cut(
                "In June 2024, Freedonia left the pact, as Ruritania did earlier that year.",
                "2024",
                "earlier"
            ),
            ", as Ruritania did earlier that year."
        );
        assert_eq!(last_break(&['a', 'b'], 0, 2), None);
    }
}
