//! A sentence → a headline: its subject, finite verb and object in the sentence's own words,
//! without its date (shown beside a headline) and without what leads up to the clause.
//!
//! Trimming in the spirit of Dorr, Zajic and Schwartz's Hedge Trimmer (2003), on a small
//! part-of-speech lexicon instead of a parser: the sentence is cut into units at boundary
//! marks and subordinators; the clause that carries the event's date (or the main clause)
//! is kept as subject + predicate, leaving preposed adverbials, appositions and trailing
//! participial or relative clauses behind; a relative or participial clause takes the noun
//! phrase it follows as its subject; over the length limit, trailing phrases go first.

mod clauses;
mod phrases;
mod words;

use crate::text::gazetteer::speech_verb;
use crate::text::lexicon::parts_of_speech::{Class, VerbForm};
use clauses::{clauses, units, Clause};
use phrases::{is_finite, is_one_of, kept, next, prev, skipped};
use serde::{Deserialize, Serialize};
use std::ops::Range;
use words::{words, Word, BOUNDARIES, QUOTES};

/// Words a headline may have before trailing phrases are cut.
const WORD_LIMIT: usize = 15;

/// First words of prepositions of two words ("due to", "prior to"), left over by a cut.
const COMPOUND_PREPOSITION_HEADS: &[&str] = &[
    "according",
    "ahead",
    "because",
    "due",
    "instead",
    "owing",
    "prior",
    "thanks",
];

/// Words a subject may have in a headline over the limit before its phrases are cut.
const SUBJECT_LIMIT: usize = 7;

/// What is known about the sentence's spans, as char offsets into it.
#[derive(Debug, Clone)]
pub(crate) struct Marks {
    /// Every date expression: left out, with the preposition that governs it.
    pub dates: Vec<Range<usize>>,
    /// The date expression that dates the event: its clause is the headline.
    pub anchor: Option<Range<usize>>,
    /// Names, never cut inside.
    pub names: Vec<Range<usize>>,
}

/// Who a headline's clause is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub(crate) enum Subject {
    /// No clause was found: the headline is a phrase.
    #[default]
    Missing,
    /// "It", "they", "this": someone the sentence before named.
    Pronoun,
    /// A common noun phrase ("the court").
    Common,
    /// A noun phrase with a name in it.
    Named,
}

/// Serialisable: the event stage keeps each dated claim's headline in the build cache.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub(crate) struct Headline {
    pub text: String,
    pub subject: Subject,
    /// Words, marks not counted.
    pub words: usize,
    /// The names of `Marks::names` the headline keeps (indices).
    pub names: Vec<usize>,
    /// Cut inside a phrase for length.
    pub truncated: bool,
}

pub(crate) fn headline(sentence: &str, marks: &Marks) -> Headline {
    let mut words = words(sentence, marks);
    let units = units(&words);
    let clauses = clauses(&words, &units);
    let anchor_unit = units
        .iter()
        .position(|u| u.words.clone().any(|k| words[k].anchor));
    let (chosen, subject) = match choose(&clauses, anchor_unit, &words) {
        Some(clause) => {
            let passive = anchor_unit
                .filter(|a| !clause.units.contains(a))
                .and_then(|a| passive_participle(&words, &units[a]));
            let chosen = match passive {
                Some(participle) => passive_clause(&mut words, clause, participle, &units),
                None => clause_words(&words, clause),
            };
            (chosen, subject_kind(&words, clause))
        }
        None => (phrase_words(&words, &units, anchor_unit), Subject::Missing),
    };
    let (chosen, truncated) = fit(&words, chosen);
    let chosen = balance_quotes(&words, chosen);
    let names = marks
        .names
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            chosen
                .iter()
                .any(|&k| n.start < words[k].end && words[k].start < n.end)
        })
        .map(|(i, _)| i)
        .collect();
    Headline {
        text: render(&words, &chosen),
        subject,
        words: counted(&words, &chosen),
        names,
        truncated,
    }
}

