//! A sentence as words with their classes: the tokenizer's glued tokens joined into words
//! ("A-320", "Board's", "U.K.", "$5"), each named span kept as one word so nothing cuts
//! inside a name, and the date expressions flagged with the prepositions that govern them.

use super::Marks;
use crate::text::abbreviations;
use crate::text::lexicon::grammar::ADJECTIVE_PREFIXES;
use crate::text::lexicon::numbers::{cardinal, qualifier_ending};
use crate::text::lexicon::parts_of_speech::{class_of, Class, VerbForm};
use crate::text::tokens::{is_apostrophe, tokenize, Kind, Token};

#[derive(Debug, Clone)]
pub(super) struct Word {
    /// Char offsets into the sentence, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub lower: String,
    pub class: Class,
    /// A single mark (punctuation, a quote), not a word.
    pub mark: Option<char>,
    /// Capitalised inside the sentence, or a named span: a proper noun.
    pub name: bool,
    /// Part of a date expression, or the preposition that governs one: left out of headlines.
    pub dropped: bool,
    /// Part of the date expression that dates the event.
    pub anchor: bool,
}

impl Word {
    pub(super) fn is_mark(&self, marks: &[char]) -> bool {
        self.mark.is_some_and(|m| marks.contains(&m))
    }

    /// A noun, adjective, name or number: what noun phrases are made of.
    pub(super) fn is_nominal(&self) -> bool {
        self.mark.is_none() && (self.name || matches!(self.class, Class::Content | Class::Number))
    }
}

/// Marks that end a stretch of a sentence: clause and phrase boundaries.
pub(super) const BOUNDARIES: &[char] = &[',', ';', ':', '(', ')', '—', '–', '.', '!', '?', '['];

/// Quote marks, which neither end a phrase nor belong to one.
pub(super) const QUOTES: &[char] = &['"', '“', '”', '‘', '’', '\'', '«', '»'];

pub(super) fn words(sentence: &str, marks: &Marks) -> Vec<Word> {
    let chars: Vec<char> = sentence.chars().collect();
    let tokens = tokenize(&chars);
    let mut words = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let end = word_end(&chars, &tokens, i, marks);
        let (start, stop) = (tokens[i].start, tokens[end - 1].end);
        let text: String = chars[start..stop].iter().collect();
        let mark = (end == i + 1 && tokens[i].kind == Kind::Mark).then_some(chars[start]);
        let named = marks.names.iter().any(|n| n.start < stop && start < n.end);
        let lower = text.to_lowercase();
        let capitalised = text.chars().next().is_some_and(char::is_uppercase);
        let acronym = text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && text.chars().all(|c| !c.is_lowercase());
        let class = match class_of(&lower) {
            _ if named || mark.is_some() => Class::Content,
            // All capitals, a closed-class spelling is an acronym: "AM", "IT", "US".
            _ if acronym => Class::Content,
            // Capitalised inside a sentence, a verb form is a name's word ("Appeals Court");
            // opening it, a present form is a noun ("Plans are …").
            Class::Verb(_) if capitalised && !words.is_empty() => Class::Content,
            // A hyphenated verb form is an adjective: "court-ordered", "state-run".
            Class::Verb(_) if lower.contains('-') => Class::Content,
            Class::Verb(VerbForm::Base | VerbForm::Present) if words.is_empty() => Class::Content,
            class => class,
        };
        words.push(Word {
            start,
            end: stop,
            name: named || (capitalised && class == Class::Content && !words.is_empty()),
            text,
            lower,
            class,
            mark,
            dropped: false,
            anchor: false,
        });
        i = end;
    }
    let mut words = join_spaced_compounds(words);
    spaced_hyphens_are_dashes(&mut words);
    flag_dates(&mut words, marks);
    drop_brackets(&mut words);
    quantifiers(&mut words);
    present_tense_in_context(&mut words);
    infinitives_after_to(&mut words);
    words
}

