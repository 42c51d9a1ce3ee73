//! Claims → candidates: a dated claim with an actor or an action is one candidate per
//! happening it dates; a claim without a date but with an action may still report a dated
//! happening, and is kept aside to join one.

use super::titles::claim_headline;
use super::{Actors, Candidate, SourceInput, Undated};
use crate::analyse::figures::{is_outcome, Figure};
use crate::analyse::mentions::Mention;
use crate::analyse::timex::TimeExpression;
use crate::analyse::Analysis;
use crate::analyse::Claim;
use crate::model::actor::ActorKind;
use crate::model::date::{is_weekday, month_number, weekday_number, PartialDate, Precision};
use crate::text::gazetteer::state_of_seat;
use crate::text::headline::Headline;
use crate::text::lexicon::actions::common_action;
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::numbers::qualifier_ending;
use crate::text::lexicon::parts_of_speech::{irregular_base, verb_form, VerbForm};
use crate::text::stem::stem;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};

/// Dated candidates and undated claims that name an action.
pub(super) struct Found {
    pub(super) dated: Vec<Candidate>,
    pub(super) undated: Vec<Undated>,
}

pub(super) fn candidates(
    sources: &[SourceInput],
    readings: &[TextReading],
    actors: &Actors,
    unresolved: &mut Vec<(String, String)>,
) -> Found {
    let seats = seat_states(actors);
    // Each source is read on its own, in parallel; the readings join in source order.
    let found: Vec<Found> = sources
        .par_iter()
        .zip(readings)
        .enumerate()
        .map(|(s, (source, reading))| read_source(s, source, reading, actors, &seats))
        .collect();
    let mut all = Found {
        dated: Vec::new(),
        undated: Vec::new(),
    };
    let mut verbs: HashSet<String> = HashSet::new();
    for (source, (found, reading)) in sources.iter().zip(found.into_iter().zip(readings)) {
        all.dated.extend(found.dated);
        all.undated.extend(found.undated);
        verbs.extend(reading.verbs.iter().cloned());
        unresolved.extend(
            reading
                .unresolved
                .iter()
                .map(|text| (source.id.to_string(), text.clone())),
        );
    }
    mark_actions(&mut all, &verbs);
    all
}

/// For each actor that is a seat of government ("the Kremlin"), the actor of its state, when
/// the corpus has one: the seat keeps its page, but a happening it takes part in is the
/// state's too, so reports naming one or the other meet.
fn seat_states(actors: &Actors) -> Vec<Option<usize>> {
    let states: HashMap<&str, usize> = actors
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::State)
        .map(|(i, a)| (a.name.as_str(), i))
        .collect();
    actors
        .actors
        .iter()
        .map(|a| state_of_seat(&a.name).and_then(|state| states.get(state).copied()))
        .collect()
}

