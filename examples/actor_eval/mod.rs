//! Scoring actor pages against gold cross-document entity instances, shared by
//! `eval_meantime` and `eval_ecbplus_actors` (see `eval_meantime` for the measures). Each
//! evaluation reads its own format into `Topic`s; a topic is one corpus.

use sourcebook::analyse::mentions::Mention;
use sourcebook::analyse::{analyse, Analysis};
use sourcebook::briefing::actors::{resolve_actors, Actors, SourceMentions};
use sourcebook::load::config::ExtractSection;
use sourcebook::model::actor::ActorKind;
use sourcebook::model::source::LoadedSource;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A cross-document entity instance: its id and class (PER, ORG, LOC, PRO, FIN, MIX; FAC for
/// a facility, which is a place and the body that runs it).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Instance {
    pub(crate) id: String,
    pub(crate) class: String,
    pub(crate) name: String,
}

impl Instance {
    fn is_actor(&self) -> bool {
        matches!(self.class.as_str(), "PER" | "ORG" | "LOC" | "FAC")
    }
    fn is_product(&self) -> bool {
        matches!(self.class.as_str(), "PRO" | "FIN")
    }
}

/// A gold name in a document: char span, instance, and whether it is a full name (NAM).
pub(crate) struct GoldName {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) instance: usize,
    pub(crate) full_name: bool,
}

pub(crate) struct Document {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) gold: Vec<GoldName>,
    /// The char ranges annotated exhaustively (MEANTIME: the lead; ECB+: the listed
    /// sentences): a page is judged by its mentions there only.
    pub(crate) annotated: Vec<(usize, usize)>,
}

pub(crate) struct Topic {
    pub(crate) name: String,
    pub(crate) instances: Vec<Instance>,
    pub(crate) documents: Vec<Document>,
}

#[derive(Default, Clone, Copy)]
pub(crate) struct Score {
    core: usize,
    core_found: usize,
    named: usize,
    named_found: usize,
    pages: usize,
    junk: usize,
    products: usize,
    kind_checked: usize,
    kind_right: usize,
    held: usize,
    split: usize,
    wrong_merges: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.core += o.core;
        self.core_found += o.core_found;
        self.named += o.named;
        self.named_found += o.named_found;
        self.pages += o.pages;
        self.junk += o.junk;
        self.products += o.products;
        self.kind_checked += o.kind_checked;
        self.kind_right += o.kind_right;
        self.held += o.held;
        self.split += o.split;
        self.wrong_merges += o.wrong_merges;
    }

    fn row(&self, label: &str) -> String {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        format!(
            "{label:<14} {:>5.3} ({:>3}/{:<3}) {:>5.3} ({:>3}/{:<3}) {:>5.3} ({:>3}/{:<3}) {:>4} {:>5.3} {:>5.3} {:>4}",
            ratio(self.core_found, self.core),
            self.core_found,
            self.core,
            ratio(self.named_found, self.named),
            self.named_found,
            self.named,
            ratio(self.junk, self.pages),
            self.junk,
            self.pages,
            self.products,
            ratio(self.kind_right, self.kind_checked),
            ratio(self.split, self.held),
            self.wrong_merges,
        )
    }
}

/// How a mention is tied to the gold names it overlaps.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Matching {
    /// A mention names every gold name it ends inside, and, when no mention ends at a gold
    /// name's end, the words before it stand for the whole ("Acme" for "Acme Federal Bank").
    Raw,
    /// As `Raw`, but a gold name nested in another thing's name is not that thing: a mention
    /// that reaches before a gold name's start (beyond a "the") names something longer
    /// ("Elections Commission of Varnia" does not name the "Varnia" at its end), and words
    /// before a gold name's end that the gold itself annotates as another instance's name
    /// (its text or the mention's canonical name: "Tessin" before "Tessin Store" where
    /// "Tessin" is a city of the gold) name that instance, not the longer one.
    Fair,
}