/// The clause that carries the anchor date; else the main clause after the anchor's
/// adverbial, or before it; else the first main clause. A reporting frame whose content is
/// the next clause ("officials said that, in its ruling, the court …") gives way to it.
fn choose<'a>(
    clauses: &'a [Clause],
    anchor_unit: Option<usize>,
    words: &[Word],
) -> Option<&'a Clause> {
    let chosen = match anchor_unit {
        Some(a) => clauses
            .iter()
            .find(|c| c.units.contains(&a))
            .or_else(|| {
                clauses
                    .iter()
                    .find(|c| c.antecedent && c.units.start == a + 1)
            })
            .or_else(|| clauses.iter().find(|c| c.main && c.units.start > a))
            .or_else(|| clauses.iter().rev().find(|c| c.main && c.units.end <= a)),
        None => clauses.iter().find(|c| c.main),
    }
    .or_else(|| clauses.first())?;
    let predicate = kept(words, chosen.predicate.clone());
    let frame_only = predicate.get(1).is_some_and(|&k| words[k].lower == "that")
        && !predicate[2..].iter().any(|&k| is_finite(words, k));
    if frame_only {
        if let Some(content) = clauses
            .iter()
            .find(|c| c.main && c.units.start == chosen.units.end)
        {
            return Some(content);
        }
    }
    Some(chosen)
}

/// Subject and predicate, without the "that" a reporting verb puts before its content.
fn clause_words(words: &[Word], clause: &Clause) -> Vec<usize> {
    let mut chosen: Vec<usize> = clause.subject.clone();
    let predicate = own_part(words, clause.predicate.clone());
    let reported = speech_verb(&words[clause.predicate.start].lower).is_some();
    for (i, &k) in predicate.iter().enumerate() {
        if !(i == 1 && reported && words[k].lower == "that") {
            chosen.push(k);
        }
    }
    chosen
}

/// The participle of a passive gerund before the unit's date: "including being cleared
/// (of the charges in May 2011)", "having been fined …".
fn passive_participle(words: &[Word], unit: &clauses::Unit) -> Option<usize> {
    let anchor = unit.words.clone().find(|&k| words[k].anchor)?;
    let being = unit.words.clone().take_while(|&k| k < anchor).find(|&k| {
        words[k].lower == "being"
            || (words[k].lower == "been"
                && prev(words, k).is_some_and(|h| words[h].lower == "having"))
    })?;
    next(words, being).filter(|&p| {
        p < anchor
            && matches!(
                words[p].class,
                Class::Verb(VerbForm::PastOrParticiple | VerbForm::Participle)
            )
    })
}

/// The main clause's subject told what the gerund says was done to it: "the guild has
/// made progress, including being cleared of the charges" → "the guild was cleared of the
/// charges". The "was" or "were" agrees as the clause's own verb does, else as its head noun.
fn passive_clause(
    words: &mut Vec<Word>,
    clause: &Clause,
    participle: usize,
    units: &[clauses::Unit],
) -> Vec<usize> {
    let verb = &words[clause.predicate.start];
    let head = clause.subject.last().map(|&k| &words[k]);
    let plural = match verb.lower.as_str() {
        "have" | "are" | "were" | "do" => true,
        "has" | "is" | "was" | "does" => false,
        _ => head.is_some_and(|h| {
            !h.name
                && h.class == Class::SubjectPronoun
                && ["we", "they", "you"].contains(&h.lower.as_str())
                || (h.class == Class::Content
                    && !h.name
                    && h.lower.ends_with('s')
                    && !h.lower.ends_with("ss"))
        }),
    };
    let be = if plural { "were" } else { "was" };
    let at = words[participle].start;
    words.push(Word {
        start: at,
        end: at,
        text: be.to_string(),
        lower: be.to_string(),
        class: Class::Auxiliary,
        mark: None,
        name: false,
        dropped: false,
        anchor: false,
    });
    let unit_end = units
        .iter()
        .find(|u| u.words.contains(&participle))
        .map_or(participle + 1, |u| u.words.end);
    let mut chosen = clause.subject.clone();
    chosen.push(words.len() - 1);
    chosen.extend(own_part(words, participle..unit_end));
    chosen
}

