//! Dates the sources give differently for one happening: clauses of different sources with the
//! same participants and the same action but dates that cannot both hold, whether grouping put
//! them in one event (days of one month) or, going by dates, in two.
//!
//! The pass works on dated clauses (a resolved date expression and the clause it owns), not on
//! events, indexed by their exact set of actors and each action word, so only clauses that
//! could match are compared. It is strict, because a false discrepancy misleads as much as a
//! missed one misinforms: the actors must be the same set, the dates at most a year apart
//! (the same happening misdated, not a yearly one repeated), and a source that itself gives
//! dates that do not fit each other for the pair's actors and action tells of several
//! happenings.

use super::clauses::{actors_in, Clauses};
use super::{Discrepancy, SourceInput};
use crate::briefing::actors::Actors;
use crate::briefing::events::grouping::compatible;
use crate::model::date::PartialDate;
use crate::text::lexicon::actions::common_action;
use crate::text::stem::stem;
use std::collections::{BTreeMap, BTreeSet};

/// "-ed" words that report or describe rather than tell what happened: two sources saying
/// that one party "announced" something on different days may tell of two announcements.
const NOT_ACTIONS: &[&str] = &[
    "added",
    "alleged",
    "announced",
    "based",
    "called",
    "claimed",
    "concerned",
    "confirmed",
    "expected",
    "indicated",
    "noted",
    "quoted",
    "related",
    "reported",
    "stated",
    "suggested",
    "united",
];

/// Words after which an "-ed" word is a modifier, not an action.
const MODIFIER_CUES: &[&str] = &[
    "a", "an", "the", "of", "for", "with", "his", "her", "its", "their", "this", "that", "these",
    "those",
];

/// A resolved date expression with the clause it owns.
struct DatedClause<'a> {
    source: usize,
    claim: &'a str,
    date: PartialDate,
    actors: Vec<usize>,
    actions: BTreeSet<String>,
}

/// Date discrepancies (see the module comment). `events_of` maps claim ids to their events
/// and the events' dates: a clause belongs to its claim's event of a date compatible with its
/// own, else to all its claim's events.
pub(super) fn date_discrepancies(
    sources: &[SourceInput],
    actors: &Actors,
    events_of: &BTreeMap<&str, Vec<(usize, Option<PartialDate>)>>,
) -> Vec<Discrepancy> {
    let clauses = dated_clauses(sources, actors);
    let mut index: BTreeMap<(&[usize], &str), Vec<usize>> = BTreeMap::new();
    for (i, clause) in clauses.iter().enumerate() {
        for action in &clause.actions {
            index
                .entry((clause.actors.as_slice(), action.as_str()))
                .or_default()
                .push(i);
        }
    }
    let mut links: BTreeSet<(usize, usize)> = BTreeSet::new();
    for bucket in index.values() {
        let torn = torn_sources(&clauses, bucket);
        for (n, &i) in bucket.iter().enumerate() {
            for &j in &bucket[n + 1..] {
                let (a, b) = (&clauses[i], &clauses[j]);
                let single = !torn.contains(&a.source) && !torn.contains(&b.source);
                if single && disagree(a, b) {
                    links.insert((i, j));
                }
            }
        }
    }
    components(clauses.len(), &links)
        .into_iter()
        .map(|members| {
            let mut by_date: BTreeMap<PartialDate, Vec<String>> = BTreeMap::new();
            for &i in &members {
                let c = &clauses[i];
                let side = by_date.entry(c.date).or_default();
                if !side.iter().any(|claim| claim == c.claim) {
                    side.push(c.claim.to_string());
                }
            }
            let events: BTreeSet<usize> = members
                .iter()
                .flat_map(|&i| {
                    let clause = &clauses[i];
                    let all = events_of.get(clause.claim).map_or(&[][..], Vec::as_slice);
                    let own: Vec<usize> = all
                        .iter()
                        .filter(|(_, date)| date.is_some_and(|d| compatible(d, clause.date)))
                        .map(|&(e, _)| e)
                        .collect();
                    if own.is_empty() {
                        all.iter().map(|&(e, _)| e).collect()
                    } else {
                        own
                    }
                })
                .collect();
            let sides: Vec<(String, Vec<String>)> = by_date
                .into_iter()
                .map(|(date, claims)| (date.human(), claims))
                .collect();
            Discrepancy::new(
                "date",
                format!("Two dates for one happening: {}", sides_summary(&sides)),
                events.into_iter().collect(),
                sides,
                false,
            )
        })
        .collect()
}

