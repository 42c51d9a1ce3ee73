//! Actor pages against MEANTIME's cross-document entity instances.
//!
//! ```text
//! cargo run --release --example eval_meantime -- [-v] [DIR]
//! ```
//!
//! DIR (default `../shared/eval/meantime`) holds `intra_cross-doc_annotation/corpus_*/`; each
//! topic folder is one corpus. Each document's text is rebuilt from its tokens (one sentence a
//! paragraph, tokens joined by a space except before closing punctuation and clitics, after
//! opening ones) and the real pipeline runs on the corpus: `analyse::analyse` per document,
//! then `briefing::actors::resolve_actors` with no curation, at the build's default
//! `min-mentions` and at 1.
//!
//! Matching rule. A gold mention is an ENTITY_MENTION of syntactic type NAM or PRE.NAM (a name,
//! alone or as a premodifier) that a REFERS_TO ties to a cross-document instance; its class is
//! the instance's `ent_type`. Gold spans take whole noun phrases, so a mention names the
//! instance of the tightest gold span it overlaps. Only each document's lead (title, dateline, first sentences) is
//! annotated exhaustively, so a page is judged only by its mentions there, and a page never
//! named in a lead is left out of the page counts. PER, ORG and LOC instances are actors; PRO (products) and FIN
//! (indices, currencies, shares) are not; MIX is ignored. A page *holds* an instance when one of
//! the page's mentions names it.
//! - core recall: actor instances with a NAM mention in ≥ 2 documents that some page holds;
//! - all-named recall: the same over every actor instance with a NAM mention;
//! - junk pages: judged pages holding no actor instance (products included), over judged
//!   pages;
//! - products as actors: pages holding a PRO or FIN instance and no actor instance;
//! - kind accuracy: pages holding exactly one actor instance whose kind maps to its class
//!   (Person → PER, Organisation → ORG, State and Place → LOC; Other is wrong);
//! - split actors: held actor instances held by more than one page, over held instances;
//! - wrong merges: pages holding more than one actor instance.
//!
//! `-v` lists, per topic, the junk pages, the missed instances, the kind errors, the
//! split instances and the wrong merges.

use sourcebook::analyse::{analyse, Analysis};
use sourcebook::briefing::actors::{resolve_actors, Actors, SourceMentions};
use sourcebook::load::config::ExtractSection;
use sourcebook::model::actor::ActorKind;
use sourcebook::model::source::{LoadedSource, SourceMeta};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/meantime");

/// A cross-document entity instance: its id and class (PER, ORG, LOC, PRO, FIN, MIX).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Instance {
    id: String,
    class: String,
    name: String,
}

impl Instance {
    fn is_actor(&self) -> bool {
        matches!(self.class.as_str(), "PER" | "ORG" | "LOC")
    }
    fn is_product(&self) -> bool {
        matches!(self.class.as_str(), "PRO" | "FIN")
    }
}

/// A gold name in a document: char span, instance, and whether it is a full name (NAM).
struct GoldName {
    start: usize,
    end: usize,
    instance: usize,
    full_name: bool,
}

struct Document {
    id: String,
    text: String,
    gold: Vec<GoldName>,
    /// Where the exhaustively annotated lead (title, dateline, first sentences) ends: the end
    /// of the last sentence holding an entity mention with a syntactic type.
    annotated_end: usize,
}

struct Topic {
    name: String,
    instances: Vec<Instance>,
    documents: Vec<Document>,
}