/// The words of a predicate that tell of the anchor's date when it lists happenings of
/// other dates: "joined in 2001 (and Cray in 2004)"; of the second, the first's words with
/// its own noun phrase in place of the first one's: "(Avon) joined the league in Cray".
fn own_part(words: &[Word], range: Range<usize>) -> Vec<usize> {
    let mut all = kept(words, range.clone());
    let Some(anchor) = range.clone().find(|&k| words[k].anchor) else {
        return all;
    };
    let other_date = |r: Range<usize>| r.clone().find(|&k| words[k].dropped && !words[k].anchor);
    let coordinator = |k: &usize| words[*k].class == Class::Coordinator && !words[*k].dropped;
    if let Some(c) = (anchor..range.end)
        .find(coordinator)
        .filter(|&c| other_date(c..range.end).is_some())
    {
        all.retain(|&k| k < c);
    }
    let Some(c) = (range.start..anchor).rev().find(coordinator) else {
        return all;
    };
    let Some(first_date) = other_date(range.start..c) else {
        return all;
    };
    let conjunct = kept(words, c + 1..anchor);
    // "was founded in 2010 and renamed in 2012": a verb after the "and" shares the first
    // verb's subject and auxiliaries, the happening of its own date ("was renamed").
    if conjunct
        .first()
        .is_some_and(|&k| matches!(words[k].class, Class::Verb(_)))
    {
        let mut own: Vec<usize> = kept(words, range.clone())
            .into_iter()
            .take_while(|&k| {
                matches!(
                    words[k].class,
                    Class::Auxiliary | Class::Modal | Class::NonFiniteAuxiliary
                )
            })
            .collect();
        own.extend(conjunct);
        own.extend(all.into_iter().filter(|&k| k > anchor));
        return own;
    }
    // "and to Cray": a phrase of its own preposition stands in for the first one's whole.
    let own_preposition = conjunct
        .first()
        .is_some_and(|&k| words[k].class == Class::Preposition);
    let noun_phrase = conjunct.len() > usize::from(own_preposition)
        && conjunct[usize::from(own_preposition)..]
            .iter()
            .all(|&k| words[k].is_nominal() || words[k].class == Class::Determiner);
    if !noun_phrase {
        return all;
    }
    let governing = (range.start..first_date)
        .rev()
        .find(|&k| words[k].class == Class::Preposition && !words[k].dropped);
    match governing {
        Some(p) => {
            let mut own = kept(words, range.start..p + usize::from(!own_preposition));
            own.extend(conjunct);
            own.extend(all.into_iter().filter(|&k| k > anchor));
            own
        }
        // "Avon joined in 2001 and Cray in 2004": the noun phrase is another subject; what
        // the clause tells without it is all the headline can say.
        None if !own_preposition => all.into_iter().filter(|&k| k < c || k > anchor).collect(),
        None => all,
    }
}

fn subject_kind(words: &[Word], clause: &Clause) -> Subject {
    let subject: Vec<&Word> = clause.subject.iter().map(|&k| &words[k]).collect();
    if subject.iter().any(|w| w.name) {
        Subject::Named
    } else if subject.len() == 1
        && (subject[0].class == Class::SubjectPronoun
            || ["this", "that", "these", "those"].contains(&subject[0].lower.as_str()))
    {
        Subject::Pronoun
    } else {
        Subject::Common
    }
}

/// Without a clause: the anchor's unit, else the longest, without its leading function
/// words; when that leaves less than four words, the sentence without its dates, or with
/// them when it is a dateline.
fn phrase_words(words: &[Word], units: &[clauses::Unit], anchor: Option<usize>) -> Vec<usize> {
    let has_words = |w: &Vec<usize>| w.iter().any(|&k| words[k].mark.is_none());
    let unit_words = |u: &clauses::Unit| kept(words, u.words.clone());
    let mut chosen = anchor
        .map(|a| unit_words(&units[a]))
        .filter(has_words)
        .or_else(|| units.iter().map(unit_words).max_by_key(Vec::len))
        .unwrap_or_default();
    let leading = chosen
        .iter()
        .take_while(|&&k| {
            let word = &words[k];
            let determiner = matches!(word.class, Class::Determiner | Class::Possessive);
            (is_function_word(word) && !determiner) || word.is_mark(QUOTES)
        })
        .count();
    chosen.drain(..leading);
    // Too few words: the sentence without its dates; a dateline, with them.
    if counted(words, &chosen) < 4 {
        chosen = kept(words, 0..words.len());
    }
    if counted(words, &chosen) < 4 {
        chosen = (0..words.len()).collect();
    }
    chosen
}

fn is_function_word(word: &Word) -> bool {
    !word.name
        && matches!(
            word.class,
            Class::Preposition
                | Class::Coordinator
                | Class::Subordinator
                | Class::Relative
                | Class::Adverb
                | Class::Determiner
                | Class::Possessive
        )
}

