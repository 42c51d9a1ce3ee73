//! `sourcebook themes --suggest`: themes proposed from a corpus that has none (or more than
//! the editor has written). Key phrases (content words and pairs of them, outside the names
//! of actors) are ranked by how many sources and passages use them; phrases that occur in
//! the same passages are grouped into one suggestion, with example passages. The editor
//! keeps, edits or deletes the drafts: nothing here is published unreviewed.

use crate::analyse::Claim;
use crate::briefing::themes::score;
use crate::briefing::Briefing;
use crate::model::date::{is_weekday, month_number};
use crate::model::ids::slugify;
use crate::text::cue::{words, Cue, Word};
use crate::text::gazetteer;
use crate::text::lexicon::grammar::ADJECTIVE_PREFIXES;
use crate::text::lexicon::is_stop_word;
use crate::text::lexicon::numbers::{ORDINALS, VAGUE_NUMBERS};
use crate::text::lexicon::parts_of_speech::{class_of, Class};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Words every news text uses whatever its subject; they say nothing about a theme.
const GENERIC: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tell",
    "according",
    "added",
    "noted",
    "stated",
    "reported",
    "report",
    "reports",
    "reporting",
    "statement",
    "statements",
    "news",
    "article",
    "also",
    "would",
    "could",
    "should",
    "might",
    "may",
    "must",
    "will",
    "can",
    "one",
    "two",
    "three",
    "first",
    "second",
    "last",
    "new",
    "many",
    "much",
    "several",
    "other",
    "others",
    "another",
    "including",
    "include",
    "includes",
    "however",
    "although",
    "though",
    "well",
    "even",
    "still",
    "already",
    "yet",
    "since",
    "time",
    "times",
    "year",
    "years",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "today",
    "yesterday",
    "tomorrow",
    "ago",
    "now",
    "people",
    "way",
    "part",
    "number",
    "make",
    "made",
    "take",
    "taken",
    "took",
    "given",
    "give",
    "according",
    "within",
    "without",
    "among",
    "per",
    "via",
    "like",
    "way",
    "thing",
    "things",
    "use",
    "used",
    "based",
    "known",
    "called",
    "mr",
    "mrs",
    "ms",
    "percent",
    "least",
    "state",
    "states",
    "country",
    "countries",
    "official",
    "officials",
    "side",
    "sides",
    "area",
    "areas",
    "place",
    "case",
    "cases",
    "issue",
    "issues",
    "matter",
    "course",
    "group",
    "groups",
    "tried",
    "try",
    "trying",
    "managed",
    "began",
    "begin",
    "went",
    "came",
    "come",
    "get",
    "got",
    "put",
    "set",
    "kept",
    "left",
    "held",
    "saw",
    "see",
    "seen",
    "found",
];

/// At most this many phrases compete to seed or join a suggestion.
const CANDIDATES: usize = 60;
/// At most this many cues per suggestion.
const CUES_PER_THEME: usize = 6;
/// A phrase joins a suggestion when at least this share of its passages are the seed's.
const JOIN_OVERLAP: f64 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub slug: String,
    pub name: String,
    pub cues: Vec<String>,
    /// Passages and sources the cues match.
    pub claims: usize,
    pub sources: usize,
    /// Up to three matching passages, from different sources where possible.
    pub examples: Vec<Example>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub source: String,
    pub claim: String,
    pub text: String,
}

/// A key phrase: its stems, the way the sources most often write it, where it occurs.
#[derive(Debug, Default)]
struct Phrase {
    surfaces: BTreeMap<String, usize>,
    claims: BTreeSet<usize>,
    sources: BTreeSet<usize>,
    words: usize,
}

impl Phrase {
    fn surface(&self) -> &str {
        self.surfaces
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map_or("", |(s, _)| s.as_str())
    }

    /// Spread across sources first, then use; a pair of words says more than one.
    fn weight(&self) -> f64 {
        let spread = self.sources.len() as f64;
        let pair = if self.words > 1 { 1.5 } else { 1.0 };
        spread * spread * (1.0 + self.claims.len() as f64).ln() * pair
    }
}