/// A hyphen with space on both sides joins the words beside it when they are the pieces of
/// a compound (text converted from tokens spaces every hyphen, and writers sometimes do):
/// after a number, a lowercase word ("a one - year ban"; not a number: "1983 - 2005" is a
/// range); after a prefix ("anti - gang", "half - brother"); after pieces so joined,
/// a lowercase word ("27 - year - old"); and around one function word between two such
/// hyphens, the word on each side ("mother - in - law", "face - to - face"). A phrase
/// between dashes is more than one word, and a dash is seldom followed by a bare noun after
/// a number, so what is left is a dash (`spaced_hyphens_are_dashes`).
/// Words that before a hyphen begin a compound rather than end a phrase: "half-brother",
/// "self-defence", "semi-final", "step-father", "great-grandson", "well-known".
const COMPOUND_FIRST_WORDS: &[&str] = &["great", "half", "self", "semi", "step", "well"];

fn join_spaced_compounds(words: Vec<Word>) -> Vec<Word> {
    let spaced_hyphen = |k: usize| {
        k > 0
            && k + 1 < words.len()
            && words[k].mark == Some('-')
            && words[k - 1].end < words[k].start
            && words[k].end < words[k + 1].start
            && words[k - 1].mark.is_none()
            && words[k + 1].mark.is_none()
    };
    let piece = |word: &Word| {
        matches!(word.class, Class::Content | Class::Verb(_)) && !word.lower.contains(' ')
    };
    let is_number = |word: &Word| word.class == Class::Number || cardinal(&word.lower).is_some();
    let lowercase = |word: &Word| word.text.chars().next().is_some_and(char::is_lowercase);
    let function_word = |word: &Word| {
        matches!(
            word.class,
            Class::Preposition | Class::Determiner | Class::Coordinator
        )
    };
    let mut joined: Vec<Word> = Vec::with_capacity(words.len());
    let mut compound = false;
    let mut k = 0;
    while k < words.len() {
        let Some(left) = joined.last_mut().filter(|_| spaced_hyphen(k)) else {
            compound = false;
            joined.push(words[k].clone());
            k += 1;
            continue;
        };
        let right = &words[k + 1];
        let chain = function_word(right) && spaced_hyphen(k + 2) && piece(&words[k + 3]);
        let joins = chain
            || (piece(right)
                && ((is_number(left) && lowercase(right))
                    || ADJECTIVE_PREFIXES.contains(&left.lower.as_str())
                    || COMPOUND_FIRST_WORDS.contains(&left.lower.as_str())
                    || (compound && lowercase(right))));
        if !joins {
            compound = false;
            joined.push(words[k].clone());
            k += 1;
            continue;
        }
        let last = if chain { k + 3 } else { k + 1 };
        for piece in [right].into_iter().chain(chain.then(|| &words[k + 3])) {
            left.text = format!("{}-{}", left.text, piece.text);
            left.lower = format!("{}-{}", left.lower, piece.lower);
            left.end = piece.end;
        }
        left.class = Class::Content;
        left.mark = None;
        compound = true;
        k = last + 1;
    }
    joined
}

/// A hyphen with space on both sides is a dash ("the dead - the first deaths"), and so a
/// boundary; one glued to a word on either side stays a hyphen ("52- percent").
fn spaced_hyphens_are_dashes(words: &mut [Word]) {
    for k in 1..words.len().saturating_sub(1) {
        let spaced = words[k - 1].end < words[k].start && words[k].end < words[k + 1].start;
        if spaced && words[k].mark == Some('-') {
            words[k].mark = Some('—');
        }
    }
}

/// An aside in brackets is left out with its brackets ("announced today (4 May) that",
/// "the Harbour Board (HB) said"), so the clause around it stays one.
fn drop_brackets(words: &mut [Word]) {
    let mut open: Option<usize> = None;
    for k in 0..words.len() {
        match words[k].mark {
            Some('(' | '[') => open = Some(k),
            Some(')' | ']') => {
                if let Some(start) = open.take() {
                    for word in &mut words[start..=k] {
                        word.dropped = true;
                    }
                }
            }
            _ => {}
        }
    }
}

