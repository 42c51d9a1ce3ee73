//! Where a sentence's clauses are: its stretches between boundary marks and subordinators
//! ("units"), and the subject each finite verb has, in its own unit or in a noun phrase
//! before it ("Jana Novak, the mayor, opened the bridge").

use super::phrases::{
    is_finite, is_one_of, kept, last_noun_phrase, next, prev, relative_that, skipped, subject_start,
};
use super::words::{Word, BOUNDARIES};
use crate::text::lexicon::parts_of_speech::{Class, VerbForm};
use std::ops::Range;

/// What opens a unit, which says what it can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Opener {
    /// A subject or a verb: a main clause, a noun phrase, a verb phrase.
    Plain,
    /// "while", "when", "as" before a clause.
    Subordinator,
    /// "who", "which", "that" before a verb.
    Relative,
    /// A preposition: an adverbial ("In a historic shift", "According to …").
    Preposition,
    /// A participle or gerund that is not a finite verb ("aligning with …", "passed on …").
    Participle,
}

#[derive(Debug, Clone)]
pub(super) struct Unit {
    /// Word indices, boundary marks excluded.
    pub words: Range<usize>,
    pub opener: Opener,
}

/// A clause with a subject and a finite verb.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Clause {
    /// The subject's words (indices), in order.
    pub subject: Vec<usize>,
    /// The finite verb and what follows it in its unit.
    pub predicate: Range<usize>,
    /// The units the clause spans, from its subject's to its verb's.
    pub units: Range<usize>,
    /// A main clause, not a subordinate, relative or participial one.
    pub main: bool,
    /// A relative or participial clause whose subject is the unit before's last noun phrase.
    pub antecedent: bool,
}

/// A unit's first word that is not dropped.
fn first_kept(words: &[Word], unit: &Unit) -> Option<usize> {
    unit.words.clone().find(|&k| !skipped(&words[k]))
}

/// Cuts the sentence into units at boundary marks, and before subordinators and relative
/// pronouns that open a clause inside a stretch.
pub(super) fn units(words: &[Word]) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut start = 0;
    for k in 0..=words.len() {
        let boundary = k == words.len() || (words[k].is_mark(BOUNDARIES) && !words[k].dropped);
        let opens = k > start && k < words.len() && opens_clause(words, k);
        if boundary || opens {
            if k > start {
                units.push(Unit {
                    words: start..k,
                    opener: opener(words, start..k),
                });
            }
            start = if boundary { k + 1 } else { k };
        }
    }
    units
}

/// Whether word `k` opens a subordinate or relative clause inside a stretch.
fn opens_clause(words: &[Word], k: usize) -> bool {
    let word = &words[k];
    if word.dropped {
        return false;
    }
    match word.class {
        Class::Subordinator | Class::Relative => true,
        // "…, and the court ruled": a second clause, when a verb stands before the "and"
        // (else the "and" joins two subjects: "Avon and Cray signed").
        Class::Coordinator => {
            let stretch_start = (0..k)
                .rev()
                .find(|&b| words[b].is_mark(BOUNDARIES))
                .map_or(0, |b| b + 1);
            let past_clause = clause_verb(words, k).is_some_and(|v| {
                matches!(
                    words[v].class,
                    Class::Auxiliary
                        | Class::Modal
                        | Class::Verb(VerbForm::Past | VerbForm::PastOrParticiple)
                )
            });
            // A present form could be a noun ("criminal or administrative charges").
            past_clause && (stretch_start..k).any(|v| is_finite(words, v))
        }
        Class::Determiner if word.lower == "that" => relative_that(words, k),
        Class::Preposition | Class::Adverb
            if is_one_of(word, &["as", "since", "after", "before", "until", "once"]) =>
        {
            clause_follows(words, k)
        }
        _ => false,
    }
}

/// Whether a subject and a finite verb follow word `k` before the next boundary.
fn clause_follows(words: &[Word], k: usize) -> bool {
    clause_verb(words, k).is_some()
}

/// The finite verb of the clause that starts right after word `k`, before the next boundary.
fn clause_verb(words: &[Word], k: usize) -> Option<usize> {
    let end = (k + 1..words.len())
        .find(|&e| words[e].is_mark(BOUNDARIES))
        .unwrap_or(words.len());
    (k + 2..end).find(|&v| is_finite(words, v) && subject_start(words, k + 1, v) == next(words, k))
}