/// Cuts a headline over the word limit at the last phrase that starts within it (a
/// preposition other than "of", a conjunction, a gerund after a noun), after the verb and a
/// word of its object; failing that, at the limit. Function words left dangling at the end
/// go. Returns the words and whether the cut fell inside a phrase.
fn fit(words: &[Word], mut chosen: Vec<usize>) -> (Vec<usize>, bool) {
    let counted = |list: &[usize]| counted(words, list);
    let finite = |list: &[usize]| list.iter().position(|&k| is_finite(words, k));
    let is_preposition = |k: usize| words[k].class == Class::Preposition && words[k].lower != "of";
    let (mut truncated, mut cut) = (false, false);
    // "X was fined and the elders, both before and after, visited Y": the "and" opens a
    // clause whose verb comes after an aside; the headline ends with the first clause.
    if let Some(i) = finite(&chosen)
        .and_then(|verb| (verb + 1..chosen.len()).find(|&i| opens_later_clause(words, chosen[i])))
    {
        chosen.truncate(i);
        cut = true;
    }
    // A long subject keeps its head and first phrase: "the talks with the guild (at the
    // third meeting of …) ended".
    if let Some(verb) = finite(&chosen)
        .filter(|&v| counted(&chosen) > WORD_LIMIT && counted(&chosen[..v]) > SUBJECT_LIMIT)
    {
        let phrases: Vec<usize> = (1..verb).filter(|&i| is_preposition(chosen[i])).collect();
        if let Some(&from) = phrases.get(1).or(phrases.first()) {
            chosen.drain(from..verb);
        }
    }
    // An indirect object before a reported clause goes first: "recommended (to the
    // mayor) that the bridge close".
    if let Some(verb) = finite(&chosen).filter(|_| counted(&chosen) > WORD_LIMIT) {
        let object = chosen.get(verb + 1).is_some_and(|&k| is_preposition(k));
        let that = (verb + 2..chosen.len()).find(|&i| {
            let word = &words[chosen[i]];
            word.lower == "that" || !(word.is_nominal() || word.class == Class::Determiner)
        });
        if let Some(t) = that.filter(|&t| object && words[chosen[t]].lower == "that") {
            chosen.drain(verb + 1..t);
        }
    }
    if counted(&chosen) > WORD_LIMIT {
        let verb = finite(&chosen).unwrap_or(0);
        // "and" cuts before a new noun phrase, not inside "the most publicized and bizarre".
        let opens_noun_phrase = |i: usize| {
            chosen.get(i).is_some_and(|&k| {
                let word = &words[k];
                word.name
                    || matches!(
                        word.class,
                        Class::Determiner
                            | Class::Possessive
                            | Class::Number
                            | Class::SubjectPronoun
                    )
            })
        };
        let starts_phrase = |i: usize| {
            let word = &words[chosen[i]];
            let after_noun = i > 0 && words[chosen[i - 1]].is_nominal();
            is_preposition(chosen[i])
                || (word.class == Class::Coordinator && opens_noun_phrase(i + 1))
                || matches!(word.class, Class::Subordinator | Class::Relative)
                || word.lower == "that"
                || (word.class == Class::Verb(VerbForm::Gerund) && after_noun)
        };
        let cut_at = (verb + 2..chosen.len())
            .rev()
            .find(|&i| starts_phrase(i) && counted(&chosen[..i]) <= WORD_LIMIT);
        cut = true;
        match cut_at {
            Some(i) => chosen.truncate(i),
            None => {
                let mut count = 0;
                let end = chosen
                    .iter()
                    .position(|&k| {
                        count += usize::from(words[k].mark.is_none());
                        count > WORD_LIMIT
                    })
                    .unwrap_or(chosen.len());
                chosen.truncate(end);
                truncated = true;
            }
        }
    }
    // What a cut leaves dangling goes: a function word, or a participle that opened the
    // phrase cut off ("a plea deal stemming").
    // Uncut, a last preposition is a particle ("checked herself in").
    // A preposition that went with a relative pronoun ("a hearing in | which") dangles too.
    let dangles = |k: usize| {
        let word = &words[k];
        let opens_phrase = word.lower == "to"
            || matches!(
                word.class,
                Class::Verb(VerbForm::Gerund)
                    | Class::Auxiliary
                    | Class::Modal
                    | Class::SubjectPronoun
            )
            || COMPOUND_PREPOSITION_HEADS.contains(&word.lower.as_str());
        let before_relative = words.get(k + 1).is_some_and(|n| n.class == Class::Relative);
        (is_function_word(word) && (cut || word.class != Class::Preposition || before_relative))
            || (cut && opens_phrase)
    };
    let drop_dangling = |chosen: &mut Vec<usize>| {
        while chosen.len() > 1 && chosen.last().is_some_and(|&k| dangles(k)) {
            chosen.pop();
        }
    };
    // "and despite the label, some visited": a phrase with no verb, then a comma, opens a
    // clause that the comma cut off ("moved to Avon and to Cray." is whole).
    let verb = finite(&chosen).unwrap_or(0);
    let comma_after = chosen
        .last()
        .and_then(|&k| words.get(k + 1))
        .is_some_and(|w| w.is_mark(&[',']));
    let opens_cut_clause = (verb + 1..chosen.len())
        .rev()
        .filter(|_| comma_after)
        .find(|&i| {
            words[chosen[i]].class == Class::Coordinator
                && chosen
                    .get(i + 1)
                    .is_some_and(|&k| words[k].class == Class::Preposition)
                && finite(&chosen[i..]).is_none()
        });
    if let Some(i) = opens_cut_clause {
        chosen.truncate(i);
    }
    // "… at the fairs and engaged (in talks …)": a verb whose phrase the cut took goes with
    // the "and" that joined it.
    if let [.., and, verb] = chosen[..] {
        if cut
            && words[and].class == Class::Coordinator
            && matches!(words[verb].class, Class::Verb(_))
        {
            chosen.truncate(chosen.len() - 2);
        }
    }
    drop_dangling(&mut chosen);
    let verb = finite(&chosen).unwrap_or(0);
    // "… but after threatened": a coordinator before a subordinator whose clause has no
    // finite verb left opens a clause the headline does not hold.
    let opens_missing_clause = (verb + 1..chosen.len()).find(|&i| {
        words[chosen[i]].class == Class::Coordinator
            && chosen
                .get(i + 1)
                .is_some_and(|&k| opens_subordinate(&words[k]))
            && finite(&chosen[i + 1..]).is_none()
    });
    if let Some(i) = opens_missing_clause {
        chosen.truncate(i);
    }
    // "… arrested in Avon's Harbour": an end inside a run of capitalised words or right after
    // a possessive is half a name; the phrase it is in goes whole, else the name's words.
    // A cut at the limit between two words of a noun phrase ("in the Avon | housing
    // estate") leaves it half too.
    let inside_noun_phrase = |k: usize| {
        truncated
            && words[k].is_nominal()
            && words
                .get(k + 1)
                .is_some_and(|n| n.is_nominal() && !n.dropped)
    };
    if chosen
        .last()
        .is_some_and(|&k| ends_inside_name(words, k) || inside_noun_phrase(k))
    {
        let phrase = (verb + 1..chosen.len())
            .rev()
            .find(|&i| is_preposition(chosen[i]));
        match phrase {
            Some(i) => chosen.truncate(i),
            None => {
                while chosen.len() > verb + 1
                    && chosen
                        .last()
                        .is_some_and(|&k| words[k].name || ends_inside_name(words, k))
                {
                    chosen.pop();
                }
            }
        }
        drop_dangling(&mut chosen);
    }
    (chosen, truncated)
}

