//! Dated claims → events, and where the sources disagree. A claim with a resolved date and
//! an actor or an action is a candidate; candidates with compatible dates (a day falls within
//! its month) that share actors and words are one event, across sources. Candidates are
//! bucketed by year, so clustering compares only what could match.

use super::actors::Actors;
use crate::analyse::figures::{disagree, Figure};
use crate::analyse::timex::TimeExpression;
use crate::analyse::Analysis;
use crate::error::Warning;
use crate::load::curation::EventCuration;
use crate::model::date::{is_weekday, month_number, PartialDate, Precision};
use crate::model::ids::{hex, slugify};
use crate::text::lexicon::is_stop_word;
use crate::text::stem::stem;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub date: PartialDate,
    /// Indices into the paged actors, most involved first.
    pub actors: Vec<usize>,
    pub sources: Vec<String>,
    /// Claim ids in corpus order.
    pub claims: Vec<String>,
    /// How each claim's date was found.
    pub dating: Vec<Dating>,
    pub summary: Option<crate::model::source::Document>,
    pub curated: bool,
}

/// How a claim's date was derived: the expression, the rule, and the anchor when relative.
#[derive(Debug, Clone, PartialEq)]
pub struct Dating {
    pub claim: String,
    pub source: String,
    pub expression: String,
    pub rule: &'static str,
    pub value: PartialDate,
    pub anchor: Option<PartialDate>,
}

/// Sources disagreeing about one thing: each side is a value and the claims that give it.
#[derive(Debug, Clone, PartialEq)]
pub struct Discrepancy {
    pub id: String,
    pub about: String,
    /// Index into `Events::events`.
    pub event: Option<usize>,
    pub sides: Vec<(String, Vec<String>)>,
}

#[derive(Debug, Default)]
pub struct Events {
    /// In date order.
    pub events: Vec<Event>,
    pub discrepancies: Vec<Discrepancy>,
    /// Related events of each event (indices), closest first.
    pub related: Vec<Vec<usize>>,
    pub warnings: Vec<Warning>,
    /// Relative expressions that could not be resolved (no publication date): (source, text).
    pub unresolved: Vec<(String, String)>,
}

pub struct SourceInput<'a> {
    pub id: &'a str,
    pub published: Option<PartialDate>,
    pub analysis: &'a Analysis,
}

/// A dated claim.
struct Candidate {
    source: usize,
    claim: usize,
    time: usize,
    date: PartialDate,
    actors: BTreeSet<usize>,
    words: BTreeSet<String>,
}

#[derive(Default)]
struct Cluster {
    date: Option<PartialDate>,
    members: Vec<usize>,
    actors: BTreeSet<usize>,
    words: BTreeSet<String>,
}

pub fn resolve_events(
    sources: &[SourceInput],
    actors: &Actors,
    curation: &[EventCuration],
) -> Events {
    let mut events = Events::default();
    let candidates = candidates(sources, actors, &mut events.unresolved);
    let mut clusters = cluster(&candidates);
    events.warnings = apply_curation(&mut clusters, &candidates, sources, curation);
    let mut built: Vec<(Event, Vec<usize>)> = clusters
        .into_iter()
        .filter(|(_, c)| !c.members.is_empty())
        .map(|(curated, c)| {
            (
                build_event(&c, &candidates, sources, curated.map(|i| &curation[i])),
                c.members,
            )
        })
        .collect();
    built.sort_by(|(a, _), (b, _)| {
        sort_key(a.date)
            .cmp(&sort_key(b.date))
            .then(a.title.cmp(&b.title))
    });
    unique_ids(&mut built);
    for (index, (event, members)) in built.iter().enumerate() {
        events
            .discrepancies
            .extend(discrepancies(index, event, members, &candidates, sources));
    }
    events.events = built.into_iter().map(|(e, _)| e).collect();
    events.related = related(&events.events);
    events
}

/// Year, month, day for ordering: a year or month without a finer part sorts at its start.
fn sort_key(date: PartialDate) -> (i32, u8, u8) {
    (
        date.year(),
        date.month().unwrap_or(0),
        date.day().unwrap_or(0),
    )
}

