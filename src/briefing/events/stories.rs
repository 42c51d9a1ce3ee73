//! Sources → stories: the sources that tell one main happening. A report is mostly about
//! one happening, so sources whose distinctive participants and words agree tell the same
//! story, while two happenings of one kind (two earthquakes, two arrests) differ in theirs.
//! Undated claims gather into an event only within a story: without dates, the story is what
//! keeps like happenings apart.

use super::{Candidate, Undated};
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Term<'a> {
    Actor(usize),
    Word(&'a str),
}

/// A source's terms as (term number, weight), in term order. Terms are numbered in the order
/// they sort, so that sums over a profile add up in one fixed order: the same stories
/// whatever the run.
type Profile = Vec<(usize, f64)>;

/// Words describe, actors identify: a shared name says more than a shared word.
const WORD_WEIGHT: f64 = 0.5;

/// A report's headline and first sentences say what it is about: their terms count more.
const LEAD: usize = 3;
const LEAD_WEIGHT: f64 = 2.0;

/// How similar (cosine, 0–1) a source must be to a story to tell it.
const SAME_STORY: f64 = 0.3;

/// How many of a source's heaviest terms look up the stories it may belong to: enough to
/// find its story, few enough that a common term does not make every lookup scan everything.
const LOOKUP_TERMS: usize = 24;

/// How many stories of one term are compared, the latest first.
const SCAN_LIMIT: usize = 64;

/// The story (an index, from 0 in order of first source) of each of `sources` sources.
pub(super) fn stories(candidates: &[Candidate], undated: &[Undated], sources: usize) -> Vec<usize> {
    let (profiles, terms) = profiles(candidates, undated, sources);
    let mut story_of: Vec<usize> = Vec::with_capacity(sources);
    let mut stories: Vec<Story> = Vec::new();
    let mut by_term: Vec<Vec<usize>> = vec![Vec::new(); terms];
    for profile in &profiles {
        let story = closest(profile, &stories, &by_term).unwrap_or_else(|| {
            stories.push(Story::default());
            stories.len() - 1
        });
        file(profile, story, &mut by_term);
        stories[story].add(profile, 1.0);
        story_of.push(story);
    }
    // Read in order, the first sources shaped the stories the later ones joined: each source
    // is weighed again against the stories all the others made.
    for (source, profile) in profiles.iter().enumerate() {
        let own = story_of[source];
        stories[own].add(profile, -1.0);
        let story = match closest(profile, &stories, &by_term) {
            Some(story) if story != own => {
                file(profile, story, &mut by_term);
                story
            }
            _ => own,
        };
        stories[story].add(profile, 1.0);
        story_of[source] = story;
    }
    story_of
}

/// The story most like a profile, if any is like it enough.
fn closest(profile: &Profile, stories: &[Story], by_term: &[Vec<usize>]) -> Option<usize> {
    let mut near: Vec<usize> = heaviest(profile, LOOKUP_TERMS)
        .into_iter()
        .flat_map(|term| by_term[term].iter().rev().take(SCAN_LIMIT))
        .copied()
        .collect();
    near.sort_unstable();
    near.dedup();
    near.into_iter()
        .map(|s| (s, stories[s].cosine(profile)))
        .filter(|&(_, similarity)| similarity >= SAME_STORY)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(s, _)| s)
}

/// Files a story under the heaviest terms of a profile it holds.
fn file(profile: &Profile, story: usize, by_term: &mut [Vec<usize>]) {
    for term in heaviest(profile, LOOKUP_TERMS) {
        let list = &mut by_term[term];
        if list.last() != Some(&story) {
            list.push(story);
        }
    }
}