#[derive(Default, Clone, Copy)]
struct Score {
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

fn main() {
    let mut verbose = false;
    let mut dir = PathBuf::from(DEFAULT_DIR);
    for arg in env::args().skip(1) {
        match arg.as_str() {
            "-v" => verbose = true,
            "-h" | "--help" => {
                println!("usage: eval_meantime [-v] [DIR]");
                return;
            }
            _ => dir = PathBuf::from(arg),
        }
    }
    if let Err(message) = run(&dir, verbose) {
        eprintln!("eval_meantime: {message}");
        process::exit(1);
    }
}

fn run(dir: &Path, verbose: bool) -> Result<(), String> {
    let root = dir.join("intra_cross-doc_annotation");
    let mut topics = Vec::new();
    for folder in sorted_entries(&root)? {
        if folder.is_dir() {
            topics.push(read_topic(&folder)?);
        }
    }
    if topics.is_empty() {
        return Err(format!("no topic folders in {}", root.display()));
    }
    let default_min = ExtractSection::default().min_mentions;
    for min_mentions in [default_min, 1] {
        println!("\nmin-mentions {min_mentions}");
        println!(
            "{:<14} {:<15} {:<15} {:<15} {:>4} {:>5} {:>5} {:>4}",
            "topic", "core recall", "all named", "junk pages", "prod", "kind", "split", "merg"
        );
        let mut total = Score::default();
        for topic in &topics {
            let score = score_topic(topic, min_mentions, verbose);
            println!("{}", score.row(&topic.name));
            total.add(&score);
        }
        println!("{}", total.row("total"));
    }
    Ok(())
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

fn read_topic(folder: &Path) -> Result<Topic, String> {
    let name = folder
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    let mut topic = Topic {
        name: name.trim_start_matches("corpus_").to_string(),
        instances: Vec::new(),
        documents: Vec::new(),
    };
    for path in sorted_entries(folder)? {
        if path.extension().is_some_and(|e| e == "xml") {
            let xml = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let document = parse_document(&xml, &mut topic.instances);
            topic.documents.push(document);
        }
    }
    Ok(topic)
}

/// A tag of the file: its name, its inside (attributes) and the text that follows it.
struct Tag<'a> {
    name: &'a str,
    inside: &'a str,
    text_after: &'a str,
}

fn tags(xml: &str) -> Vec<Tag<'_>> {
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

/// A name mention being read: its id, whether it is a full name (NAM), its tokens' spans.
struct OpenName {
    m_id: String,
    full_name: bool,
    spans: Vec<(usize, usize)>,
}

/// Reads one document: its text, and its gold names tied to instances (added to `instances`).
fn parse_document(xml: &str, instances: &mut Vec<Instance>) -> Document {
    let tags = tags(xml);
    let id = tags
        .iter()
        .find(|t| t.name == "Document")
        .and_then(|t| attribute(t.inside, "doc_id"))
        .unwrap_or_default();
    // Tokens → text with char spans.
    let mut text = String::new();
    let mut token_spans: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut token_sentences: BTreeMap<String, String> = BTreeMap::new();
    let mut sentence_ends: BTreeMap<String, usize> = BTreeMap::new();
    let mut length = 0;
    let mut sentence = None;
    let mut glue_next = true;
    for tag in tags.iter().filter(|t| t.name == "token") {
        let token = decode_entities(tag.text_after);
        let this_sentence = attribute(tag.inside, "sentence");
        if sentence.is_some() && this_sentence != sentence {
            text.push_str("\n\n");
            length += 2;
            glue_next = true;
        }
        sentence = this_sentence;
        if !glue_next && !closes(&token) {
            text.push(' ');
            length += 1;
        }
        let start = length;
        length += token.chars().count();
        text.push_str(&token);
        glue_next = matches!(token.as_str(), "(" | "[" | "$" | "``" | "-");
        if let (Some(t_id), Some(sentence)) = (attribute(tag.inside, "t_id"), sentence.clone()) {
            token_spans.insert(t_id.clone(), (start, length));
            sentence_ends.insert(sentence.clone(), length);
            token_sentences.insert(t_id, sentence);
        }
    }
    // Entity mentions (names only) and the instances their REFERS_TO point at.
    let mut names: BTreeMap<String, ((usize, usize), bool)> = BTreeMap::new();
    let mut entities: BTreeMap<String, usize> = BTreeMap::new();
    let mut refers: Vec<(Vec<String>, String)> = Vec::new();
    let mut open_mention: Option<OpenName> = None;
    let mut open_refers: Option<(Vec<String>, Option<String>)> = None;
    let mut annotated_end = 0;
    let mut open_any_entity = false;
    for tag in &tags {
        match tag.name {
            "ENTITY_MENTION" => {
                let kind = attribute(tag.inside, "syntactic_type").unwrap_or_default();
                // Past the lead, mentions of some instances are marked with no type.
                open_any_entity = !kind.is_empty();
                let m_id = attribute(tag.inside, "m_id").unwrap_or_default();
                if kind == "NAM" || kind == "PRE.NAM" {
                    open_mention = Some(OpenName {
                        m_id,
                        full_name: kind == "NAM",
                        spans: Vec::new(),
                    });
                } else {
                    open_mention = None;
                }
            }
            "token_anchor" if open_mention.is_some() || open_any_entity => {
                let end = attribute(tag.inside, "t_id")
                    .and_then(|t| token_sentences.get(&t))
                    .and_then(|sentence| sentence_ends.get(sentence));
                annotated_end = annotated_end.max(end.copied().unwrap_or(0));
                if let Some(OpenName { spans, .. }) = open_mention.as_mut() {
                    if let Some(span) =
                        attribute(tag.inside, "t_id").and_then(|t| token_spans.get(&t).copied())
                    {
                        spans.push(span);
                    }
                }
            }
            "ENTITY" => {
                let instance = Instance {
                    id: attribute(tag.inside, "instance_id").unwrap_or_default(),
                    class: attribute(tag.inside, "ent_type").unwrap_or_default(),
                    name: attribute(tag.inside, "TAG_DESCRIPTOR").unwrap_or_default(),
                };
                let index = match instances.iter().position(|i| i.id == instance.id) {
                    Some(index) => index,
                    None => {
                        instances.push(instance);
                        instances.len() - 1
                    }
                };
                if let Some(m_id) = attribute(tag.inside, "m_id") {
                    entities.insert(m_id, index);
                }
            }
            "REFERS_TO" => open_refers = Some((Vec::new(), None)),
            "source" | "target" => {
                if let (Some((sources, target)), Some(m_id)) =
                    (open_refers.as_mut(), attribute(tag.inside, "m_id"))
                {
                    if tag.name == "source" {
                        sources.push(m_id);
                    } else {
                        *target = Some(m_id);
                    }
                }
            }
            _ => {}
        }
        if tag.inside.starts_with("/ENTITY_MENTION") {
            open_any_entity = false;
            if let Some(OpenName {
                m_id,
                full_name,
                spans,
            }) = open_mention.take()
            {
                let start = spans.iter().map(|s| s.0).min();
                let end = spans.iter().map(|s| s.1).max();
                if let (Some(start), Some(end)) = (start, end) {
                    names.insert(m_id, ((start, end), full_name));
                }
            }
        }
        if tag.inside.starts_with("/REFERS_TO") {
            if let Some((sources, Some(target))) = open_refers.take() {
                refers.push((sources, target));
            }
        }
    }
    let mut gold = Vec::new();
    for (sources, target) in refers {
        let Some(&instance) = entities.get(&target) else {
            continue;
        };
        for source in sources {
            if let Some(&((start, end), full_name)) = names.get(&source) {
                gold.push(GoldName {
                    start,
                    end,
                    instance,
                    full_name,
                });
            }
        }
    }
    Document {
        id,
        text,
        gold,
        annotated_end,
    }
}

/// Tokens written against the word before them.
fn closes(token: &str) -> bool {
    matches!(
        token,
        "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "%" | "''" | "n't" | "-"
    ) || (token.starts_with('\'') && token.chars().count() <= 3)
}

fn loaded(document: &Document) -> LoadedSource {
    LoadedSource {
        meta: SourceMeta {
            id: format!("d{}", document.id),
            title: String::new(),
            outlet: String::new(),
            byline: None,
            url: None,
            published: None,
            retrieved: None,
            original: String::new(),
            sha256: String::new(),
            language: "en".to_string(),
            encoding: "utf-8".to_string(),
            dropped: 0,
        },
        body: document.text.clone(),
        path: PathBuf::new(),
        dropped: Vec::new(),
        original: Vec::new(),
        original_text: String::new(),
    }
}

fn score_topic(topic: &Topic, min_mentions: usize, verbose: bool) -> Score {
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
    let held = held_instances(topic, &sources, &analyses, &actors);
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
                if our_class(actor.kind) == Some(class.as_str()) {
                    score.kind_right += 1;
                } else {
                    kind_errors.push(format!("{} ({:?}, gold {class})", actor.name, actor.kind));
                }
            }
            _ => {
                score.wrong_merges += 1;
                let names: Vec<&str> = real
                    .iter()
                    .map(|&i| topic.instances[i].name.as_str())
                    .collect();
                merges.push(format!("{} = {}", actor.name, names.join(" + ")));
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
                format!("{}: {}", topic.instances[i].name, names.join(" | "))
            })
            .collect();
        println!("== {} (min-mentions {min_mentions})", topic.name);
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