/// "15 May 2024 or 2023" for a title: the dates given.
fn sides_summary(sides: &[(String, Vec<String>)]) -> String {
    let dates: Vec<&str> = sides.iter().map(|(d, _)| d.as_str()).collect();
    dates.join(" or ")
}

fn dated_clauses<'a>(sources: &'a [SourceInput], actors: &Actors) -> Vec<DatedClause<'a>> {
    let mut found = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        let analysis = source.analysis;
        for claim in &analysis.claims {
            let clauses = Clauses::of(analysis, claim);
            // The clause before: the parties its action was done to, and its actions.
            let mut before: Option<(Vec<usize>, BTreeSet<String>)> = None;
            for (time, span) in clauses.spans() {
                let text: String = claim
                    .text
                    .chars()
                    .skip(span.start - claim.start)
                    .take(span.len())
                    .collect();
                let mut clause_actors = actors_in(analysis, source.id, actors, &span);
                let acted = actions_at(&text);
                let mut actions: BTreeSet<String> =
                    acted.iter().map(|(_, action)| action.clone()).collect();
                // "…, as Y did the same later that year": Y did what the clause before tells,
                // to the same parties but its agent (one named before its first action).
                if let Some((parties, done)) = before.as_ref().filter(|_| repeats_an_action(&text))
                {
                    clause_actors.extend(parties.iter().copied());
                    clause_actors.sort_unstable();
                    clause_actors.dedup();
                    actions.extend(done.iter().cloned());
                }
                let first_action = acted.first().map_or(span.end, |(at, _)| span.start + at);
                // Those named after the clause's first action are what it was done to.
                let first = analysis
                    .mentions
                    .partition_point(|m| m.start < first_action);
                let parties = (first..analysis.mentions.len())
                    .take_while(|&m| analysis.mentions[m].start < span.end)
                    .filter(|&m| analysis.mentions[m].end <= span.end)
                    .filter_map(|m| actors.of_mention(source.id, m))
                    .collect();
                before = Some((parties, actions.clone()));
                let Some(date) = analysis.times[time].value else {
                    continue;
                };
                // One participant ("the operator restored service") is too little to say two
                // clauses tell of one happening.
                if clause_actors.len() < 2 || actions.is_empty() {
                    continue;
                }
                found.push(DatedClause {
                    source: s,
                    claim: &claim.id,
                    date,
                    actors: clause_actors,
                    actions,
                });
            }
        }
    }
    found
}

/// Whether a clause says its party did what the clause before tells: "similar moves by Y",
/// "the same step", "Y followed suit", "as Y did likewise", "Y did the same".
fn repeats_an_action(text: &str) -> bool {
    const DEEDS: &[&str] = &[
        "move",
        "moves",
        "step",
        "steps",
        "decision",
        "decisions",
        "measure",
        "measures",
        "action",
        "actions",
    ];
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(2).any(|pair| {
        let (a, b) = (pair[0].as_str(), pair[1].as_str());
        (matches!(a, "similar" | "same") && DEEDS.contains(&b))
            || (matches!(a, "follow" | "followed" | "follows") && b == "suit")
            || (a == "did" && matches!(b, "likewise" | "so"))
    }) || words
        .windows(3)
        .any(|w| w[0] == "did" && w[1] == "the" && w[2] == "same")
}