/// What the event stage reads in one source's text before any actor is known: a function of
/// the source's analysis and publication date alone, so the build cache keeps it beside the
/// analysis (the headline of each dated claim is most of its cost).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextReading {
    /// The stems the source uses as verbs of something done (`action_verbs`), sorted.
    verbs: Vec<String>,
    /// Its relative times left unresolved, as written.
    unresolved: Vec<String>,
    /// One per claim, in claim order.
    pub(super) claims: Vec<ClaimReading>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ClaimReading {
    /// The mentions inside the claim (indices into the analysis's mentions).
    mentions: Vec<usize>,
    /// It counts people killed, wounded, missing…
    toll: bool,
    /// It has a verb of something done (`has_action`).
    action: bool,
    /// `has_regular_past`.
    done: bool,
    /// Dated only relative to a publication date the source lacks ("on Sunday").
    unplaced: bool,
    /// The day of the week such a date names (0 for Monday).
    weekday: Option<u8>,
    /// The dates of the happenings it tells.
    pub(super) dates: Vec<DateReading>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct DateReading {
    /// Index into the analysis's times.
    time: usize,
    /// `Candidate::vague`.
    vague: bool,
    /// The claim's headline anchored at this date.
    headline: Headline,
    /// The content words of the clause the date governs; none for a vague date.
    clause: Option<BTreeSet<String>>,
}

/// Reads one source's text for the event stage (see `TextReading`).
pub fn read_text(published: Option<PartialDate>, analysis: &Analysis) -> TextReading {
    let claim_verbs: Vec<Vec<String>> = analysis
        .claims
        .iter()
        .map(|claim| action_verbs(&claim.text).collect())
        .collect();
    let verbs: BTreeSet<&String> = claim_verbs.iter().flatten().collect();
    let unresolved = analysis
        .times
        .iter()
        .filter(|t| t.value.is_none() && t.relative)
        .map(|time| time.text.clone())
        .collect();
    let mentions = by_start(&analysis.mentions, |m: &Mention| m.start);
    let times = by_start(&analysis.times, |t: &TimeExpression| t.start);
    let figures = by_start(&analysis.figures, |f: &Figure| f.start);
    let mut next_mention = 0;
    let mut next_time = 0;
    let mut next_figure = 0;
    // Claims, mentions and times are walked together in text order: each claim takes
    // the spans that start inside it, so a source is read once whatever its size.
    let claims = analysis
        .claims
        .iter()
        .zip(&claim_verbs)
        .enumerate()
        .map(|(c, (claim, verbs))| {
            let inside_mentions = spans_inside(&mentions, &mut next_mention, claim, |&m| {
                let m = &analysis.mentions[m];
                (m.start, m.end)
            });
            let inside_times = spans_inside(&times, &mut next_time, claim, |&t| {
                let t = &analysis.times[t];
                (t.start, t.end)
            });
            let toll = spans_inside(&figures, &mut next_figure, claim, |&f| {
                let f = &analysis.figures[f];
                (f.start, f.end)
            })
            .iter()
            .any(|&f| {
                analysis.figures[f]
                    .measure
                    .as_deref()
                    .is_some_and(is_outcome)
            });
            // "On Saturday" in a source without a publication date dates a happening the
            // tool cannot place: the claim reports it undated, whatever else it dates. (With
            // a publication date, what stays unresolved is only vague: "last week".)
            let mut unresolved = inside_times
                .iter()
                .map(|&t| &analysis.times[t])
                .filter(|t| t.value.is_none() && t.relative);
            let unplaced = published.is_none() && unresolved.clone().next().is_some();
            let weekday = unresolved
                .find_map(|t| t.text.split_whitespace().find_map(weekday_number))
                .filter(|_| unplaced);
            let dates = happening_dates(&analysis.times, &inside_times)
                .into_iter()
                .filter(|&t| {
                    !bounded(claim, &analysis.times[t]) && !goal(claim, &analysis.times[t])
                })
                .map(|t| read_date(analysis, c, t))
                .collect();
            ClaimReading {
                mentions: inside_mentions,
                toll,
                action: !verbs.is_empty(),
                done: has_regular_past(&claim.text),
                unplaced,
                weekday,
                dates,
            }
        })
        .collect();
    TextReading {
        verbs: verbs.into_iter().cloned().collect(),
        unresolved,
        claims,
    }
}

/// The headline of claim `c` anchored at time `t`, and unless the date is vague, the content
/// words of the clause it governs.
fn read_date(analysis: &Analysis, c: usize, t: usize) -> DateReading {
    let claim = &analysis.claims[c];
    let time = &analysis.times[t];
    let year_only = time.value.is_some_and(|d| d.precision() == Precision::Year);
    let vague = time.relative && year_only;
    let headline = claim_headline(analysis, c, Some(t));
    let clause = (!vague).then(|| {
        let mut said = headline.text.clone();
        if let Some(when) = when_clause(claim, time) {
            said.push(' ');
            said.push_str(&when);
        }
        content_words(&said)
    });
    DateReading {
        time: t,
        vague,
        headline,
        clause,
    }
}

/// One source's candidates and undated claims, its reading joined to the actors resolved.
fn read_source(
    s: usize,
    source: &SourceInput,
    reading: &TextReading,
    resolved: &Actors,
    seats: &[Option<usize>],
) -> Found {
    let mut found = Found {
        dated: Vec::new(),
        undated: Vec::new(),
    };
    let analysis = source.analysis;
    for (c, claim) in reading.claims.iter().enumerate() {
        // Not kept in the reading: a set per claim of the corpus held beside the analyses
        // raised peak memory by a quarter, and making it again costs little.
        let words = content_words(&analysis.claims[c].text);
        let named: Vec<(usize, usize)> = claim
            .mentions
            .iter()
            .filter_map(|&m| {
                let start = analysis.mentions[m].start;
                resolved.of_mention(source.id, m).map(|a| (a, start))
            })
            .flat_map(|(a, start)| std::iter::once((a, start)).chain(seats[a].map(|s| (s, start))))
            .collect();
        if claim.dates.is_empty() || claim.unplaced {
            // Kept when it names an action (see `mark_actions`).
            found.undated.push(Undated {
                source: s,
                claim: c,
                actors: named.iter().map(|&(a, _)| a).collect(),
                people: named
                    .iter()
                    .map(|&(a, _)| a)
                    .filter(|&a| resolved.actors[a].kind == ActorKind::Person)
                    .collect(),
                words: words.clone(),
                actions: BTreeSet::new(),
                unplaced: claim.unplaced,
                weekday: claim.weekday,
                done: claim.done,
            });
            if claim.dates.is_empty() {
                continue;
            }
        }
        // A past-tense verb ("passed", "signed") makes a dated claim a happening even
        // when no actor with a page is named.
        if named.is_empty() && !claim.action {
            continue;
        }
        for dated in &claim.dates {
            let t = dated.time;
            // With two dates in a claim, each actor belongs to the date nearest it.
            let nearest = |at: usize| {
                claim
                    .dates
                    .iter()
                    .map(|d| d.time)
                    .min_by_key(|&d| analysis.times[d].start.abs_diff(at))
            };
            let mut actors: BTreeSet<usize> = named
                .iter()
                .filter(|&&(_, at)| nearest(at) == Some(t))
                .map(|&(a, _)| a)
                .collect();
            // A date whose clause names nobody tells of what the sentence already named:
            // "… lifted the ban on X in May, a ban in place since 2003".
            if actors.is_empty() {
                actors = named.iter().map(|&(a, _)| a).collect();
            }
            found.dated.push(Candidate {
                source: s,
                claim: c,
                time: t,
                date: analysis.times[t].value.expect("dated"),
                actors,
                words: words.clone(),
                actions: BTreeSet::new(),
                told: BTreeSet::new(),
                toll: claim.toll,
                vague: dated.vague,
                clause: dated.clause.clone(),
                headline: dated.headline.clone(),
            });
        }
    }
    found
}

/// Indices of spans ordered by start (analysers emit them in text order; this makes sure).
fn by_start<T>(spans: &[T], start: impl Fn(&T) -> usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (start(&spans[i]), i));
    order
}

