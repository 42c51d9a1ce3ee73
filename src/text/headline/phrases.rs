//! Verbs and noun phrases: which word is a finite verb, judged by its neighbours, and where
//! the subject before it starts ("no member of the council", "gas exports to the region").

use super::words::{in_prepositional_phrase, Word, BOUNDARIES, QUOTES};
use crate::text::lexicon::parts_of_speech::{Class, VerbForm};
use std::ops::Range;

/// The next word after `i` that is not dropped (or a quote mark).
pub(super) fn next(words: &[Word], i: usize) -> Option<usize> {
    (i + 1..words.len()).find(|&k| !skipped(&words[k]))
}

/// The word before `i` that is not dropped (or a quote mark).
pub(super) fn prev(words: &[Word], i: usize) -> Option<usize> {
    (0..i).rev().find(|&k| !skipped(&words[k]))
}

pub(super) fn skipped(word: &Word) -> bool {
    word.dropped || word.is_mark(QUOTES)
}

/// The word before `i` that is not an adverb or negation ("officially", "not").
fn prev_head(words: &[Word], i: usize) -> Option<usize> {
    let mut k = prev(words, i)?;
    // "first" between a subject and its verb is an adverb: "he first sought".
    while matches!(words[k].class, Class::Adverb | Class::Negation) || words[k].lower == "first" {
        k = prev(words, k)?;
    }
    Some(k)
}

/// Whether the word, in lowercase, is one of `lower`.
pub(super) fn is_one_of(word: &Word, lower: &[&str]) -> bool {
    lower.contains(&word.lower.as_str())
}

const DEMONSTRATIVES: &[&str] = &["this", "that", "these", "those"];

/// Whether word `k` can end a subject just before its verb: a noun phrase's last word or a
/// pronoun.
fn ends_subject(words: &[Word], k: usize) -> bool {
    let word = &words[k];
    // After a determiner or a noun, a verb form is a noun: "the ruling", "the talks",
    // "trade talks".
    let as_noun = matches!(
        word.class,
        Class::Verb(VerbForm::Gerund | VerbForm::Base | VerbForm::Present)
    ) && prev(words, k).is_some_and(|p| {
        matches!(words[p].class, Class::Determiner | Class::Possessive) || words[p].is_nominal()
    });
    word.is_nominal()
        || as_noun
        || word.class == Class::SubjectPronoun
        || is_one_of(word, DEMONSTRATIVES)
        || word.is_mark(&[')'])
}

/// Whether word `i` is a finite verb, judged by its neighbours.
pub(super) fn is_finite(words: &[Word], i: usize) -> bool {
    let word = &words[i];
    if word.name || word.mark.is_some() || word.dropped {
        return false;
    }
    let before_at = prev_head(words, i);
    let before = before_at.map(|k| &words[k]);
    let subject_ends_before = before_at.is_some_and(|k| ends_subject(words, k));
    let after = next(words, i).map(|k| &words[k]);
    let after_verb_group = before.is_some_and(|b| {
        matches!(
            b.class,
            Class::Auxiliary | Class::Modal | Class::NonFiniteAuxiliary
        ) || b.lower == "to"
    });
    let modifies_noun = before.is_some_and(|b| {
        matches!(
            b.class,
            Class::Determiner | Class::Possessive | Class::Preposition
        ) && !is_one_of(b, DEMONSTRATIVES)
    });
    // A relative pronoun stands for the subject: "the prison, which opened".
    let subject_may_precede = subject_ends_before
        || before.is_none_or(|b| b.is_mark(BOUNDARIES) || b.class == Class::Relative)
        || before_at.is_some_and(|b| words[b].lower == "that" && relative_that(words, b));
    let verb_after = after.is_some_and(|a| {
        matches!(
            a.class,
            Class::Auxiliary | Class::Modal | Class::Verb(_) | Class::NonFiniteAuxiliary
        )
    });
    match word.class {
        Class::Auxiliary | Class::Modal => !after_verb_group,
        Class::Verb(VerbForm::Past) => !after_verb_group && !modifies_noun,
        Class::Verb(VerbForm::PastOrParticiple) => {
            !after_verb_group
                && !modifies_noun
                && subject_may_precede
                && !in_reduced_relative(words, i)
        }
        Class::Verb(VerbForm::Present) => {
            !after_verb_group
                && !modifies_noun
                && subject_ends_before
                && before_at.is_some_and(|b| !in_prepositional_phrase(words, b))
                && after.is_some_and(|a| !a.is_mark(BOUNDARIES))
                && !verb_after
        }
        Class::Verb(VerbForm::Base) => {
            let plural = before.is_some_and(|b| {
                is_one_of(b, &["i", "we", "they", "you", "people", "police"])
                    || (b.class == Class::Content
                        && !b.name
                        && b.lower.ends_with('s')
                        && !b.lower.ends_with("ss"))
            });
            plural && after.is_some() && !verb_after
        }
        _ => false,
    }
}