fn candidates(
    sources: &[SourceInput],
    actors: &Actors,
    unresolved: &mut Vec<(String, String)>,
) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (s, source) in sources.iter().enumerate() {
        let analysis = source.analysis;
        for time in analysis
            .times
            .iter()
            .filter(|t| t.value.is_none() && t.relative)
        {
            unresolved.push((source.id.to_string(), time.text.clone()));
        }
        for (c, claim) in analysis.claims.iter().enumerate() {
            let Some((t, time)) = best_time(&analysis.times, claim.start, claim.end) else {
                continue;
            };
            let claim_actors: BTreeSet<usize> = analysis
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.start >= claim.start && m.end <= claim.end)
                .filter_map(|(m, _)| actors.of_mention(source.id, m))
                .collect();
            let words = content_words(&claim.text);
            // A past-tense verb ("passed", "signed") makes a dated claim a happening even
            // when no actor with a page is named.
            let has_action = claim
                .text
                .split(|c: char| !c.is_alphabetic())
                .any(|w| w.len() >= 5 && w.ends_with("ed") && w.chars().all(char::is_lowercase));
            if claim_actors.is_empty() && !has_action {
                continue;
            }
            found.push(Candidate {
                source: s,
                claim: c,
                time: t,
                date: time.value.expect("filtered"),
                actors: claim_actors,
                words,
            });
        }
    }
    found
}

/// The most precise resolved date expression inside a claim (the first of equals).
fn best_time(
    times: &[TimeExpression],
    start: usize,
    end: usize,
) -> Option<(usize, &TimeExpression)> {
    times
        .iter()
        .enumerate()
        .filter(|(_, t)| t.value.is_some() && t.start >= start && t.end <= end)
        .max_by(|(ia, a), (ib, b)| {
            precision_rank(a.value)
                .cmp(&precision_rank(b.value))
                .then(ib.cmp(ia))
        })
}

fn precision_rank(date: Option<PartialDate>) -> u8 {
    match date.map(|d| d.precision()) {
        Some(Precision::Day) => 3,
        Some(Precision::Month) => 2,
        Some(Precision::Year) => 1,
        None => 0,
    }
}

/// Lowercase content words, stemmed: what a happening is about.
fn content_words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_lowercase()))
        .filter(|w| !is_stop_word(w) && month_number(w).is_none() && !is_weekday(w))
        .map(stem)
        .collect()
}

/// One date contains the other: same year, and same month and day where both have them.
fn compatible(a: PartialDate, b: PartialDate) -> bool {
    a.year() == b.year()
        && (a.month().is_none() || b.month().is_none() || a.month() == b.month())
        && (a.day().is_none() || b.day().is_none() || a.day() == b.day())
}

/// Days of one month that differ: the same happening may be dated differently by two sources.
fn same_month_other_day(a: PartialDate, b: PartialDate) -> bool {
    a.year() == b.year()
        && a.month().is_some()
        && a.month() == b.month()
        && a.day().is_some()
        && b.day().is_some()
        && a.day() != b.day()
}

/// Share of the candidate's words that the cluster already has.
fn word_overlap(words: &BTreeSet<String>, cluster: &Cluster) -> f64 {
    if words.is_empty() {
        return 0.0;
    }
    words.iter().filter(|w| cluster.words.contains(*w)).count() as f64 / words.len() as f64
}

/// Whether a candidate reports the cluster's happening. The same date with two shared actors
/// is strong evidence on its own (a briefing rarely has two happenings on one day between the
/// same parties); a vaguer or finer date needs shared words too.
fn joins(candidate: &Candidate, cluster: &Cluster) -> bool {
    let Some(date) = cluster.date else {
        return false;
    };
    let shared = candidate.actors.intersection(&cluster.actors).count();
    let overlap = word_overlap(&candidate.words, cluster);
    if candidate.date == date {
        shared >= 2 || (shared >= 1 && overlap >= 0.2) || overlap >= 0.5
    } else if compatible(candidate.date, date) {
        (shared >= 1 && overlap >= 0.25) || overlap >= 0.5
    } else {
        same_month_other_day(candidate.date, date) && shared >= 2 && overlap >= 0.5
    }
}