/// The spans (from `order`, starting at `next`) that lie inside the claim; `next` moves past
/// every span that starts before the claim ends.
fn spans_inside(
    order: &[usize],
    next: &mut usize,
    claim: &Claim,
    range: impl Fn(&usize) -> (usize, usize),
) -> Vec<usize> {
    while *next < order.len() && range(&order[*next]).0 < claim.start {
        *next += 1;
    }
    let mut inside = Vec::new();
    while *next < order.len() && range(&order[*next]).0 < claim.end {
        if range(&order[*next]).1 <= claim.end {
            inside.push(order[*next]);
        }
        *next += 1;
    }
    inside
}

/// The resolved dates of a claim that name different happenings: a date that another, more
/// precise date of the claim falls within ("in March… on March 3") only repeats it, and so
/// does a second mention of the same date.
fn happening_dates(times: &[TimeExpression], inside: &[usize]) -> Vec<usize> {
    let dated: Vec<(usize, PartialDate)> = inside
        .iter()
        .filter_map(|&t| times[t].value.map(|d| (t, d)))
        .collect();
    dated
        .iter()
        .enumerate()
        .filter(|&(i, &(_, date))| {
            !dated.iter().enumerate().any(|(j, &(_, other))| {
                let finer = precision_rank(Some(other)) > precision_rank(Some(date));
                (finer && super::grouping::compatible(date, other)) || (other == date && j < i)
            })
        })
        .map(|(_, &(t, _))| t)
        .collect()
}