fn opener(words: &[Word], range: Range<usize>) -> Opener {
    let Some(first) = range.clone().find(|&k| !skipped(&words[k])) else {
        return Opener::Plain;
    };
    let word = &words[first];
    match word.class {
        Class::Subordinator => Opener::Subordinator,
        Class::Relative => Opener::Relative,
        Class::Determiner if word.lower == "that" && relative_that(words, first) => {
            Opener::Relative
        }
        Class::Preposition | Class::Adverb if opens_clause(words, first) => Opener::Subordinator,
        Class::Preposition => Opener::Preposition,
        Class::Verb(VerbForm::Gerund | VerbForm::Participle) => Opener::Participle,
        _ => Opener::Plain,
    }
}

/// Every clause with a subject and a finite verb, in sentence order.
pub(super) fn clauses(words: &[Word], units: &[Unit]) -> Vec<Clause> {
    let mut found = Vec::new();
    for (u, unit) in units.iter().enumerate() {
        let Some(verb) = unit.words.clone().find(|&v| is_finite(words, v)) else {
            continue;
        };
        let body = match unit.opener {
            Opener::Relative | Opener::Subordinator => {
                first_kept(words, unit).map_or(unit.words.start, |f| f + 1)
            }
            _ => unit.words.start,
        };
        let own_subject = subject_start(words, body, verb);
        let (subject, units_spanned, main) = match (own_subject, unit.opener) {
            (Some(start), Opener::Plain | Opener::Preposition) => {
                match list_before(words, units, u, start) {
                    Some(subject) => (subject, u - 1..u + 1, true),
                    None => {
                        let subject = noun_phrase_before_participle(words, body, start)
                            .unwrap_or_else(|| kept(words, start..verb));
                        (subject, u..u + 1, true)
                    }
                }
            }
            (Some(start), Opener::Subordinator) => (kept(words, start..verb), u..u + 1, false),
            (None, Opener::Relative) if u > 0 => {
                if let Some(main) = ambiguous_antecedent(words, units, u)
                    .then(|| found.last_mut())
                    .flatten()
                    .filter(|c: &&mut Clause| c.main && c.units.end == u)
                {
                    // "… reflects a dispute with the anglers that began": the dispute or
                    // the anglers began; the clause keeps its relative whole.
                    main.predicate.end = unit.words.end;
                    main.units.end = u + 1;
                    continue;
                }
                let Some(antecedent) = relative_antecedent(words, units[u - 1].words.clone())
                else {
                    continue;
                };
                (antecedent, u..u + 1, false)
            }
            (None, Opener::Plain) => {
                let Some((subject, from)) = subject_before(words, units, u) else {
                    continue;
                };
                (subject, from..u + 1, true)
            }
            _ => continue,
        };
        if subject.is_empty() {
            continue;
        }
        found.push(Clause {
            subject,
            predicate: verb..unit.words.end,
            units: units_spanned,
            main,
            antecedent: unit.opener == Opener::Relative,
        });
    }
    found.extend(participial_clauses(words, units));
    found.sort_by_key(|c| (c.units.start, c.predicate.start));
    found
}

/// Whether the relative clause that opens unit `u` right after a noun phrase without a comma
/// may tell of that phrase or of the noun phrase whose preposition takes it ("a dispute with
/// the anglers that began"): which of them is its subject, words alone do not say. A verb's
/// or gerund's object ("recognizing the group that seized") is no such case.
fn ambiguous_antecedent(words: &[Word], units: &[Unit], u: usize) -> bool {
    let before = &units[u - 1];
    let restrictive = before.words.end == units[u].words.start;
    let attached = last_noun_phrase(words, before.words.clone())
        .and_then(|phrase| prev(words, *phrase.first()?))
        .filter(|&p| p >= before.words.start && words[p].class == Class::Preposition)
        .and_then(|p| prev(words, p))
        .is_some_and(|n| n >= before.words.start && words[n].is_nominal());
    restrictive && attached
}

/// "Navy ships patrolling the gulf thwarted …": a present participle between the unit's
/// first noun phrase and the noun phrase before the verb opens a phrase that tells more of
/// the first; the first is the verb's subject, and the phrase stays out of the headline.
fn noun_phrase_before_participle(words: &[Word], from: usize, start: usize) -> Option<Vec<usize>> {
    let participle = prev(words, start).filter(|&p| p > from)?;
    if words[participle].class != Class::Verb(VerbForm::Gerund) {
        return None;
    }
    let phrase = kept(words, from..participle);
    let last = *phrase.last()?;
    let nominal = phrase.iter().all(|&k| {
        let word = &words[k];
        word.is_nominal()
            || matches!(word.class, Class::Determiner | Class::Possessive)
            || is_one_of(word, &["of", "and"])
    });
    (nominal && words[last].is_nominal()).then_some(phrase)
}