/// Words that say where, not what: compass points and the adjectives made of them.
const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "northward",
    "southward",
    "eastward",
    "westward",
];

/// A word that can say what a theme is about: not a function word, a number word ("seven",
/// "fifth", "dozens"), an adverb ("immediately"), a bound prefix left by a hyphen ("anti"),
/// a direction, a reporting verb or a role noun ("spokesman"), nor a word every report uses.
fn is_content_word(word: &Word) -> bool {
    let lower = word.lower.as_str();
    lower.chars().count() >= 3
        && !is_stop_word(lower)
        && !GENERIC.contains(&lower)
        && !DIRECTIONS.contains(&lower)
        && month_number(lower).is_none()
        && !is_weekday(lower)
        && !matches!(class_of(lower), Class::Number | Class::Adverb)
        && !ORDINALS.contains(&lower)
        && !VAGUE_NUMBERS.contains(&lower)
        && !ADJECTIVE_PREFIXES.contains(&lower)
        && gazetteer::speech_verb(lower).is_none()
        && !gazetteer::is_role_noun(lower)
}

/// Proposes up to `limit` themes that the project's own theme files do not already cover.
pub fn suggest_themes(briefing: &Briefing, limit: usize) -> Vec<Suggestion> {
    let existing: Vec<Cue> = briefing
        .themes
        .themes
        .iter()
        .flat_map(|t| t.cues.iter().filter_map(|c| Cue::parse(c)))
        .collect();
    let claims: Vec<(usize, &Claim)> = briefing
        .sources
        .iter()
        .enumerate()
        .flat_map(|(s, b)| b.analysis.claims.iter().map(move |c| (s, c)))
        .collect();
    let phrases = key_phrases(briefing, &claims, &existing);
    let single_source = briefing.sources.len() < 2;
    let mut ranked: Vec<(&String, &Phrase)> = phrases
        .iter()
        .filter(|(_, p)| p.claims.len() >= 2 && (single_source || p.sources.len() >= 2))
        .collect();
    ranked.sort_by(|a, b| b.1.weight().total_cmp(&a.1.weight()).then(a.0.cmp(b.0)));
    ranked.truncate(CANDIDATES);

    let mut groups: Vec<Vec<&Phrase>> = Vec::new();
    let mut taken_stems: BTreeSet<&str> = BTreeSet::new();
    for (stems, phrase) in ranked {
        let joins = groups.iter().position(|group| {
            let seed = group[0];
            let shared = phrase.claims.intersection(&seed.claims).count();
            group.len() < CUES_PER_THEME
                && shared as f64 >= JOIN_OVERLAP * phrase.claims.len() as f64
        });
        if let Some(g) = joins {
            groups[g].push(phrase);
            continue;
        }
        let stems: Vec<&str> = stems.split(' ').collect();
        // A phrase made of words another suggestion already seeds adds nothing new.
        if groups.len() < limit && !stems.iter().all(|s| taken_stems.contains(s)) {
            taken_stems.extend(stems);
            groups.push(vec![phrase]);
        }
    }
    let mut used_slugs: BTreeSet<String> = briefing
        .themes
        .themes
        .iter()
        .map(|t| t.id.clone())
        .collect();
    groups
        .iter()
        .map(|group| suggestion(group, &claims, briefing, &mut used_slugs))
        .collect()
}