/// A relative year that a qualifier bounds ("more than 20 years ago", "nearly two decades
/// ago") says only before or after when, so it dates no happening.
fn bounded(claim: &Claim, time: &TimeExpression) -> bool {
    let year_only = time.value.is_some_and(|d| d.precision() == Precision::Year);
    if !time.relative || !year_only || time.start < claim.start {
        return false;
    }
    let before: String = claim.text.chars().take(time.start - claim.start).collect();
    let words: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = words.iter().rev().map(String::as_str).collect();
    qualifier_ending(&words).is_some()
}

/// Verbs of aiming: what they govern is wanted, not done.
const AIM_VERBS: &[&str] = &[
    "aim",
    "aimed",
    "aiming",
    "aims",
    "expect",
    "expected",
    "expecting",
    "expects",
    "hope",
    "hoped",
    "hopes",
    "hoping",
    "intend",
    "intended",
    "intending",
    "intends",
    "plan",
    "planned",
    "planning",
    "plans",
    "seek",
    "seeking",
    "seeks",
    "sought",
    "target",
    "targeted",
    "targeting",
    "targets",
    "want",
    "wanted",
    "wanting",
    "wants",
];

/// Nouns that name an aim: a date they govern is its year, not a happening's.
const AIM_NOUNS: &[&str] = &["ambition", "deadline", "goal", "goals", "target", "targets"];

/// A date that an aim governs ("aims to raise trade to $3 billion by 2030", "with a target
/// of $1 billion in 2025") is when something is wanted, not when it happened, so it dates no
/// happening: the stretch of the claim before it (since a comma or other boundary) holds a
/// verb of aiming with its "to", or a noun that names an aim with a figure or the date as
/// what it is of or for.
fn goal(claim: &Claim, time: &TimeExpression) -> bool {
    let Some(offset) = time.start.checked_sub(claim.start) else {
        return false;
    };
    let before: String = claim.text.chars().take(offset).collect();
    let stretch = before
        .rsplit([',', ';', ':', '(', '—', '–'])
        .next()
        .unwrap_or_default()
        .to_lowercase();
    let words: Vec<&str> = stretch
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let aims_to = words
        .windows(2)
        .any(|w| AIM_VERBS.contains(&w[0]) && w[1] == "to");
    // "a target of $1 billion in 2025", "a goal for 2030"; not "struck targets in the
    // port in 2024" nor "the target of an attack in 2024": the aim is counted or dated.
    let aim_noun = words.iter().enumerate().any(|(i, w)| {
        let rest = &words[i + 1..];
        AIM_NOUNS.contains(w)
            && rest
                .first()
                .is_some_and(|&next| next == "of" || next == "for")
            && (rest.len() == 1
                || rest
                    .iter()
                    .any(|r| r.starts_with(|c: char| c.is_ascii_digit())))
    });
    aims_to || aim_noun
}

/// The clause that a "when" right after a date opens ("in 1998, when the council founded
/// it"): it tells what happened then, so it belongs to the date's clause.
fn when_clause(claim: &Claim, time: &TimeExpression) -> Option<String> {
    let after: String = claim
        .text
        .chars()
        .skip(time.end.checked_sub(claim.start)?)
        .collect();
    let rest = after.trim_start_matches([',', ' ']).strip_prefix("when ")?;
    let end = rest.find([',', ';', ':', '.', '(']).unwrap_or(rest.len());
    Some(rest[..end].to_string())
}

/// A lowercase "-ed" past of five letters or more: the surest sign of something done, unlike
/// an irregular form ("took", "met") that also serves phrases ("took note", "met criticism").
fn has_regular_past(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 5 && w.ends_with("ed") && w.chars().all(char::is_lowercase))
}

/// Verbs that report, link or help ("said", "had", "made", "found"): they name no happening
/// of their own, so their irregular forms are not actions.
const NOT_HAPPENINGS: &[&str] = &[
    "be", "bear", "become", "bind", "come", "do", "feel", "find", "get", "give", "go", "have",
    "hear", "keep", "know", "lay", "leave", "let", "lie", "make", "mean", "put", "say", "see",
    "seem", "set", "tell", "think",
];