/// Clusters candidates, most precise dates first so that vaguer mentions join precise events.
/// Returns (curation index, cluster) pairs; curation indices are filled in later.
fn cluster(candidates: &[Candidate]) -> Vec<(Option<usize>, Cluster)> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| {
        let c = &candidates[i];
        (
            std::cmp::Reverse(precision_rank(Some(c.date))),
            sort_key(c.date),
            c.source,
            c.claim,
        )
    });
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_year: HashMap<i32, Vec<usize>> = HashMap::new();
    for i in order {
        let candidate = &candidates[i];
        let bucket = by_year.entry(candidate.date.year()).or_default();
        let best = bucket
            .iter()
            .copied()
            .filter(|&k| joins(candidate, &clusters[k]))
            .max_by(|&a, &b| {
                let score = |k: usize| {
                    word_overlap(&candidate.words, &clusters[k])
                        + candidate.actors.intersection(&clusters[k].actors).count() as f64 * 0.1
                };
                score(a).total_cmp(&score(b)).then(b.cmp(&a))
            });
        let k = best.unwrap_or_else(|| {
            clusters.push(Cluster {
                date: Some(candidate.date),
                ..Cluster::default()
            });
            bucket.push(clusters.len() - 1);
            clusters.len() - 1
        });
        let cluster = &mut clusters[k];
        cluster.members.push(i);
        cluster.actors.extend(candidate.actors.iter().copied());
        cluster.words.extend(candidate.words.iter().cloned());
    }
    clusters.into_iter().map(|c| (None, c)).collect()
}

/// Applies content/events/*.md: merges the clusters each file names (by claim id, title or
/// id), then marks them curated; hidden ones are emptied. Returns warnings.
fn apply_curation(
    clusters: &mut [(Option<usize>, Cluster)],
    candidates: &[Candidate],
    sources: &[SourceInput],
    curation: &[EventCuration],
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    for (index, event) in curation.iter().enumerate() {
        let wanted: BTreeSet<&str> = event.aliases.iter().map(String::as_str).collect();
        let matches: Vec<usize> = clusters
            .iter()
            .enumerate()
            .filter(|(_, (_, c))| {
                let title = auto_title(c, candidates, sources);
                let id = c.date.map(|date| event_id(date, &title));
                wanted.contains(title.as_str())
                    || id.as_deref() == Some(event.slug.as_str())
                    || c.members
                        .iter()
                        .any(|&m| wanted.contains(claim_of(&candidates[m], sources).id.as_str()))
            })
            .map(|(k, _)| k)
            .collect();
        let Some((&first, rest)) = matches.split_first() else {
            warnings.push(Warning::new(
                event.location_of("aliases"),
                format!(
                    "event {:?} matches no dated claim; list claim ids in aliases",
                    event.slug
                ),
            ));
            continue;
        };
        for &k in rest {
            let moved = std::mem::take(&mut clusters[k].1);
            let target = &mut clusters[first].1;
            target.members.extend(moved.members);
            target.actors.extend(moved.actors);
            target.words.extend(moved.words);
        }
        clusters[first].0 = Some(index);
        if event.hidden {
            clusters[first].1.members.clear();
        }
    }
    warnings
}

fn claim_of<'a>(candidate: &Candidate, sources: &'a [SourceInput]) -> &'a crate::analyse::Claim {
    &sources[candidate.source].analysis.claims[candidate.claim]
}