/// For each page judged (with a mention in an annotated lead), the instances one of its
/// mentions overlaps; `None` for a page never named in a lead.
fn held_instances(
    topic: &Topic,
    sources: &[LoadedSource],
    analyses: &[Analysis],
    actors: &Actors,
) -> Vec<Option<BTreeSet<usize>>> {
    let mut held = vec![None; actors.actors.len()];
    for ((document, source), analysis) in topic.documents.iter().zip(sources).zip(analyses) {
        for (m, mention) in analysis.mentions.iter().enumerate() {
            let Some(page) = actors.of_mention(&source.meta.id, m) else {
                continue;
            };
            if mention.end > document.annotated_end {
                continue;
            }
            let instances = held[page].get_or_insert_with(BTreeSet::new);
            let overlapping: Vec<&GoldName> = document
                .gold
                .iter()
                .filter(|g| g.start < mention.end && mention.start < g.end)
                .collect();
            // Gold spans take whole noun phrases ("Acme's Widget Store"): the tightest span
            // that a mention overlaps is the one it names.
            let tightest = overlapping.iter().map(|g| g.end - g.start).min();
            for gold in overlapping {
                if Some(gold.end - gold.start) == tightest {
                    instances.insert(gold.instance);
                }
            }
        }
    }
    held
}

fn our_class(kind: ActorKind) -> Option<&'static str> {
    match kind {
        ActorKind::Person => Some("PER"),
        ActorKind::Organisation => Some("ORG"),
        ActorKind::State | ActorKind::Place => Some("LOC"),
        ActorKind::Other => None,
    }
}

/// The value of `name="…"` in a tag's inside.
fn attribute(inside: &str, name: &str) -> Option<String> {
    let needle = format!(" {name}=\"");
    let at = inside.find(&needle)? + needle.len();
    let end = inside[at..].find('"')?;
    Some(decode_entities(&inside[at..at + end]))
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