/// Words that qualify a number are part of it: "at least 37 people", "more than 20",
/// "nearly 150 lives". Without this, "at" and "than" would end a noun phrase there.
fn quantifiers(words: &mut [Word]) {
    const PAIRS: &[(&str, &str)] = &[
        ("at", "least"),
        ("at", "most"),
        ("more", "than"),
        ("less", "than"),
        ("fewer", "than"),
        ("up", "to"),
    ];
    const SINGLE: &[&str] = &["about", "almost", "around", "nearly", "over", "roughly"];
    for k in 0..words.len() {
        let number_at = |i: usize| words.get(i).is_some_and(|w| w.class == Class::Number);
        let pair = k + 1 < words.len()
            && PAIRS.contains(&(words[k].lower.as_str(), words[k + 1].lower.as_str()))
            && number_at(k + 2);
        if pair {
            words[k].class = Class::Number;
            words[k + 1].class = Class::Number;
        } else if SINGLE.contains(&words[k].lower.as_str()) && number_at(k + 1) {
            words[k].class = Class::Number;
        }
    }
}

/// A lowercase word in "-s" that no list knows as a verb ("rests", "hosts") is one when it
/// follows a noun, not a determiner, is followed by what starts an object or adverbial, and
/// no other verb stands before the next boundary: "the ruling rests on …", not "the
/// country's ports on the coast reopened".
fn present_tense_in_context(words: &mut [Word]) {
    let is_verbal = |w: &Word| {
        !w.name
            && matches!(
                w.class,
                Class::Verb(VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Present)
                    | Class::Auxiliary
                    | Class::Modal
            )
    };
    for k in 1..words.len().saturating_sub(1) {
        let word = &words[k];
        let plain = word.class == Class::Content
            && !word.name
            && word.mark.is_none()
            && word.lower.len() > 3
            && word.lower.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| word.lower.ends_with(e));
        let mut b = k - 1;
        while b > 0 && words[b].class == Class::Adverb {
            b -= 1;
        }
        let before = &words[b];
        let after = &words[k + 1];
        let follows_noun = (before.is_nominal() || before.class == Class::Verb(VerbForm::Gerund))
            && before.mark.is_none()
            && !before.dropped;
        let opens_object = after.name
            || matches!(
                after.class,
                Class::Determiner | Class::Possessive | Class::Preposition | Class::Number
            );
        let clause_end = words[k + 1..]
            .iter()
            .position(|w| w.is_mark(BOUNDARIES))
            .map_or(words.len(), |p| k + 1 + p);
        let verb_elsewhere = words[..clause_end]
            .iter()
            .rev()
            .take_while(|w| !w.is_mark(BOUNDARIES))
            .any(is_verbal);
        let inside_phrase = in_prepositional_phrase(words, b);
        if plain && follows_noun && opens_object && !verb_elsewhere && !inside_phrase {
            words[k].class = Class::Verb(VerbForm::Present);
        }
    }
}

/// Nouns that take an infinitive: "the decision to lease", "a bid to buy".
const INFINITIVE_NOUNS: &[&str] = &[
    "attempt", "bid", "campaign", "decision", "drive", "effort", "failure", "move", "offer",
    "order", "plan", "plans", "pledge", "promise", "proposal", "push", "refusal", "request",
    "right", "threat", "vote",
];

/// A lowercase word no list knows as a verb is an infinitive after "to" when a noun that takes
/// one stands before the "to" ("the decision to lease") or a determiner follows the word
/// ("to lease the reservoir"): read as a noun, it would make "to lease the reservoir" a
/// prepositional phrase and hide the finite verb after it.
fn infinitives_after_to(words: &mut [Word]) {
    for k in 1..words.len() {
        let word = &words[k];
        let plain = word.class == Class::Content && !word.name && word.mark.is_none();
        if !plain || words[k - 1].lower != "to" || words[k - 1].dropped {
            continue;
        }
        let after_noun = k >= 2 && INFINITIVE_NOUNS.contains(&words[k - 2].lower.as_str());
        let opens_object = words.get(k + 1).is_some_and(|a| {
            matches!(a.class, Class::Determiner | Class::Possessive)
                && !["that", "this", "these", "those"].contains(&a.lower.as_str())
        });
        if after_noun || opens_object {
            words[k].class = Class::Verb(VerbForm::Base);
        }
    }
}