/// The most concise supporting clause: for each claim, the clause that holds its date
/// expression (with its neighbour when too short to say anything); the shortest of those.
fn auto_title(cluster: &Cluster, candidates: &[Candidate], sources: &[SourceInput]) -> String {
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
fn dated_clause(candidate: &Candidate, sources: &[SourceInput]) -> String {
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

fn shorten(text: &str, limit: usize) -> String {
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

fn event_id(date: PartialDate, title: &str) -> String {
    let words: Vec<String> = slugify(title)
        .split('-')
        .take(6)
        .map(str::to_string)
        .collect();
    format!("{date}-{}", words.join("-"))
}

/// The event of a cluster: the most precise date its claims give (the first cluster date wins
/// ties), the shortest claim as title; the editor's curation overrides both.
fn build_event(
    cluster: &Cluster,
    candidates: &[Candidate],
    sources: &[SourceInput],
    curation: Option<&EventCuration>,
) -> Event {
    let seed = cluster.date.expect("clusters have dates");
    let found = cluster
        .members
        .iter()
        .map(|&m| candidates[m].date)
        .fold(seed, |best, d| {
            if precision_rank(Some(d)) > precision_rank(Some(best)) {
                d
            } else {
                best
            }
        });
    let date = curation.and_then(|c| c.date).unwrap_or(found);
    let title = curation
        .and_then(|c| c.title.clone())
        .unwrap_or_else(|| auto_title(cluster, candidates, sources));
    let mut actor_counts: BTreeMap<usize, usize> = BTreeMap::new();
    let mut source_ids = BTreeSet::new();
    let mut claims = Vec::new();
    let mut dating = Vec::new();
    let mut members = cluster.members.clone();
    members.sort_by_key(|&m| (candidates[m].source, candidates[m].claim));
    for m in members {
        let candidate = &candidates[m];
        let source = &sources[candidate.source];
        let claim = claim_of(candidate, sources);
        for &a in &candidate.actors {
            *actor_counts.entry(a).or_default() += 1;
        }
        source_ids.insert(source.id.to_string());
        claims.push(claim.id.clone());
        let time = &source.analysis.times[candidate.time];
        dating.push(Dating {
            claim: claim.id.clone(),
            source: source.id.to_string(),
            expression: time.text.clone(),
            rule: time.rule,
            value: candidate.date,
            anchor: source.published.filter(|_| time.relative),
        });
    }
    let mut actors: Vec<(usize, usize)> = actor_counts.into_iter().collect();
    actors.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Event {
        id: curation.map_or_else(|| event_id(date, &title), |c| c.slug.clone()),
        title,
        date,
        actors: actors.into_iter().map(|(a, _)| a).collect(),
        sources: source_ids.into_iter().collect(),
        claims,
        dating,
        summary: curation
            .and_then(|c| crate::model::source::Document::summary(&c.path, &c.body, c.body_line)),
        curated: curation.is_some(),
    }
}

fn unique_ids(events: &mut [(Event, Vec<usize>)]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (event, _) in events.iter_mut() {
        let count = seen.entry(event.id.clone()).or_default();
        *count += 1;
        if *count > 1 {
            event.id = format!("{}-{count}", event.id);
        }
    }
}

/// Different day-precision dates for one event, and figures about the same thing that differ.
fn discrepancies(
    index: usize,
    event: &Event,
    members: &[usize],
    candidates: &[Candidate],
    sources: &[SourceInput],
) -> Vec<Discrepancy> {
    let mut found = Vec::new();
    let mut by_date: BTreeMap<PartialDate, Vec<String>> = BTreeMap::new();
    for &m in members {
        let c = &candidates[m];
        if c.date.precision() == Precision::Day {
            by_date
                .entry(c.date)
                .or_default()
                .push(claim_of(c, sources).id.clone());
        }
    }
    if by_date.len() > 1 {
        let sides = by_date
            .into_iter()
            .map(|(d, claims)| (d.human(), claims))
            .collect();
        found.push(discrepancy(
            format!("the date of: {}", event.title),
            index,
            sides,
        ));
    }
    // Figures grouped by what they count: (unit, currency) → (figure, claim id).
    type Counted<'f> = BTreeMap<(String, Option<&'static str>), Vec<(&'f Figure, String)>>;
    let mut figures: Counted = BTreeMap::new();
    for &m in members {
        let c = &candidates[m];
        let claim = claim_of(c, sources);
        for figure in sources[c.source]
            .analysis
            .figures
            .iter()
            .filter(|f| f.start >= claim.start && f.end <= claim.end)
        {
            if let Some(unit) = &figure.unit {
                figures
                    .entry((unit.clone(), figure.currency))
                    .or_default()
                    .push((figure, claim.id.clone()));
            }
        }
    }
    for ((unit, _), list) in figures {
        let conflict = list
            .iter()
            .any(|(a, ca)| list.iter().any(|(b, cb)| ca != cb && disagree(a, b)));
        if !conflict {
            continue;
        }
        let mut sides: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (figure, claim) in list {
            let claims = sides.entry(figure.text.clone()).or_default();
            if !claims.contains(&claim) {
                claims.push(claim);
            }
        }
        found.push(discrepancy(
            format!("how many {unit}: {}", event.title),
            index,
            sides.into_iter().collect(),
        ));
    }
    found
}

fn discrepancy(about: String, event: usize, sides: Vec<(String, Vec<String>)>) -> Discrepancy {
    let digest = Sha256::digest(format!("{about}\n{sides:?}"));
    Discrepancy {
        id: format!("d-{}", &hex(&digest)[..10]),
        about,
        event: Some(event),
        sides,
    }
}

/// Events that share actors, closest in time first (at most five).
fn related(events: &[Event]) -> Vec<Vec<usize>> {
    let mut by_actor: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, event) in events.iter().enumerate() {
        for &a in &event.actors {
            by_actor.entry(a).or_default().push(i);
        }
    }
    events
        .iter()
        .enumerate()
        .map(|(i, event)| {
            let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
            for a in &event.actors {
                for &j in by_actor[a].iter().filter(|&&j| j != i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
            let mut ranked: Vec<(usize, usize)> = shared.into_iter().collect();
            ranked.sort_by_key(|&(j, n)| (std::cmp::Reverse(n), i.abs_diff(j)));
            ranked.into_iter().take(5).map(|(j, _)| j).collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::mentions::{ActorKind, Mention, Via};
    use crate::analyse::Claim;
    use crate::briefing::actors::{resolve_actors, SourceMentions};

    /// A claim: its text, its date expression (text, value) and the actor names it mentions.
    struct Spec<'a> {
        text: &'a str,
        date: Option<(&'a str, &'a str)>,
        actors: &'a [&'a str],
    }

    fn analysis(id: &str, specs: &[Spec]) -> Analysis {
        let mut analysis = Analysis::default();
        let mut offset = 0;
        for (i, spec) in specs.iter().enumerate() {
            let len = spec.text.chars().count();
            analysis.claims.push(Claim {
                id: format!("{id}-{i}"),
                source: id.into(),
                text: spec.text.into(),
                start: offset,
                end: offset + len,
            });
            if let Some((expression, value)) = spec.date {
                let at = offset
                    + spec
                        .text
                        .find(expression)
                        .map_or(0, |b| spec.text[..b].chars().count());
                analysis.times.push(TimeExpression {
                    start: at,
                    end: at + expression.chars().count(),
                    text: expression.into(),
                    value: PartialDate::parse(value),
                    rule: "test",
                    relative: false,
                });
            }
            for name in spec.actors {
                let at = offset
                    + spec
                        .text
                        .find(name)
                        .map_or(0, |b| spec.text[..b].chars().count());
                analysis.mentions.push(Mention {
                    start: at,
                    end: at + name.chars().count(),
                    text: name.to_string(),
                    name: name.to_string(),
                    kind: ActorKind::Organisation,
                    via: Via::Name,
                    role: None,
                    evidence: "test",
                });
            }
            offset += len + 1;
        }
        analysis
    }

    fn resolve(analyses: &[(&str, Analysis)], curation: &[EventCuration]) -> Events {
        let mentions: Vec<SourceMentions> = analyses
            .iter()
            .map(|(id, a)| SourceMentions { id, analysis: a })
            .collect();
        let actors = resolve_actors(&mentions, &[], 1).unwrap();
        let inputs: Vec<SourceInput> = analyses
            .iter()
            .map(|(id, a)| SourceInput {
                id,
                published: None,
                analysis: a,
            })
            .collect();
        resolve_events(&inputs, &actors, curation)
    }

    const RULING_A: Spec = Spec {
        text: "On April 17, 2025 the Harbour Court approved the terminal expansion plan.",
        date: Some(("April 17, 2025", "2025-04-17")),
        actors: &["Harbour Court"],
    };
    const RULING_B: Spec = Spec {
        text: "The Harbour Court approved the expansion plan for the terminal in April 2025.",
        date: Some(("April 2025", "2025-04")),
        actors: &["Harbour Court"],
    };
    const OTHER: Spec = Spec {
        text: "In 2003 the Harbour Court was founded by decree.",
        date: Some(("2003", "2003")),
        actors: &["Harbour Court"],
    };

    #[test]
    fn one_happening_reported_twice_is_one_event_at_its_most_precise_date() {
        let events = resolve(
            &[
                ("a", analysis("a", &[RULING_A, OTHER])),
                ("b", analysis("b", &[RULING_B])),
            ],
            &[],
        );
        assert_eq!(events.events.len(), 2);
        let ruling = &events.events[1];
        assert_eq!(ruling.date.to_string(), "2025-04-17");
        assert_eq!(ruling.sources, ["a", "b"]);
        assert_eq!(ruling.claims, ["a-0", "b-0"]);
        assert_eq!(
            events.events[0].date.to_string(),
            "2003",
            "events are in date order"
        );
    }

    #[test]
    fn undated_or_actionless_claims_are_not_events() {
        let undated = Spec {
            text: "The Harbour Court approved it.",
            date: None,
            actors: &["Harbour Court"],
        };
        let idle = Spec {
            text: "In 2003 there was rain.",
            date: Some(("2003", "2003")),
            actors: &[],
        };
        let events = resolve(&[("a", analysis("a", &[undated, idle]))], &[]);
        assert!(events.events.is_empty());
    }

    #[test]
    fn different_days_for_one_happening_are_a_discrepancy() {
        let other_day = Spec { text: "On April 18, 2025 the Harbour Court approved the terminal expansion plan, the Port Board said.", date: Some(("April 18, 2025", "2025-04-18")), actors: &["Harbour Court", "Port Board"] };
        let first = Spec { text: "On April 17, 2025 the Harbour Court approved the terminal expansion plan, the Port Board said.", date: Some(("April 17, 2025", "2025-04-17")), actors: &["Harbour Court", "Port Board"] };
        let events = resolve(
            &[
                ("a", analysis("a", &[first])),
                ("b", analysis("b", &[other_day])),
            ],
            &[],
        );
        assert_eq!(events.events.len(), 1);
        let d = &events.discrepancies[0];
        assert!(d.about.starts_with("the date of"), "{d:?}");
        assert_eq!(d.sides.len(), 2);
        assert_eq!(d.sides[0].0, "17 April 2025");
    }

    #[test]
    fn curation_renames_redates_merges_and_hides() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("court-ruling.md"), "+++\ntitle = \"The court approves the plan\"\ndate = \"2025-04-17\"\naliases = [\"b-0\"]\n+++\nSummary.\n").unwrap();
        std::fs::write(
            tmp.path().join("founding.md"),
            "+++\nhidden = true\naliases = [\"a-1\"]\n+++\n",
        )
        .unwrap();
        std::fs::write(
            tmp.path().join("ghost.md"),
            "+++\naliases = [\"zz-9\"]\n+++\n",
        )
        .unwrap();
        let curation = crate::load::curation::load_event_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap();
        let events = resolve(
            &[
                ("a", analysis("a", &[RULING_A, OTHER])),
                ("b", analysis("b", &[RULING_B])),
            ],
            &curation,
        );
        assert_eq!(events.events.len(), 1, "{:?}", events.events);
        let event = &events.events[0];
        assert_eq!(
            (event.id.as_str(), event.title.as_str()),
            ("court-ruling", "The court approves the plan")
        );
        assert!(event.summary.is_some());
        assert!(
            events.warnings[0].to_string().contains("ghost.md"),
            "{:?}",
            events.warnings
        );
    }

    #[test]
    fn titles_are_cut_at_a_clause() {
        let long = "The authority approved the plan on Tuesday, ending a dispute that had lasted three years and that had divided the town council, the port and the fishermen";
        let title = shorten(long, 120);
        assert!(
            title.ends_with('…') && title.chars().count() <= 121,
            "{title}"
        );
    }
}
