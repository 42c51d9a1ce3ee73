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
//! the instance's `ent_type`. Gold spans take whole noun phrases ("The American computer
//! company Acme", "the Acme Center in Tessin"), so each is read down to the name at its head
//! (`actor_eval::name_inside`: "Acme", "Acme Center"), and a mention names the gold name it
//! ends inside, the tightest when they nest; of several mentions inside one gold name, the one
//! at its end names it ("US" in "US Federal Reserve" names no instance when "Federal Reserve"
//! is found). Only each document's lead (title, dateline, first sentences) is
//! annotated exhaustively, so a page is judged only by its mentions there, and a page never
//! named in a lead is left out of the page counts. PER, ORG and LOC instances are actors; PRO (products) and FIN
//! (indices, currencies, shares) are not; MIX is ignored. A page *holds* an instance when one of
//! the page's mentions names it.
//!
//! Each table is printed twice: matching *raw* as above, and *fair* (`actor_eval::Matching`),
//! where a gold name nested in another thing's name is not that thing. Raw ties a mention
//! reaching before a gold name ("Prime Minister of Canada" read whole) to the "Canada" at its
//! end, and a place before a gold name's head ("Tessin" of "Tessin Store", when no mention ends
//! at "Store") to the store, counting either as a wrong merge or a split though the page is
//! right for what it names. Fair drops those two ties only: a mention must not start before
//! the gold name (but for a "the"), and words before a gold name's end stand for it only when
//! the gold does not annotate them as another instance's name. Both are reported; raw is the
//! historical figure.
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

#[path = "actor_eval/mod.rs"]
mod actor_eval;

use actor_eval::{
    attribute, closes, decode_entities, looks_named, name_inside, opens, report, sorted_entries,
    tags, Document, GoldName, Instance, Token, Topic,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/meantime");

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
    report(&topics, true, verbose);
    Ok(())
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
        glue_next = opens(&token);
        if let (Some(t_id), Some(sentence)) = (attribute(tag.inside, "t_id"), sentence.clone()) {
            token_spans.insert(t_id.clone(), (start, length));
            sentence_ends.insert(sentence.clone(), length);
            token_sentences.insert(t_id, sentence);
        }
    }
    // Entity mentions (names only) and the instances their REFERS_TO point at.
    let mut names: BTreeMap<String, (Vec<(usize, usize)>, bool)> = BTreeMap::new();
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
                let mut spans = spans;
                spans.sort_unstable();
                names.insert(m_id, (spans, full_name));
            }
        }
        if tag.inside.starts_with("/REFERS_TO") {
            if let Some((sources, Some(target))) = open_refers.take() {
                refers.push((sources, target));
            }
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut gold = Vec::new();
    for (sources, target) in refers {
        let Some(&instance) = entities.get(&target) else {
            continue;
        };
        for source in sources {
            let Some((spans, full_name)) = names.get(&source) else {
                continue;
            };
            let tokens: Vec<Token> = spans
                .iter()
                .map(|&(start, end)| {
                    let word: String = chars[start..end].iter().collect();
                    Token {
                        capitalised: word.chars().any(char::is_uppercase),
                        word,
                        start,
                        end,
                        first_in_sentence: false,
                    }
                })
                .collect();
            let phrase: Vec<&Token> = tokens.iter().collect();
            let name = name_inside(&phrase);
            if let (Some(first), Some(last), true) = (name.first(), name.last(), looks_named(&name))
            {
                gold.push(GoldName {
                    start: first.start,
                    end: last.end,
                    instance,
                    full_name: *full_name,
                });
            }
        }
    }
    Document {
        id,
        text,
        gold,
        annotated: vec![(0, annotated_end)],
    }
}