/// Every key phrase of every claim, keyed by its stems, skipping the names of actors and
/// phrases the project's themes already match.
fn key_phrases(
    briefing: &Briefing,
    claims: &[(usize, &Claim)],
    existing: &[Cue],
) -> BTreeMap<String, Phrase> {
    let mut phrases: BTreeMap<String, Phrase> = BTreeMap::new();
    for (index, &(source, claim)) in claims.iter().enumerate() {
        let mentions = &briefing.sources[source].analysis.mentions;
        let in_name = |at: usize| mentions.iter().any(|m| m.start <= at && at < m.end);
        let text = words(&claim.text);
        let keep: Vec<bool> = text
            .iter()
            .map(|w| is_content_word(w) && !in_name(claim.start + w.start))
            .collect();
        for i in 0..text.len() {
            for n in 1..=2 {
                if i + n > text.len() || !keep[i..i + n].iter().all(|&k| k) {
                    continue;
                }
                let span = &text[i..i + n];
                if score(existing, span).0 > 0 {
                    continue;
                }
                let stems: Vec<&str> = span.iter().map(|w| w.stem.as_str()).collect();
                let surface: Vec<&str> = span.iter().map(|w| w.lower.as_str()).collect();
                let phrase = phrases.entry(stems.join(" ")).or_default();
                *phrase.surfaces.entry(surface.join(" ")).or_default() += 1;
                phrase.claims.insert(index);
                phrase.sources.insert(source);
                phrase.words = n;
            }
        }
    }
    phrases
}

fn suggestion(
    group: &[&Phrase],
    claims: &[(usize, &Claim)],
    briefing: &Briefing,
    used_slugs: &mut BTreeSet<String>,
) -> Suggestion {
    let cues: Vec<String> = group.iter().map(|p| p.surface().to_string()).collect();
    let name = capitalise(theme_name(&cues));
    let parsed: Vec<Cue> = cues.iter().filter_map(|c| Cue::parse(c)).collect();
    let mut matching: Vec<(usize, usize, &Claim)> = claims
        .iter()
        .filter_map(|&(source, claim)| {
            let (points, _) = score(&parsed, &words(&claim.text));
            (points > 0).then_some((points, source, claim))
        })
        .collect();
    let sources: BTreeSet<usize> = matching.iter().map(|m| m.1).collect();
    let count = matching.len();
    // Best-scoring first; ties keep corpus order (the sort is stable).
    matching.sort_by_key(|m| std::cmp::Reverse(m.0));
    let mut examples: Vec<Example> = Vec::new();
    let mut shown: BTreeSet<usize> = BTreeSet::new();
    for pass in 0..2 {
        for &(_, source, claim) in &matching {
            if examples.len() == 3 {
                break;
            }
            let new_source = shown.insert(source);
            if (pass == 0 && !new_source) || examples.iter().any(|e| e.claim == claim.id) {
                continue;
            }
            examples.push(Example {
                source: briefing.sources[source].source.meta.id.clone(),
                claim: claim.id.clone(),
                text: claim.text.clone(),
            });
        }
    }
    let base = match slugify(&name) {
        s if s.is_empty() => "theme".to_string(),
        s => s,
    };
    let mut slug = base.clone();
    let mut n = 2;
    while !used_slugs.insert(slug.clone()) {
        slug = format!("{base}-{n}");
        n += 1;
    }
    Suggestion {
        slug,
        name,
        cues,
        claims: count,
        sources: sources.len(),
        examples,
    }
}

/// The name of a suggestion whose cues are in rank order, the first its seed: a two-word cue
/// that contains the seed ("piracy operation" for "operation"); else the seed when it is a
/// noun; else the first two-word cue ("search action" rather than "intercepted").
/// A pair that shares no word with the seed may only have joined it ("gauge shotgun").
fn theme_name(cues: &[String]) -> &str {
    let seed = &cues[0];
    let seed_stems: Vec<String> = words(seed).into_iter().map(|w| w.stem).collect();
    let pairs = || cues.iter().filter(|c| c.contains(' '));
    let with_seed = pairs().find(|c| words(c).iter().any(|w| seed_stems.contains(&w.stem)));
    // An adjective alone ("sexual", "nuclear") names no theme; its suffix tells it often.
    let adjective = ["al", "ic", "ive", "ous", "ful", "less", "able", "ible"]
        .iter()
        .any(|suffix| seed.ends_with(suffix));
    let seed_is_noun = !seed.contains(' ') && class_of(seed) == Class::Content && !adjective;
    with_seed
        .or_else(|| (!seed_is_noun).then(|| pairs().next()).flatten())
        .unwrap_or(seed)
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[derive(Serialize)]
struct DraftFront<'a> {
    name: &'a str,
    cues: &'a [String],
}