/// What a relative clause after a comma tells of: the last noun phrase before it, unless that
/// is a name only placing the noun phrase before it ("the talks in Geneva, which began in
/// March": the talks began); a name after a verb's preposition stays ("born in Vienna, which").
fn relative_antecedent(words: &[Word], range: Range<usize>) -> Option<Vec<usize>> {
    let last = last_noun_phrase(words, range.clone())?;
    let placed = prev(words, last[0])
        .filter(|&p| p > range.start && is_one_of(&words[p], &["in", "at", "near", "outside"]))
        .filter(|_| last.iter().any(|&k| words[k].name));
    let before = placed.and_then(|p| last_noun_phrase(words, range.start..p));
    Some(before.unwrap_or(last))
}

/// A subject that ends a list the unit before begins ("contracts for fuel, wheat and
/// flour were signed"): that unit, its comma and the subject, when the subject opens its unit
/// and holds an "and".
fn list_before(words: &[Word], units: &[Unit], u: usize, start: usize) -> Option<Vec<usize>> {
    let unit = &units[u];
    let verb = (start..unit.words.end).find(|&v| is_finite(words, v))?;
    let subject = kept(words, start..verb);
    let opens_unit = first_kept(words, unit) == Some(start);
    let coordinated = subject.iter().any(|&k| words[k].lower == "and");
    let before = units.get(u.checked_sub(1)?)?;
    let before_words = kept(words, before.words.clone());
    let noun_phrase = before.opener == Opener::Plain
        && before.words.end + 1 == unit.words.start
        && words[before.words.end].is_mark(&[','])
        && before_words.iter().any(|&k| words[k].is_nominal())
        && !before.words.clone().any(|v| is_finite(words, v));
    (opens_unit && coordinated && noun_phrase).then(|| {
        let mut list = before_words;
        list.push(before.words.end);
        list.extend(subject);
        list
    })
}

/// The subject of a verb phrase that opens unit `u`: the first of the noun phrases right
/// before it ("Jana Novak, the mayor, opened …"), with the unit it is in. A clause before
/// the verb phrase makes it no predicate of its own.
fn subject_before(words: &[Word], units: &[Unit], u: usize) -> Option<(Vec<usize>, usize)> {
    let mut found = None;
    for k in (0..u).rev() {
        let unit = &units[k];
        let kept_words = kept(words, unit.words.clone());
        // A relative clause between subject and verb is skipped like an apposition.
        if kept_words.is_empty() || unit.opener == Opener::Relative {
            continue;
        }
        let has_verb = unit.words.clone().any(|v| is_finite(words, v));
        let noun_phrase = unit.opener == Opener::Plain
            && kept_words.iter().any(|&w| words[w].is_nominal())
            && !has_verb;
        if !noun_phrase {
            // After a clause, "…, the forum, held in May" is a participle, not a predicate.
            let participle = first_kept(words, &units[u])
                .is_some_and(|v| words[v].class == Class::Verb(VerbForm::PastOrParticiple));
            if has_verb && participle {
                return None;
            }
            break;
        }
        found = Some((kept_words, k));
    }
    found
}

/// "…, passed on 28 May" after a clause: a participle that says what became of the clause's
/// last noun phrase. Its subject is that noun phrase.
fn participial_clauses(words: &[Word], units: &[Unit]) -> Vec<Clause> {
    let mut found = Vec::new();
    for u in 1..units.len() {
        let unit = &units[u];
        let Some(first) = first_kept(words, unit) else {
            continue;
        };
        if words[first].class != Class::Verb(VerbForm::PastOrParticiple)
            || is_finite(words, first) && subject_before(words, units, u).is_some()
        {
            continue;
        }
        let before = units[u - 1].words.clone();
        if !before.clone().any(|v| is_finite(words, v)) {
            continue;
        }
        let Some(antecedent) = last_noun_phrase(words, before) else {
            continue;
        };
        found.push(Clause {
            subject: antecedent,
            predicate: first..unit.words.end,
            units: u..u + 1,
            main: false,
            antecedent: true,
        });
    }
    found
}