/// Scores each topic as one corpus at the build's default `min-mentions` and at 1, raw and
/// fair (`Matching`), and prints the total, after a row per topic when `rows`.
pub(crate) fn report(topics: &[Topic], rows: bool, verbose: bool) {
    let default_min = ExtractSection::default().min_mentions;
    for (matching, label) in [(Matching::Raw, "raw"), (Matching::Fair, "fair")] {
        for min_mentions in [default_min, 1] {
            println!("\nmin-mentions {min_mentions}, matching {label}");
            println!(
                "{:<14} {:<15} {:<15} {:<15} {:>4} {:>5} {:>5} {:>4}",
                "topic", "core recall", "all named", "junk pages", "prod", "kind", "split", "merg"
            );
            let mut total = Score::default();
            for topic in topics {
                let score = score_topic(topic, min_mentions, matching, verbose);
                if rows {
                    println!("{}", score.row(&topic.name));
                }
                total.add(&score);
            }
            println!("{}", total.row("total"));
        }
    }
}

pub(crate) fn loaded(document: &Document) -> LoadedSource {
    LoadedSource::in_memory(&format!("d{}", document.id), None, &document.text)
}

pub(crate) fn score_topic(
    topic: &Topic,
    min_mentions: usize,
    matching: Matching,
    verbose: bool,
) -> Score {
    let sources: Vec<LoadedSource> = topic.documents.iter().map(loaded).collect();
    let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
    let inputs: Vec<SourceMentions> = sources
        .iter()
        .zip(&analyses)
        .map(|(s, a)| SourceMentions {
            id: &s.meta.id,
            analysis: a,
        })
        .collect();
    let actors = match resolve_actors(&inputs, &[], min_mentions) {
        Ok(actors) => actors,
        Err(error) => {
            eprintln!("{}: {error}", topic.name);
            return Score::default();
        }
    };
    let (held, ties) = held_instances(topic, &sources, &analyses, &actors, matching);
    let votes = kind_votes(&sources, &analyses, &actors);
    let mut score = Score {
        pages: held.iter().flatten().count(),
        ..Score::default()
    };
    let mut pages_of: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    let mut junk = Vec::new();
    let mut kind_errors = Vec::new();
    let mut merges = Vec::new();
    for (page, instances) in held.iter().enumerate() {
        let Some(instances) = instances else {
            continue;
        };
        let actor = &actors.actors[page];
        let real: Vec<usize> = instances
            .iter()
            .copied()
            .filter(|&i| topic.instances[i].is_actor())
            .collect();
        for &i in &real {
            pages_of.entry(i).or_default().insert(page);
        }
        match real.as_slice() {
            [] => {
                if instances.iter().any(|&i| topic.instances[i].is_product()) {
                    score.products += 1;
                }
                score.junk += 1;
                junk.push(format!("{} ({:?})", actor.name, actor.kind));
            }
            [one] => {
                score.kind_checked += 1;
                let class = &topic.instances[*one].class;
                if kind_fits(actor.kind, class) {
                    score.kind_right += 1;
                } else {
                    kind_errors.push(format!(
                        "{} ({:?}, gold {class}) {{{}}}",
                        actor.name, actor.kind, votes[page]
                    ));
                }
            }
            _ => {
                score.wrong_merges += 1;
                let names: Vec<&str> = real
                    .iter()
                    .map(|&i| topic.instances[i].name.as_str())
                    .collect();
                let why: Vec<String> = real
                    .iter()
                    .flat_map(|&i| ties.get(&(page, i)).into_iter().flatten())
                    .cloned()
                    .collect();
                merges.push(format!(
                    "{} = {} [{}]",
                    actor.name,
                    names.join(" + "),
                    why.join(", ")
                ));
            }
        }
    }
    score.held = pages_of.len();
    score.split = pages_of.values().filter(|p| p.len() > 1).count();
    let mut missed = Vec::new();
    for (i, instance) in topic.instances.iter().enumerate() {
        if !instance.is_actor() {
            continue;
        }
        let documents: BTreeSet<&str> = topic
            .documents
            .iter()
            .filter(|d| d.gold.iter().any(|g| g.instance == i && g.full_name))
            .map(|d| d.id.as_str())
            .collect();
        if documents.is_empty() {
            continue;
        }
        let found = pages_of.contains_key(&i);
        score.named += 1;
        score.named_found += usize::from(found);
        if !found {
            let core = if documents.len() >= 2 { ", core" } else { "" };
            missed.push(format!("{} ({}{core})", instance.name, instance.class));
        }
        if documents.len() >= 2 {
            score.core += 1;
            score.core_found += usize::from(found);
        }
    }
    if verbose {
        let splits: Vec<String> = pages_of
            .iter()
            .filter(|(_, pages)| pages.len() > 1)
            .map(|(&i, pages)| {
                let names: Vec<&str> = pages
                    .iter()
                    .map(|&p| actors.actors[p].name.as_str())
                    .collect();
                let why: Vec<String> = pages
                    .iter()
                    .flat_map(|&p| ties.get(&(p, i)).into_iter().flatten())
                    .cloned()
                    .collect();
                format!(
                    "{}: {} [{}]",
                    topic.instances[i].name,
                    names.join(" | "),
                    why.join(", ")
                )
            })
            .collect();
        let label = if matching == Matching::Raw {
            "raw"
        } else {
            "fair"
        };
        println!("== {} (min-mentions {min_mentions}, {label})", topic.name);
        for (label, list) in [
            ("junk pages", &junk),
            ("missed", &missed),
            ("kind errors", &kind_errors),
            ("split", &splits),
            ("wrong merges", &merges),
        ] {
            println!("  {label}: {}", list.join("; "));
        }
    }
    score
}