/// A theme file for the editor to keep, edit or delete: the suggestion's name and cues, and a
/// body that cites the example passages so it builds as it is.
pub fn draft_file(suggestion: &Suggestion) -> String {
    let front = toml::to_string(&DraftFront {
        name: &suggestion.name,
        cues: &suggestion.cues,
    })
    .expect("a name and a list of strings always serialise");
    let mut out = format!(
        "+++\n{front}+++\nDraft suggested by `sourcebook themes --suggest` from {} passages in {} sources. Keep, edit or delete this file; replace this text with a summary that cites its sources.\n\nPassages that match:\n\n",
        suggestion.claims, suggestion.sources
    );
    for example in &suggestion.examples {
        if let Some(quote) = quotable(&example.text) {
            out.push_str(&format!("- [@{} \"{quote}\"]\n", example.source));
        }
    }
    out
}

/// The longest stretch of `text` with no quotation marks (a citation's quote cannot hold
/// them), if it is long enough to find again.
fn quotable(text: &str) -> Option<&str> {
    text.split(['"', '“', '”'])
        .map(str::trim)
        .max_by_key(|part| part.len())
        .filter(|part| part.chars().filter(|c| c.is_alphabetic()).count() >= 12)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_words_skip_function_words_numbers_and_calendar_words() {
        let kept: Vec<String> = words("The new sanctions of 2024 said in March that ports")
            .into_iter()
            .filter(is_content_word)
            .map(|w| w.lower)
            .collect();
        assert_eq!(kept, ["sanctions", "ports"]);
    }

    #[test]
    fn content_words_skip_number_words_adverbs_prefixes_directions_and_roles() {
        let text = "At least seven anti - flood barriers in the southern valley were hastily \
                    rebuilt for the fifth time, dozens of farmers and the spokesman said, \
                    and the State tried again";
        let kept: Vec<String> = words(text)
            .into_iter()
            .filter(is_content_word)
            .map(|w| w.lower)
            .collect();
        assert_eq!(kept, ["flood", "barriers", "valley", "rebuilt", "farmers"]);
    }

    #[test]
    fn a_suggestion_is_named_by_its_seed_or_a_pair_that_holds_it() {
        let cues = |list: &[&str]| list.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert_eq!(
            theme_name(&cues(&["levee", "river levee", "flood"])),
            "river levee"
        );
        assert_eq!(theme_name(&cues(&["levees", "river levee"])), "river levee");
        assert_eq!(theme_name(&cues(&["levee", "sand bags"])), "levee");
        assert_eq!(theme_name(&cues(&["flooded", "sand bags"])), "sand bags");
        assert_eq!(theme_name(&cues(&["flooded", "levee"])), "flooded");
        assert_eq!(theme_name(&cues(&["coastal", "sand bags"])), "sand bags");
    }

    #[test]
    fn quotes_avoid_quotation_marks() {
        assert_eq!(
            quotable("He called it \"a historic step\" for the port authority."),
            Some("for the port authority.")
        );
        assert_eq!(quotable("\"Yes\", he said."), None);
    }

    #[test]
    fn drafts_are_valid_theme_files_with_citations() {
        let suggestion = Suggestion {
            slug: "trade".into(),
            name: "Trade \"deals\"".into(),
            cues: vec!["trade".into(), "trade deal".into()],
            claims: 4,
            sources: 2,
            examples: vec![Example {
                source: "s1".into(),
                claim: "c-1".into(),
                text: "The port signed a trade deal with its neighbours.".into(),
            }],
        };
        let text = draft_file(&suggestion);
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("trade.md"), &text).unwrap();
        let loaded = crate::load::curation::load_theme_curation(
            &crate::load::files::ProjectFiles::open(tmp.path()).unwrap(),
            tmp.path(),
        )
        .unwrap();
        assert_eq!(loaded[0].name, "Trade \"deals\"");
        assert_eq!(loaded[0].cues, ["trade", "trade deal"]);
        assert!(
            loaded[0]
                .body
                .contains("- [@s1 \"The port signed a trade deal with its neighbours.\"]"),
            "{text}"
        );
    }
}