/// Each source's terms, weighed by how often its claims use them and how few sources do
/// (tf-idf), normalised to length 1, and how many terms are numbered. A term every source
/// uses still counts a little: in a corpus of one story, the story's participants are in
/// every source.
fn profiles(
    candidates: &[Candidate],
    undated: &[Undated],
    sources: usize,
) -> (Vec<Profile>, usize) {
    let mut counts: Vec<BTreeMap<Term, f64>> = vec![BTreeMap::new(); sources];
    let claims = candidates
        .iter()
        .map(|c| (c.source, c.claim, &c.actors, [&c.actions, &c.words]))
        .chain(
            undated
                .iter()
                .map(|u| (u.source, u.claim, &u.actors, [&u.actions, &u.words])),
        );
    for (source, claim, actors, words) in claims {
        let count = &mut counts[source];
        let weight = if claim < LEAD { LEAD_WEIGHT } else { 1.0 };
        for &a in actors {
            *count.entry(Term::Actor(a)).or_default() += weight;
        }
        for w in words.into_iter().flatten() {
            *count.entry(Term::Word(w)).or_default() += weight;
        }
    }
    let mut spread: BTreeMap<Term, usize> = BTreeMap::new();
    for count in &counts {
        for &term in count.keys() {
            *spread.entry(term).or_default() += 1;
        }
    }
    // A term of one source links it to none: it is left out of the comparison and unnumbered.
    let numbered: HashMap<Term, (usize, usize)> = spread
        .into_iter()
        .filter(|&(_, spread)| spread >= 2)
        .enumerate()
        .map(|(number, (term, spread))| (term, (number, spread)))
        .collect();
    let total = sources as f64;
    let weighed: Vec<Profile> = counts
        .iter()
        .map(|count| {
            let mut profile: Profile = count
                .iter()
                .filter_map(|(term, &tf)| {
                    let &(number, spread) = numbered.get(term)?;
                    let kind = match term {
                        Term::Actor(_) => 1.0,
                        Term::Word(_) => WORD_WEIGHT,
                    };
                    let idf = (1.0 + total / spread as f64).ln();
                    Some((number, kind * (1.0 + tf.ln()) * idf))
                })
                .collect();
            let length = profile.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
            if length > 0.0 {
                profile.iter_mut().for_each(|(_, w)| *w /= length);
            }
            profile
        })
        .collect();
    (weighed, numbered.len())
}

fn heaviest(profile: &Profile, n: usize) -> Vec<usize> {
    let mut terms = profile.clone();
    terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    terms.into_iter().take(n).map(|(t, _)| t).collect()
}

/// The sources of a story, as the sum of their profiles.
#[derive(Default)]
struct Story {
    centroid: HashMap<usize, f64, BuildHasherDefault<NumberHasher>>,
    /// The squared length of the centroid, kept as profiles are added.
    squared: f64,
}

impl Story {
    /// Adds a profile (sign 1) or takes it away (sign -1).
    fn add(&mut self, profile: &Profile, sign: f64) {
        for &(term, weight) in profile {
            let sum = self.centroid.entry(term).or_default();
            let new = *sum + sign * weight;
            self.squared += new.powi(2) - sum.powi(2);
            *sum = new;
        }
    }

    /// The cosine of a unit profile and the centroid.
    fn cosine(&self, profile: &Profile) -> f64 {
        if self.squared <= 0.0 {
            return 0.0;
        }
        profile
            .iter()
            .filter_map(|(term, w)| self.centroid.get(term).map(|c| w * c))
            .sum::<f64>()
            / self.squared.sqrt()
    }
}

/// Hashes our own term numbers (Fibonacci hashing): the centroids are looked up for every
/// comparison, and SipHash's guard against chosen keys buys nothing for numbers we made.
#[derive(Default)]
struct NumberHasher(u64);

impl Hasher for NumberHasher {
    fn write(&mut self, bytes: &[u8]) {
        bytes.iter().for_each(|&b| self.write_u64(b.into()));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn claim(source: usize, actors: &[usize], words: &[&str]) -> Undated {
        Undated {
            source,
            claim: 0,
            actors: actors.iter().copied().collect(),
            people: BTreeSet::new(),
            words: words.iter().map(|w| w.to_string()).collect(),
            actions: BTreeSet::new(),
            unplaced: true,
            weekday: None,
            done: true,
        }
    }

    #[test]
    fn two_happenings_of_one_kind_are_two_stories() {
        // Actor 9 and "collapse" are in every report; 1–2 and 3–4 tell the two happenings.
        let claims = [
            claim(0, &[9, 1, 2], &["collapse", "river"]),
            claim(1, &[9, 3, 4], &["collapse", "canal"]),
            claim(2, &[9, 1, 2], &["collapse", "cable"]),
            claim(3, &[9, 3, 4], &["collapse", "timber"]),
            claim(4, &[9, 1], &["collapse", "river"]),
        ];
        let story = stories(&[], &claims, 5);
        assert_eq!(story[0], story[2]);
        assert_eq!(story[0], story[4]);
        assert_eq!(story[1], story[3]);
        assert_ne!(story[0], story[1]);
    }

    #[test]
    fn a_corpus_of_one_happening_is_one_story() {
        let claims = [
            claim(0, &[1, 2], &["flood"]),
            claim(1, &[1, 2], &["flood", "levee"]),
            claim(2, &[1], &["flood", "levee"]),
        ];
        assert_eq!(stories(&[], &claims, 3), [0, 0, 0]);
    }
}