/// Each page's mentions by kind and evidence ("Place: place head-word: Mount ×2"), so `-v`
/// shows why a page got its kind.
fn kind_votes(sources: &[LoadedSource], analyses: &[Analysis], actors: &Actors) -> Vec<String> {
    let mut counts: Vec<BTreeMap<String, usize>> = vec![BTreeMap::new(); actors.actors.len()];
    for (source, analysis) in sources.iter().zip(analyses) {
        for (m, mention) in analysis.mentions.iter().enumerate() {
            if let Some(page) = actors.of_mention(&source.meta.id, m) {
                let key = format!("{:?}: {}", mention.kind, mention.evidence);
                *counts[page].entry(key).or_default() += 1;
            }
        }
    }
    counts
        .iter()
        .map(|c| {
            let parts: Vec<String> = c.iter().map(|(k, n)| format!("{k} ×{n}")).collect();
            parts.join("; ")
        })
        .collect()
}

/// What ties a page to an instance: each mention's text, `→` the gold span's text.
pub(crate) type Ties = BTreeMap<(usize, usize), BTreeSet<String>>;

/// For each page judged (with a mention in an annotated lead), the instances one of its
/// mentions overlaps; `None` for a page never named in a lead. With them, the ties shown by
/// `-v`.
pub(crate) fn held_instances(
    topic: &Topic,
    sources: &[LoadedSource],
    analyses: &[Analysis],
    actors: &Actors,
    matching: Matching,
) -> (Vec<Option<BTreeSet<usize>>>, Ties) {
    let mut held = vec![None; actors.actors.len()];
    let mut ties = Ties::new();
    let gold_names = gold_names(topic);
    for ((document, source), analysis) in topic.documents.iter().zip(sources).zip(analyses) {
        let chars: Vec<char> = document.text.chars().collect();
        // A mention names a gold name it ends inside (a trailing abbreviation dot aside):
        // "Acme Senate" does not name the "Acme" written before "Senate". Of the mentions in one
        // gold name, the one at its end (its head) names it, not a premodifier before it
        // ("Acme" in "Acme Federal Bank").
        let ends_inside = |mention: &Mention, gold: &GoldName| {
            mention.start < gold.end
                && gold.start < mention.end
                && (mention.end <= gold.end
                    || chars[gold.end..mention.end].iter().all(|&c| c == '.'))
        };
        let head_named: Vec<bool> = document
            .gold
            .iter()
            .map(|g| {
                analysis
                    .mentions
                    .iter()
                    .any(|m| ends_inside(m, g) && m.end >= g.end)
            })
            .collect();
        for (m, mention) in analysis.mentions.iter().enumerate() {
            let Some(page) = actors.of_mention(&source.meta.id, m) else {
                continue;
            };
            let annotated = document
                .annotated
                .iter()
                .any(|&(start, end)| start <= mention.start && mention.end <= end);
            if !annotated {
                continue;
            }
            let instances = held[page].get_or_insert_with(BTreeSet::new);
            let overlapping: Vec<&GoldName> = document
                .gold
                .iter()
                .zip(&head_named)
                .filter(|&(g, &head_named)| {
                    ends_inside(mention, g)
                        && (mention.end >= g.end || !head_named)
                        && (matching == Matching::Raw
                            || names_nested(mention, g, &chars, &gold_names))
                })
                .map(|(g, _)| g)
                .collect();
            // Gold names nest (MEANTIME marks "Acme" inside "Acme Widget Store" too): the
            // tightest one is the one a mention names.
            let tightest = overlapping.iter().map(|g| g.end - g.start).min();
            for gold in overlapping {
                if Some(gold.end - gold.start) == tightest {
                    instances.insert(gold.instance);
                    let gold_text: String = document
                        .text
                        .chars()
                        .skip(gold.start)
                        .take(gold.end - gold.start)
                        .collect();
                    ties.entry((page, gold.instance))
                        .or_default()
                        .insert(format!("{} → {gold_text}", mention.text));
                }
            }
        }
    }
    (held, ties)
}