/// Where the word that starts at token `first` ends (a token index, exclusive).
fn word_end(chars: &[char], tokens: &[Token], first: usize, marks: &Marks) -> usize {
    let start = tokens[first].start;
    if let Some(name) = marks.names.iter().find(|n| n.start == start) {
        let end = tokens
            .iter()
            .position(|t| t.start >= name.end)
            .unwrap_or(tokens.len())
            .max(first + 1);
        // A possessive stays with its name: "Novak's".
        let possessive = tokens
            .get(end)
            .is_some_and(|t| t.is_glued() && t.kind == Kind::Mark && is_apostrophe(chars[t.start]))
            && tokens.get(end + 1).is_some_and(|t| {
                t.is_glued() && t.kind == Kind::Word && chars[t.start..t.end] == ['s']
            });
        return if possessive { end + 2 } else { end };
    }
    let glued = |k: usize| tokens.get(k).is_some_and(Token::is_glued);
    let is_text = |k: usize| glued(k) && tokens[k].kind != Kind::Mark;
    let mut end = first + 1;
    if tokens[first].kind == Kind::Mark {
        // A currency sign starts the amount it is glued to.
        if !(matches!(chars[start], '$' | '€' | '£') && is_text(end)) {
            return end;
        }
        end += 1;
    }
    loop {
        if is_text(end) {
            end += 1;
            continue;
        }
        if !glued(end) || tokens[end].kind != Kind::Mark {
            return end;
        }
        let mark = chars[tokens[end].start];
        let joins_next = is_text(end + 1)
            && (matches!(mark, '-' | '/' | '&')
                || is_apostrophe(mark)
                || (matches!(mark, ',' | '.' | ':')
                    && tokens[end - 1].kind == Kind::Number
                    && tokens[end + 1].kind == Kind::Number)
                || (mark == '.' && tokens[end - 1].end - tokens[end - 1].start == 1));
        if joins_next {
            end += 2;
            continue;
        }
        let so_far: String = chars[start..tokens[end - 1].end].iter().collect();
        let abbreviation = mark == '.'
            && !glued(end + 1)
            && end + 1 < tokens.len()
            && (abbreviations::lookup(&so_far).is_some() || so_far.contains('.'));
        return if abbreviation || mark == '%' {
            end + 1
        } else {
            end
        };
    }
}

/// Words that qualify a date's preposition: "as early as", "back in", "in late".
const DATE_QUALIFIERS: &[&str] = &["as", "back", "early", "earlier", "late", "later", "mid"];

/// Parts of the day that follow a date: "Tuesday morning".
const PARTS_OF_DAY: &[&str] = &["afternoon", "evening", "morning", "night"];

/// Words that join two dates into one span: "from 1999 to 2009", "in 2022 and 2024".
const DATE_JOINERS: &[&str] = &["and", "or", "to", "until", "through", "-", "–"];