/// Whether a word opens a subordinate clause: a subordinator, or a preposition that can
/// ("after", "before", "since").
fn opens_subordinate(word: &Word) -> bool {
    word.class == Class::Subordinator
        || is_one_of(word, &["after", "before", "since", "until", "once", "as"])
}

/// Whether a headline ending at word `k` ends inside a name: `k` is a possessive, or a
/// capitalised word that the next word of the sentence continues.
fn ends_inside_name(words: &[Word], k: usize) -> bool {
    let word = &words[k];
    let possessive = word.lower.ends_with("'s") || word.lower.ends_with("’s");
    let continued = word.name
        && words
            .get(k + 1)
            .is_some_and(|n| n.name && n.mark.is_none() && !n.dropped);
    possessive || continued
}

/// Whether word `k` is a coordinator that opens a new clause's subject: a noun phrase with
/// no verb up to a comma, after which an aside without a verb may stand, and then a stretch
/// that opens with a finite verb.
fn opens_later_clause(words: &[Word], k: usize) -> bool {
    let opens_noun_phrase = next(words, k).is_some_and(|n| {
        let word = &words[n];
        word.is_nominal() || matches!(word.class, Class::Determiner | Class::Possessive)
    });
    if words[k].class != Class::Coordinator || !opens_noun_phrase {
        return false;
    }
    let mut from = k + 1;
    for end in (k + 1..=words.len()).filter(|&b| b == words.len() || words[b].is_mark(BOUNDARIES)) {
        let stretch = from..end;
        let opens_with_verb = stretch
            .clone()
            .find(|&w| !skipped(&words[w]))
            .is_some_and(|w| is_finite(words, w));
        if from > k + 1 && opens_with_verb {
            return true;
        }
        let more = end < words.len() && words[end].is_mark(&[',']);
        if !more || stretch.clone().any(|w| is_finite(words, w)) {
            return false;
        }
        from = end + 1;
    }
    false
}