/// Each instance's gold names in a topic, lowercased, by name.
fn gold_names(topic: &Topic) -> BTreeMap<String, BTreeSet<usize>> {
    let mut names: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for document in &topic.documents {
        let chars: Vec<char> = document.text.chars().collect();
        for gold in &document.gold {
            let text: String = chars[gold.start..gold.end].iter().collect();
            names
                .entry(text.to_lowercase())
                .or_default()
                .insert(gold.instance);
        }
    }
    names
}

/// Whether a mention that `Matching::Raw` ties to `gold` names it under `Matching::Fair`.
fn names_nested(
    mention: &Mention,
    gold: &GoldName,
    chars: &[char],
    gold_names: &BTreeMap<String, BTreeSet<usize>>,
) -> bool {
    if mention.start < gold.start {
        let before: String = chars[mention.start..gold.start].iter().collect();
        if !matches!(before.trim().to_lowercase().as_str(), "" | "the") {
            return false;
        }
    }
    let another_instance = |name: &str| {
        gold_names
            .get(&name.to_lowercase())
            .is_some_and(|instances| instances.iter().any(|&i| i != gold.instance))
    };
    mention.end >= gold.end || !(another_instance(&mention.text) || another_instance(&mention.name))
}

fn kind_fits(kind: ActorKind, class: &str) -> bool {
    match (our_class(kind), class) {
        (Some("ORG" | "LOC"), "FAC") => true,
        (ours, class) => ours == Some(class),
    }
}

pub(crate) fn our_class(kind: ActorKind) -> Option<&'static str> {
    match kind {
        ActorKind::Person => Some("PER"),
        ActorKind::Organisation => Some("ORG"),
        ActorKind::State | ActorKind::Place => Some("LOC"),
        ActorKind::Other => None,
    }
}

pub(crate) fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

/// A tag of the file: its name, its inside (attributes) and the text that follows it.
pub(crate) struct Tag<'a> {
    pub(crate) name: &'a str,
    pub(crate) inside: &'a str,
    pub(crate) text_after: &'a str,
}

pub(crate) fn tags(xml: &str) -> Vec<Tag<'_>> {
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        let Some(close) = rest[open..].find('>') else {
            break;
        };
        let inside = &rest[open + 1..open + close];
        rest = &rest[open + close + 1..];
        let text_after = &rest[..rest.find('<').unwrap_or(rest.len())];
        let name = inside
            .split(|c: char| c.is_whitespace() || c == '/')
            .find(|s| !s.is_empty())
            .unwrap_or("");
        let name = if inside.starts_with('/') { "" } else { name };
        found.push(Tag {
            name,
            inside,
            text_after,
        });
    }
    found
}