/// Flags the words of each date expression, and the preposition governing it with the words
/// that qualify it, as dropped: "in 2003", "as early as 2015", "from 1999 to 2009". A date
/// that modifies a noun ("the 2024 attack") loses only itself.
fn flag_dates(words: &mut [Word], marks: &Marks) {
    for word in words.iter_mut() {
        let overlaps = |r: &std::ops::Range<usize>| r.start < word.end && word.start < r.end;
        word.dropped = marks.dates.iter().any(overlaps);
        word.anchor = marks.anchor.as_ref().is_some_and(overlaps);
    }
    let mut k = words.len();
    while k > 0 {
        k -= 1;
        if !words[k].dropped || (k > 0 && words[k - 1].dropped) {
            continue;
        }
        // `k` starts a run of date words. Before a common noun it is a modifier and goes
        // alone ("in 1999 movies"); else walk left over what governs it: one preposition,
        // a second only after a qualifier ("as early as"), so a particle stays ("checked in
        // on Tuesday"). "last week", "this month" take no preposition: one before them is a
        // particle ("check in last week").
        let run_end = (k..words.len()).find(|&e| !words[e].dropped);
        // "The hearing is May 7.": a date that completes a copula is what the clause says.
        let completes_copula = k > 0
            && ["is", "was", "are", "were", "be"].contains(&words[k - 1].lower.as_str())
            && run_end.is_none_or(|e| words[e].mark.is_some());
        if completes_copula {
            let end = run_end.unwrap_or(words.len());
            for word in &mut words[k..end] {
                word.dropped = false;
            }
            continue;
        }
        let modifies = run_end.is_some_and(|e| {
            let next = &words[e];
            next.class == Class::Content && !next.name && next.mark.is_none()
        });
        let deictic = [
            "last",
            "this",
            "next",
            "yesterday",
            "today",
            "tomorrow",
            "tonight",
        ]
        .contains(&words[k].lower.as_str());
        let mut left = k;
        // "in the 1930s": a date that heads its noun phrase takes its article along; one
        // before a noun or name is the noun's ("the March 2024 Avon flood").
        let heads_phrase = run_end.is_none_or(|e| {
            let next = &words[e];
            !next.is_nominal() && next.class != Class::Verb(VerbForm::Gerund)
        });
        if heads_phrase && k > 0 && words[k - 1].lower == "the" {
            left -= 1;
        }
        // "more than 20 years ago", "nearly two decades ago": the qualifier bounds the date.
        if left == k {
            let before: Vec<&str> = words[k.saturating_sub(3)..k]
                .iter()
                .map(|w| w.lower.as_str())
                .collect();
            if let Some((len, _)) = qualifier_ending(&before) {
                left -= len;
            }
        }
        let mut prepositions = usize::from(deictic);
        while left > 0 && !modifies {
            let word = &words[left - 1];
            let joins =
                DATE_JOINERS.contains(&word.lower.as_str()) && left >= 2 && words[left - 2].dropped;
            let qualifies = DATE_QUALIFIERS.contains(&word.lower.as_str());
            let after_qualifier = DATE_QUALIFIERS.contains(&words[left].lower.as_str());
            let governs =
                word.class == Class::Preposition && (prepositions == 0 || after_qualifier);
            if word.dropped || joins || governs || (qualifies && word.class != Class::Preposition) {
                // Another date's words start the count again: "in May of that year".
                prepositions = if word.dropped {
                    0
                } else {
                    prepositions + usize::from(governs && !joins)
                };
                left -= 1;
            } else {
                break;
            }
        }
        for word in &mut words[left..k] {
            word.dropped = true;
        }
        // "Tuesday morning": the part of the day goes with its date.
        if let Some(e) = run_end.filter(|&e| PARTS_OF_DAY.contains(&words[e].lower.as_str())) {
            words[e].dropped = true;
        }
        // What was just dropped is not a date run of its own to walk left from again.
        k = left;
    }
}

/// Whether the noun phrase that ends at word `k` is a preposition's object ("the meeting of
/// special envoys"), and so no verb's subject: walking left over the phrase (inner "of" and
/// "and" included) reaches a preposition.
pub(super) fn in_prepositional_phrase(words: &[Word], k: usize) -> bool {
    let inside = |w: &Word| {
        w.dropped
            || w.is_mark(QUOTES)
            || w.is_nominal()
            || matches!(
                w.class,
                Class::Determiner
                    | Class::Possessive
                    | Class::Adverb
                    | Class::Verb(VerbForm::Gerund)
            )
            || ["of", "and"].contains(&w.lower.as_str())
    };
    words[..=k]
        .iter()
        .rev()
        .find(|w| !inside(w))
        .is_some_and(|w| w.class == Class::Preposition && !w.dropped)
}