/// The words of `chosen` as a reader counts them: a name of three words is three.
fn counted(words: &[Word], chosen: &[usize]) -> usize {
    chosen
        .iter()
        .filter(|&&k| words[k].mark.is_none())
        .map(|&k| words[k].text.split_whitespace().count())
        .sum()
}

/// Quote marks that no longer pair up: the closing one left behind a final full stop
/// ("… against terrorism.”") comes back; any other goes.
fn balance_quotes(words: &[Word], mut chosen: Vec<usize>) -> Vec<usize> {
    const DOUBLE: &[char] = &['"', '“', '”', '«', '»'];
    const SINGLE: &[char] = &['‘', '’', '\''];
    let odd = |chosen: &[usize], kind: &[char]| {
        chosen.iter().filter(|&&k| words[k].is_mark(kind)).count() % 2 == 1
    };
    if let Some(&last) = chosen.last() {
        let closing = (last + 1..words.len())
            .take_while(|&k| k <= last + 2)
            .find(|&k| words[k].is_mark(QUOTES))
            .filter(|&k| (last + 1..k).all(|m| words[m].is_mark(&['.', ','])));
        if let Some(quote) = closing.filter(|&q| {
            odd(&chosen, DOUBLE) && words[q].is_mark(DOUBLE)
                || odd(&chosen, SINGLE) && words[q].is_mark(SINGLE)
        }) {
            chosen.push(quote);
        }
    }
    let (doubles, singles) = (odd(&chosen, DOUBLE), odd(&chosen, SINGLE));
    chosen
        .into_iter()
        .filter(|&k| {
            let word = &words[k];
            !(word.is_mark(DOUBLE) && doubles || word.is_mark(SINGLE) && singles)
        })
        .collect()
}

/// "a"/"an" as the word that now follows it needs, when the word it stood before (a date:
/// "an April 2007 shooting") was left out.
fn article_before(word: &Word, next: Option<&Word>) -> String {
    let (Some(next), "a" | "an") = (next, word.lower.as_str()) else {
        return word.text.clone();
    };
    let vowel = next
        .lower
        .chars()
        .next()
        .is_some_and(|c| "aeiou".contains(c));
    let article = if vowel { "an" } else { "a" };
    match word.text.chars().next() {
        Some(c) if c.is_uppercase() => article.replacen('a', "A", 1),
        _ => article.to_string(),
    }
}

/// The words as the sentence spaces them, a space where words were left out between them;
/// first letter capitalised.
fn render(words: &[Word], chosen: &[usize]) -> String {
    let mut text = String::new();
    for (i, &k) in chosen.iter().enumerate() {
        // A closing quote mark stays on its word, across a full stop left out; a straight
        // one closes when nothing separates it from what it follows.
        let closes = words[k].is_mark(&['”', '’', '»'])
            || (words[k].is_mark(&['"']) && k > 0 && words[k - 1].end == words[k].start);
        let glued =
            i > 0 && ((chosen[i - 1] + 1 == k && words[k - 1].end == words[k].start) || closes);
        if i > 0 && !glued {
            text.push(' ');
        }
        let next = chosen
            .get(i + 1)
            .filter(|&&n| n != k + 1)
            .map(|&n| &words[n]);
        text.push_str(&article_before(&words[k], next));
    }
    let text = text.trim_end_matches(['.', ',', ';', ':']).trim();
    let mut letters = text.chars();
    match letters.next() {
        Some(first) => first.to_uppercase().chain(letters).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