/// The stems of the verbs in a claim that say something was done: past tenses of five
/// letters or more ending in "-ed" ("attacked"), the past forms of irregular verbs ("fled",
/// "struck") as their base ("flee", "strike"), and in a headline, whose present tense tells
/// the past ("Quake Strikes Coast"), the present of a known verb.
fn action_verbs(text: &str) -> impl Iterator<Item = String> {
    let heading = is_heading(text);
    claim_words(text).into_iter().filter_map(move |word| {
        if let Some(base) = irregular_base(&word) {
            return (!NOT_HAPPENINGS.contains(&base)).then(|| stem(base));
        }
        let past = word.len() >= 5 && word.ends_with("ed");
        let told = heading && verb_form(&word) == Some(VerbForm::Present);
        (past || told).then(|| stem(&word))
    })
}

/// The words a claim's happening is read from, lowercase: its lowercase words, and in a
/// headline, whose words are capitalised, all of them.
fn claim_words(text: &str) -> Vec<String> {
    let heading = is_heading(text);
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && (heading || w.chars().all(char::is_lowercase)))
        .map(str::to_lowercase)
        .collect();
    // "listed X as a terrorist group" designates X, as "designated X as …" does.
    for k in 0..words.len() {
        let listed_as = words[k + 1..].iter().take(4).any(|w| w == "as");
        if listed_as {
            if let Some(designated) = listed_as_designated(&words[k]) {
                words[k] = designated.to_string();
            }
        }
    }
    words
}

/// The form of "designate" that a form of "list" followed by "as" stands for.
fn listed_as_designated(word: &str) -> Option<&'static str> {
    match word {
        "list" => Some("designate"),
        "lists" => Some("designates"),
        "listed" => Some("designated"),
        "listing" => Some("designating"),
        _ => None,
    }
}

/// A headline: no closing punctuation, and most of its longer words capitalised.
fn is_heading(text: &str) -> bool {
    let text = text.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)".contains(c));
    if text.ends_with(['.', '!', '?', ':', ';']) {
        return false;
    }
    let long: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 2 && long.len() <= 16 && capitalised * 4 >= long.len() * 3
}

/// A candidate's actions are its words whose stem the corpus also uses as a past-tense verb:
/// "attack" in "the attack" when some claim says "attacked". Nouns that are never verbs
/// ("capital", "budget") stay plain words.
fn mark_actions(found: &mut Found, verbs: &HashSet<String>) {
    found.dated.par_iter_mut().for_each(|candidate| {
        candidate.actions = split_actions(&mut candidate.words, verbs);
        // What the date's own clause tells is the happening an undated claim may report:
        // "X's decision to delist Y reflects an alignment that began in August 2021" dates
        // the alignment's beginning, not the delisting.
        if let Some(mut clause) = candidate.clause.take() {
            let actions = split_actions(&mut clause, verbs);
            if !actions.is_empty() {
                // A year alone says little, so a claim it dates is compared by the clause it
                // dates when that clause tells something done: "X banned Y in 2003,
                // reflecting concerns over …" by "X banned Y", lest the rest of a long
                // sentence drown the likeness or draw others in.
                if candidate.date.precision() == Precision::Year {
                    candidate.words = clause;
                    candidate.actions = actions.clone();
                }
                candidate.told = actions;
            }
        }
        if candidate.told.is_empty() {
            candidate.told = candidate.actions.clone();
        }
    });
    found.undated.par_iter_mut().for_each(|undated| {
        undated.actions = split_actions(&mut undated.words, verbs);
    });
    // An undated claim that names no action reports nothing done.
    found.undated.retain(|u| !u.actions.is_empty());
}

fn split_actions(words: &mut BTreeSet<String>, verbs: &HashSet<String>) -> BTreeSet<String> {
    let (actions, others) = std::mem::take(words)
        .into_iter()
        .partition(|w| verbs.contains(w));
    *words = others;
    // Actions worded apart ("outlawed", "banned") are compared as one.
    actions
        .into_iter()
        .map(|a: String| common_action(&a).to_string())
        .collect()
}

pub(super) fn precision_rank(date: Option<PartialDate>) -> u8 {
    match date.map(|d| d.precision()) {
        Some(Precision::Day) => 3,
        Some(Precision::Month) => 2,
        Some(Precision::Year) => 1,
        None => 0,
    }
}