/// Whether the participle at `i` opens a reduced relative clause: after a noun phrase (or
/// nothing), it or the participles "and" or "or" join it take a "by" agent ("the ferry
/// seized by the navy", "a video of a man shot and killed by police surfaces"), or a
/// prepositional phrase with an auxiliary or modal after it in the same stretch ("a video of
/// a man shot and killed in a raid was shown"), so none of them is the finite verb.
fn in_reduced_relative(words: &[Word], i: usize) -> bool {
    reduced_relative_start(words, i).is_some()
}

/// From the participle at `i`, stepping one way (`prev` or `next`), the farthest participle
/// joined to it by "and" or "or" ("shot and killed").
fn last_coordinated_participle(
    words: &[Word],
    i: usize,
    step: fn(&[Word], usize) -> Option<usize>,
) -> usize {
    let participle = |k: usize| words[k].class == Class::Verb(VerbForm::PastOrParticiple);
    let coordinator = |k: usize| is_one_of(&words[k], &["and", "or"]);
    let mut far = i;
    while let Some(p) = step(words, far)
        .filter(|&c| coordinator(c))
        .and_then(|c| step(words, c))
        .filter(|&p| participle(p))
    {
        far = p;
    }
    far
}

/// The first participle of the reduced relative clause the participle at `i` is in.
fn reduced_relative_start(words: &[Word], i: usize) -> Option<usize> {
    let first = last_coordinated_participle(words, i, prev);
    let last = last_coordinated_participle(words, i, next);
    let after_noun_phrase = prev_head(words, first)
        .is_none_or(|b| words[b].is_nominal() || words[b].is_mark(BOUNDARIES));
    let after = next(words, last);
    let agent = after.is_some_and(|a| words[a].lower == "by");
    let verb_later = after.is_some_and(|a| words[a].class == Class::Preposition)
        && (last + 1..words.len())
            .take_while(|&k| {
                !words[k].is_mark(BOUNDARIES)
                    && !matches!(
                        words[k].class,
                        Class::Coordinator | Class::Subordinator | Class::Relative
                    )
                    && words[k].lower != "that"
            })
            .any(|k| {
                !skipped(&words[k]) && matches!(words[k].class, Class::Auxiliary | Class::Modal)
            });
    (after_noun_phrase && (agent || verb_later)).then_some(first)
}

/// The first participle of the reduced relative clause whose agent or phrase the word at
/// `p` opens ("shot and killed | by police", "shot | in a raid"): a subject reaches past it.
fn relative_before(words: &[Word], p: usize) -> Option<usize> {
    (words[p].class == Class::Preposition)
        .then(|| prev(words, p))
        .flatten()
        .and_then(|v| reduced_relative_start(words, v))
}

/// Where the subject of the finite verb at `verb` starts within `from..verb`, walking left
/// over a noun phrase ("no member of the council", "Ministry of Roads and Bridges
/// officials"); `None` when no subject stands right before the verb.
pub(super) fn subject_start(words: &[Word], from: usize, verb: usize) -> Option<usize> {
    let mut k = prev_head(words, verb).filter(|&k| k >= from)?;
    if let Some(start) = noun_phrase_with_modifiers(words, from, k + 1) {
        return Some(start);
    }
    let first = &words[k];
    if first.class == Class::SubjectPronoun || is_one_of(first, DEMONSTRATIVES) {
        return Some(k);
    }
    if !ends_subject(words, k) || first.is_mark(&[')']) {
        return None;
    }
    let mut start = k;
    while let Some(left) = prev(words, k).filter(|&l| l >= from) {
        let word = &words[left];
        // "the farmer (shot and wounded by guards) was": a reduced relative clause is part
        // of the subject; the walk goes on before it.
        if let Some(first) = relative_before(words, left).filter(|&first| first > from) {
            k = first;
            continue;
        }
        let takes = match word.class {
            _ if word.is_nominal() => true,
            Class::Determiner | Class::Possessive => {
                // A determiner opens its noun phrase; only "of" or "and" reach further left.
                start = left;
                let further = prev(words, left).filter(|&l| l >= from);
                match further {
                    Some(f) if is_one_of(&words[f], &["of", "and"]) => {
                        k = left;
                        continue;
                    }
                    Some(f) => match relative_before(words, f).filter(|&first| first > from) {
                        Some(first) => {
                            k = first;
                            continue;
                        }
                        None => break,
                    },
                    None => break,
                }
            }
            Class::Preposition => word.lower == "of" && !ends_compound_preposition(words, left),
            Class::Coordinator => word.lower == "and",
            // A verb form before a noun is a modifier: "the banned party", "a trade pact".
            Class::Verb(VerbForm::Base | VerbForm::Present | VerbForm::Gerund) => {
                words[k].is_nominal()
            }
            Class::Verb(VerbForm::PastOrParticiple) => prev(words, left)
                .is_some_and(|p| matches!(words[p].class, Class::Determiner | Class::Possessive)),
            _ => word.is_mark(&['&', '-']),
        };
        if !takes {
            break;
        }
        k = left;
        if word.is_nominal() || matches!(word.class, Class::Verb(_)) {
            start = left;
        }
    }
    // A phrase cannot start with "of" or "and": those belong to what came before.
    Some(start)
}