/// The value of `name="…"` in a tag's inside.
pub(crate) fn attribute(inside: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let at = inside.find(&needle)? + needle.len();
    let end = inside[at..].find('"')?;
    Some(decode_entities(&inside[at..at + end]))
}

pub(crate) fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Tokens written against the word before them.
pub(crate) fn closes(token: &str) -> bool {
    matches!(
        token,
        "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "''" | "n't" | "-"
    ) || (token.starts_with('\'') && token.chars().count() <= 3)
}

/// Tokens the next word is written against.
pub(crate) fn opens(token: &str) -> bool {
    matches!(token, "(" | "[" | "$" | "``" | "-")
}

/// A token of the text: its word, char span, whether it is capitalised (for ECB+, where
/// names are not marked, also whether it opens its sentence).
pub(crate) struct Token {
    pub(crate) word: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) capitalised: bool,
    pub(crate) first_in_sentence: bool,
}

/// The name a gold phrase holds at its head: the phrase's head part (after a possessive "'s"
/// and leading prepositions; before a comma, a relative pronoun or a preposition, but for "of"
/// after a capitalised word), and there its last run of capitalised tokens, with the
/// lower-case joiners names carry ("of", "and", "the", "for"). Empty when the head part does
/// not end in that run: "a Detroit accounting firm" or "two Acme workers" name nobody (their
/// head is a common noun; the name is a premodifier), and "The American computer company
/// Acme" names Acme, not America.
pub(crate) fn name_inside<'a>(phrase: &[&'a Token]) -> Vec<&'a Token> {
    const JOINERS: [&str; 5] = ["of", "and", "the", "for", "&"];
    const CUTS: [&str; 9] = [",", "who", "which", "that", "(", "--", "-", "said", "says"];
    const PREPOSITIONS: [&str; 12] = [
        "in", "at", "of", "from", "on", "near", "for", "with", "by", "outside", "into", "off",
    ];
    let is_preposition = |t: &Token| PREPOSITIONS.contains(&t.word.to_lowercase().as_str());
    let after_possessive = phrase
        .iter()
        .rposition(|t| t.word == "'s" || t.word == "'")
        .map_or(0, |p| p + 1);
    let mut head = &phrase[after_possessive..];
    while head.first().is_some_and(|t| is_preposition(t)) {
        head = &head[1..];
    }
    if let Some(cut) = (1..head.len()).find(|&i| {
        let word = head[i].word.to_lowercase();
        let inside_a_name = word == "of" && head[i - 1].capitalised;
        // A dash glued to its words joins them ("Acme-Widget").
        let glued = word.starts_with('-') && head[i - 1].end == head[i].start;
        (CUTS.contains(&word.as_str()) && !glued) || (is_preposition(head[i]) && !inside_a_name)
    }) {
        head = &head[..cut];
    }
    let Some(last) = head.iter().rposition(|t| t.capitalised) else {
        return Vec::new();
    };
    let a_word_follows = head[last + 1..]
        .iter()
        .any(|t| t.word.chars().any(char::is_alphanumeric));
    if a_word_follows {
        return Vec::new();
    }
    let mut first = last;
    while first > 0 {
        let before = head[first - 1];
        let joins = JOINERS.contains(&before.word.to_lowercase().as_str())
            && first >= 2
            && head[first - 2].capitalised;
        if before.capitalised || joins {
            first -= 1;
        } else {
            break;
        }
    }
    head[first..=last].to_vec()
}

/// Whether a name run reads as a name where names are not marked: two capitalised tokens, or
/// one capitalised away from its sentence's start.
pub(crate) fn looks_named(run: &[&Token]) -> bool {
    run.iter().filter(|t| t.capitalised).count() >= 2
        || run.iter().any(|t| t.capitalised && !t.first_in_sentence)
}