/// Lowercase content words, stemmed: what a happening is about.
pub(super) fn content_words(text: &str) -> BTreeSet<String> {
    claim_words(text)
        .iter()
        .filter(|w| w.chars().all(|c| c.is_lowercase()))
        .map(String::as_str)
        .filter_map(|w| match irregular_base(w) {
            // "fled" and "flee" are one action, and "ran" is as much one as "attacked".
            Some(base) => Some(base),
            None => (w.len() >= 4).then_some(w),
        })
        .filter(|w| !is_stop_word(w) && month_number(w).is_none() && !is_weekday(w))
        .map(stem)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(start: usize, value: &str) -> TimeExpression {
        TimeExpression {
            start,
            end: start + 4,
            text: value.into(),
            value: PartialDate::parse(value),
            rule: "test",
            relative: false,
            until: None,
        }
    }

    #[test]
    fn a_claim_dates_as_many_happenings_as_it_has_dates_that_do_not_contain_each_other() {
        let times = [
            time(0, "2030-05"),
            time(10, "2030-05-02"),
            time(20, "2012"),
            time(30, "2012"),
        ];
        assert_eq!(happening_dates(&times, &[0, 1, 2, 3]), [1, 2]);
    }

    #[test]
    fn a_date_an_aim_governs_dates_no_happening() {
        // Whether the date written `part` (of value `value`) in `text` is an aim's goal.
        let goal_in = |text: &str, part: &str, value: &str| {
            let claim = Claim {
                id: String::new(),
                source: String::new(),
                text: text.into(),
                start: 0,
                end: text.chars().count(),
            };
            let start = text[..text.find(part).expect("in text")].chars().count();
            goal(&claim, &time(start, value))
        };
        let aim = "Norland aims to raise trade to $3 billion by 2030, with a target of $1 billion \
                   in 2025, as stated by minister Jana Roe in August 2024.";
        assert!(goal_in(aim, "2030", "2030"));
        assert!(goal_in(aim, "2025", "2025"));
        assert!(!goal_in(aim, "August 2024", "2024-08"));
        let done = "Norland raised trade to $3 billion by 2030.";
        assert!(!goal_in(done, "2030", "2030"));
        let struck = "Jets struck targets in the port in 2024.";
        assert!(!goal_in(struck, "2024", "2024"));
    }

    #[test]
    fn actions_are_past_tenses_irregular_forms_and_a_headline_present() {
        let actions = |text| action_verbs(text).collect::<Vec<_>>();
        assert_eq!(
            actions("The crew fled after the mast collapsed"),
            ["flee", "collaps"]
        );
        assert_eq!(
            actions("He said it was made of steel"),
            Vec::<String>::new()
        );
        assert_eq!(actions("Storm Damages Old Mast Near Quay"), ["damag"]);
        assert_eq!(actions("The storm damages masts."), Vec::<String>::new());
    }

    #[test]
    fn listing_as_something_designates() {
        let actions = |text| {
            action_verbs(text)
                .map(|a| common_action(&a).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            actions("The ministry listed the Ostrin Front as a terrorist group."),
            actions("The ministry banned the group.")
        );
        assert_eq!(actions("The report listed five reasons."), [stem("listed")]);
    }

    #[test]
    fn a_headline_is_capitalised_and_unpunctuated() {
        assert!(is_heading("Storm Topples Old Mast Near Quay"));
        assert!(!is_heading("Storm Topples Old Mast Near Quay."));
        assert!(!is_heading("The storm toppled the old mast near the quay"));
    }

    #[test]
    fn an_irregular_form_is_read_as_its_base() {
        assert!(content_words("the crew fled").contains(&stem("flee")));
    }

    #[test]
    fn spans_are_taken_by_the_claim_they_lie_in() {
        let claim = |start, end| Claim {
            id: String::new(),
            source: String::new(),
            text: String::new(),
            start,
            end,
        };
        let spans = [(0, 3), (5, 8), (9, 14), (20, 22)];
        let order = [0, 1, 2, 3];
        let mut next = 0;
        let range = |&i: &usize| spans[i];
        assert_eq!(
            spans_inside(&order, &mut next, &claim(0, 10), range),
            [0, 1]
        );
        assert_eq!(spans_inside(&order, &mut next, &claim(10, 30), range), [3]);
    }
}