/// Where `from..end` starts when all of it is one noun phrase with its prepositional
/// phrases ("gas exports to the region", "the talks at the third summit of envoys"): it
/// opens with a determiner or a noun and holds no verb, pronoun or conjunction but "and".
fn noun_phrase_with_modifiers(words: &[Word], from: usize, end: usize) -> Option<usize> {
    // A leading "But" or "However" links to the sentence before; the phrase starts after it.
    let inside: Vec<usize> = (from..end)
        .filter(|&k| !skipped(&words[k]))
        .skip_while(|&k| matches!(words[k].class, Class::Coordinator | Class::Adverb))
        .collect();
    let first = &words[*inside.first()?];
    let opens = first.is_nominal() || matches!(first.class, Class::Determiner | Class::Possessive);
    let has_preposition = inside
        .iter()
        .any(|&k| words[k].class == Class::Preposition && words[k].lower != "of");
    let all_nominal = inside.iter().all(|&k| {
        let word = &words[k];
        word.is_nominal()
            || matches!(
                word.class,
                Class::Determiner | Class::Possessive | Class::Preposition | Class::Adverb
            )
            || word.lower == "and"
            || (matches!(
                word.class,
                Class::Verb(VerbForm::Gerund | VerbForm::Base | VerbForm::Present)
            ) && !is_finite(words, k))
    });
    (opens && has_preposition && all_nominal && ends_subject(words, end - 1)).then_some(inside[0])
}

/// Whether the "of" at `of` ends a preposition of four words ("in the course of", "in the
/// wake of"): the noun phrase after it stands alone.
fn ends_compound_preposition(words: &[Word], of: usize) -> bool {
    let noun = prev(words, of);
    let article = noun.and_then(|n| prev(words, n));
    let preposition = article.and_then(|a| prev(words, a));
    noun.is_some_and(|n| is_one_of(&words[n], &["course", "wake", "midst", "aftermath"]))
        && article.is_some_and(|a| words[a].lower == "the")
        && preposition.is_some_and(|p| words[p].class == Class::Preposition)
}

/// The last noun phrase in `range`, for a relative or participial clause that follows it:
/// "the ban on the council, which …" → "the council".
pub(super) fn last_noun_phrase(words: &[Word], range: Range<usize>) -> Option<Vec<usize>> {
    let last = (range.start..range.end)
        .rev()
        .find(|&k| !skipped(&words[k]))?;
    if !words[last].is_nominal() {
        return None;
    }
    let start = subject_start(words, range.start, last + 1)?;
    Some(kept(words, start..last + 1))
}

/// The indices in `range` of words that are not dropped.
pub(super) fn kept(words: &[Word], range: Range<usize>) -> Vec<usize> {
    range.filter(|&k| !words[k].dropped).collect()
}

/// "that" after a noun and before a verb is a relative pronoun ("the group that seized").
pub(super) fn relative_that(words: &[Word], k: usize) -> bool {
    let before = prev(words, k).is_some_and(|b| words[b].is_nominal());
    let mut after = next(words, k);
    while let Some(a) = after.filter(|&a| words[a].class == Class::Adverb) {
        after = next(words, a);
    }
    // A present form after "that" may be a noun ("that repairs were done").
    before
        && after.is_some_and(|a| match words[a].class {
            Class::Auxiliary | Class::Modal => true,
            Class::Verb(VerbForm::Base | VerbForm::Present) => !next(words, a).is_some_and(|n| {
                matches!(
                    words[n].class,
                    Class::Auxiliary | Class::Modal | Class::Verb(_)
                )
            }),
            Class::Verb(_) => true,
            _ => false,
        })
}