/// Past forms telling what happened ("signed", "delisted"), stemmed, with the char offset of
/// each. After an article, possessive or preposition an "-ed" word describes a noun ("an
/// attempted hit", "charges of attempted murder") and tells nothing.
fn actions_at(text: &str) -> Vec<(usize, String)> {
    let mut words: Vec<(usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (at, c) in text.chars().enumerate().chain([(usize::MAX, ' ')]) {
        match (&mut current, c.is_alphabetic()) {
            (Some((_, word)), true) => word.push(c),
            (None, true) => current = Some((at, c.to_string())),
            (_, false) => words.extend(current.take()),
        }
    }
    words
        .iter()
        .enumerate()
        .filter(|(_, (_, w))| w.chars().count() >= 5 && w.ends_with("ed") && !w.ends_with("eed"))
        .filter(|(_, (_, w))| {
            w.chars().all(char::is_lowercase) && !NOT_ACTIONS.contains(&w.as_str())
        })
        .filter(|(i, _)| {
            i.checked_sub(1)
                .is_none_or(|p| !MODIFIER_CUES.contains(&words[p].1.to_lowercase().as_str()))
        })
        .map(|(_, (at, w))| (*at, common_action(&stem(w)).to_string()))
        .collect()
}

/// The sources that give, for one bucket's actors and action, dates that do not fit each
/// other: they tell of several happenings, so their dates are not set against others'.
fn torn_sources(clauses: &[DatedClause], bucket: &[usize]) -> BTreeSet<usize> {
    let mut dates: BTreeMap<usize, Vec<PartialDate>> = BTreeMap::new();
    for &k in bucket {
        dates
            .entry(clauses[k].source)
            .or_default()
            .push(clauses[k].date);
    }
    dates
        .into_iter()
        .filter(|(_, dates)| {
            dates
                .iter()
                .enumerate()
                .any(|(n, &a)| dates[n + 1..].iter().any(|&b| !compatible(a, b)))
        })
        .map(|(source, _)| source)
        .collect()
}

/// Whether two clauses of one bucket (same actors, a shared action) date one happening
/// differently: other sources, and dates that cannot both hold yet lie at most a year apart.
fn disagree(a: &DatedClause, b: &DatedClause) -> bool {
    a.source != b.source && !compatible(a.date, b.date) && months_apart(a.date, b.date) <= 12
}

/// Months between two periods (0 when they touch or overlap).
fn months_apart(a: PartialDate, b: PartialDate) -> i64 {
    let span = |d: PartialDate| {
        let base = i64::from(d.year()) * 12;
        match d.month() {
            Some(m) => (base + i64::from(m) - 1, base + i64::from(m) - 1),
            None => (base, base + 11),
        }
    };
    let ((a0, a1), (b0, b1)) = (span(a), span(b));
    (b0 - a1 - 1).max(a0 - b1 - 1).max(0)
}

/// Connected groups of linked clauses, each sorted, in order of their first member.
fn components(count: usize, links: &BTreeSet<(usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..count).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for &(i, j) in links {
        let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
        parent[ri.max(rj)] = ri.min(rj);
    }
    let mut groups: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for &(i, j) in links {
        for k in [i, j] {
            let r = root(&mut parent, k);
            groups.entry(r).or_default().insert(k);
        }
    }
    groups
        .into_values()
        .map(|g| g.into_iter().collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn action_words(text: &str) -> BTreeSet<String> {
        actions_at(text)
            .into_iter()
            .map(|(_, action)| action)
            .collect()
    }

    #[test]
    fn months_apart_counts_the_gap_between_periods() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(months_apart(d("2023-12"), d("2024")), 0);
        assert_eq!(months_apart(d("2023-05"), d("2024-06")), 12);
        assert_eq!(months_apart(d("2023-05"), d("2024-07")), 13);
        assert_eq!(months_apart(d("2024-03-02"), d("2024-03-09")), 0);
        assert_eq!(months_apart(d("2024"), d("2020")), 36);
    }

    #[test]
    fn a_clause_can_say_its_party_did_what_the_clause_before_tells() {
        for text in [
            ", in line with similar moves by Freedonia earlier that year",
            ", and Freedonia followed suit in May",
            ", as Freedonia did the same step later",
            ", as Freedonia did likewise in May",
        ] {
            assert!(repeats_an_action(text), "{text}");
        }
        for text in [
            ", on the same day",
            ", as Freedonia said in May",
            ", a move Freedonia opposed",
        ] {
            assert!(!repeats_an_action(text), "{text}");
        }
    }

    #[test]
    fn a_verb_of_removal_from_a_list_is_one_action() {
        let delisted = action_words("the group was delisted by the council");
        let removed = action_words("the council removed the group from its list");
        assert_eq!(delisted, removed);
    }

    #[test]
    fn actions_are_stemmed_past_forms_that_tell_what_happened() {
        let words = action_words("the council approved and signed it, as reported, with speed");
        assert_eq!(words.into_iter().collect::<Vec<_>>(), ["approv", "sign"]);
        let words =
            action_words("he made an attempted escape and faced charges of attempted theft");
        assert_eq!(words.into_iter().collect::<Vec<_>>(), ["face"]);
    }
}
