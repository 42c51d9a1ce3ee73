//! Actor pages against ECB+'s cross-document participant and location instances.
//!
//! ```text
//! cargo run --release --example eval_ecbplus_actors -- [-v] [--topics 1-25] [TOPICS-DIR]
//! ```
//!
//! `--topics 1-25` scores those topics only (the rules were tuned on 1–25; 26–35 are held out).
//!
//! TOPICS-DIR (default `../shared/eval/ecbplus/topics`) holds one folder per topic; each half
//! of a topic (files `*ecb.xml`, files `*ecbplus.xml`) is one corpus, as in `eval_ecbplus`.
//! Texts are rebuilt from the tokens as `eval_meantime` does (the URL line that opens the
//! ecbplus files left out) and scored by the same rules (see `actor_eval`), with these
//! readings of ECB+:
//! - a gold mention is a HUMAN_PART_PER, _ORG or _GPE or a LOC_GEO or LOC_FAC markable that a
//!   CROSS_DOC_COREF ties to an instance; PER, ORG and (GPE, LOC) map to PER, ORG and LOC;
//!   other participants (generic, vehicles…) are ignored;
//! - ECB+ spans whole noun phrases ("a prison in Huntsville, Texas", "the company's chief
//!   Jane Roe"), so a gold mention is matched by the name inside it: its head part (before a
//!   a comma, a relative pronoun or a preposition, but for "of" after a capitalised word; after
//!   a possessive "'s" and leading prepositions), and there its last run of capitalised words (joined by "of", "and", "the", "for"),
//!   when that run ends the head part (`actor_eval::name_inside`). A phrase whose head holds no
//!   such run ("a prison in Huntsville", "a Detroit accounting firm", "two Acme workers") names
//!   nobody and matches no page, and the places it mentions are judged as pages of their own;
//! - ECB+ marks no syntactic type, so a mention counts as a name when its name run has a
//!   token capitalised away from its sentence's start, or two capitalised tokens;
//! - a LOC_FAC (a treatment centre, a prison, a stadium) is both a place and the body that
//!   runs it, so an organisation or a place page is the right kind for it;
//! - only the sentences ECBplus_coreference_sentences.csv lists are annotated, and there only
//!   the happening's participants: "junk pages" counts pages for anyone else too, so it is an
//!   upper bound here; recall, kinds, splits and wrong merges are the measures to read;
//! - each table is printed for matching raw and fair, as `eval_meantime` says: fair does not
//!   tie "Paris" to a gold "Paris Store" when the gold annotates "Paris" as the city, nor a
//!   "Central Elections Commission of Varnia" to the gold "Varnia" at its end.
//!
//! Only the totals over all corpora are printed; `-v` adds each corpus's lists.

#[path = "actor_eval/mod.rs"]
mod actor_eval;
#[path = "ecbplus/mod.rs"]
mod ecbplus;

use actor_eval::{
    attribute, closes, decode_entities, looks_named, name_inside, opens, report, sorted_entries,
    tags, Document, GoldName, Instance, Token, Topic,
};
use ecbplus::{parse_topics, scored_sentences};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/ecbplus/topics");

fn main() {
    let mut verbose = false;
    let mut dir = PathBuf::from(DEFAULT_DIR);
    let mut topics = None;
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-v" => verbose = true,
            "--topics" => match args.next().as_deref().and_then(parse_topics) {
                Some(list) => topics = Some(list),
                None => {
                    eprintln!("eval_ecbplus_actors: --topics takes numbers and ranges, as in 1-25");
                    process::exit(2);
                }
            },
            "-h" | "--help" => {
                println!("usage: eval_ecbplus_actors [-v] [--topics 1-25] [TOPICS-DIR]");
                return;
            }
            _ => dir = PathBuf::from(arg),
        }
    }
    if let Err(message) = run(&dir, topics.as_ref(), verbose) {
        eprintln!("eval_ecbplus_actors: {message}");
        process::exit(1);
    }
}

fn run(dir: &Path, wanted: Option<&BTreeSet<u32>>, verbose: bool) -> Result<(), String> {
    let scored = scored_sentences(&dir.join("../ECBplus_coreference_sentences.csv"))?;
    let mut topics = Vec::new();
    for folder in sorted_entries(dir)? {
        let Some(number) = folder
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        if wanted.is_some_and(|w| !w.contains(&number)) {
            continue;
        }
        for plus in [false, true] {
            topics.push(read_corpus(&folder, number, plus, &scored)?);
        }
    }
    if topics.is_empty() {
        return Err(format!("no topic folders in {}", dir.display()));
    }
    println!("{} corpora (topic halves)", topics.len());
    report(&topics, false, verbose);
    Ok(())
}

/// One half of a topic as a corpus.
fn read_corpus(
    folder: &Path,
    topic: u32,
    plus: bool,
    scored: &HashMap<(u32, String), BTreeSet<usize>>,
) -> Result<Topic, String> {
    let half = if plus { "ecbplus" } else { "ecb" };
    let mut corpus = Topic {
        name: format!("{topic} {half}"),
        instances: Vec::new(),
        documents: Vec::new(),
    };
    for path in sorted_entries(folder)? {
        let name = path
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let in_half = if plus {
            name.ends_with("ecbplus")
        } else {
            name.ends_with("ecb")
        };
        if !in_half || path.extension().is_none_or(|e| e != "xml") {
            continue;
        }
        let xml = fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let stem = name.split_once('_').map_or(name.as_str(), |(_, s)| s);
        let annotated = scored.get(&(topic, stem.to_string()));
        let document = parse_document(&name, &xml, plus, annotated, &mut corpus.instances);
        corpus.documents.push(document);
    }
    Ok(corpus)
}

/// The class of a markable's tag, for the actors ECB+ marks; `None` for the rest.
fn class_of(tag: &str) -> Option<&'static str> {
    match tag {
        "HUMAN_PART_PER" => Some("PER"),
        "HUMAN_PART_ORG" => Some("ORG"),
        "HUMAN_PART_GPE" | "LOC_GEO" => Some("LOC"),
        "LOC_FAC" => Some("FAC"),
        _ => None,
    }
}

/// Reads one document: its text, its annotated sentences' char ranges and its gold names tied
/// to instances (added to `instances`).
fn parse_document(
    name: &str,
    xml: &str,
    plus: bool,
    annotated: Option<&BTreeSet<usize>>,
    instances: &mut Vec<Instance>,
) -> Document {
    let tags = tags(xml);
    let mut text = String::new();
    let mut length = 0;
    let mut tokens: BTreeMap<String, (Token, usize)> = BTreeMap::new();
    let mut sentence_ranges: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut sentence = None;
    let mut glue_next = true;
    for tag in tags.iter().filter(|t| t.name == "token") {
        let this_sentence: Option<usize> =
            attribute(tag.inside, "sentence").and_then(|s| s.parse().ok());
        let (Some(this_sentence), Some(t_id)) = (this_sentence, attribute(tag.inside, "t_id"))
        else {
            continue;
        };
        if plus && this_sentence == 0 {
            continue;
        }
        let token = decode_entities(tag.text_after);
        if sentence.is_some_and(|s| s != this_sentence) {
            text.push_str("\n\n");
            length += 2;
            glue_next = true;
        }
        sentence = Some(this_sentence);
        if !glue_next && !closes(&token) {
            text.push(' ');
            length += 1;
        }
        let start = length;
        length += token.chars().count();
        text.push_str(&token);
        glue_next = opens(&token);
        let range = sentence_ranges
            .entry(this_sentence)
            .or_insert((start, length));
        range.1 = length;
        tokens.insert(
            t_id,
            (
                Token {
                    word: token.clone(),
                    start,
                    end: length,
                    capitalised: token.chars().next().is_some_and(char::is_uppercase),
                    first_in_sentence: attribute(tag.inside, "number").as_deref() == Some("0"),
                },
                this_sentence,
            ),
        );
    }
    // Markables (mention id → tag and tokens), instances (mention id → index) and the
    // cross-document links (source mention ids → target mention id).
    let mut markables: BTreeMap<String, (&str, Vec<String>)> = BTreeMap::new();
    let mut targets: BTreeMap<String, usize> = BTreeMap::new();
    let mut links: Vec<(Vec<String>, String)> = Vec::new();
    let mut open_markable: Option<String> = None;
    let mut open_link: Option<(Vec<String>, Option<String>)> = None;
    for tag in &tags {
        let m_id = attribute(tag.inside, "m_id");
        if tag.name == "CROSS_DOC_COREF" {
            open_link = Some((Vec::new(), None));
        } else if tag.inside.starts_with("/CROSS_DOC_COREF") {
            if let Some((sources, Some(target))) = open_link.take() {
                links.push((sources, target));
            }
        } else if let (Some((sources, target)), Some(m_id)) = (open_link.as_mut(), m_id.clone()) {
            match tag.name {
                "source" => sources.push(m_id),
                "target" => *target = Some(m_id),
                _ => {}
            }
        } else if tag.name == "token_anchor" {
            if let (Some(m), Some(t)) = (open_markable.as_ref(), attribute(tag.inside, "t_id")) {
                if let Some((_, anchors)) = markables.get_mut(m) {
                    anchors.push(t);
                }
            }
        } else if let (Some(class), Some(m_id)) = (class_of(tag.name), m_id) {
            match attribute(tag.inside, "instance_id") {
                Some(id) => {
                    let instance = Instance {
                        id,
                        class: class.to_string(),
                        name: attribute(tag.inside, "TAG_DESCRIPTOR").unwrap_or_default(),
                    };
                    let index = instances
                        .iter()
                        .position(|i| i.id == instance.id)
                        .unwrap_or_else(|| {
                            instances.push(instance);
                            instances.len() - 1
                        });
                    targets.insert(m_id, index);
                }
                None => {
                    markables.insert(m_id.clone(), (tag.name, Vec::new()));
                    open_markable = Some(m_id);
                }
            }
        } else if tag.inside.starts_with('/') {
            open_markable = None;
        }
    }
    let mut gold = Vec::new();
    for (sources, target) in links {
        let Some(&instance) = targets.get(&target) else {
            continue;
        };
        for source in sources {
            let Some((_, anchors)) = markables.get(&source) else {
                continue;
            };
            let placed: Vec<&(Token, usize)> =
                anchors.iter().filter_map(|t| tokens.get(t)).collect();
            let in_scored = placed
                .iter()
                .all(|(_, sentence)| annotated.is_some_and(|a| a.contains(sentence)));
            let phrase: Vec<&Token> = placed.iter().map(|(token, _)| token).collect();
            let spans = name_inside(&phrase);
            let named = looks_named(&spans);
            let start = spans.iter().map(|t| t.start).min();
            let end = spans.iter().map(|t| t.end).max();
            if let (Some(start), Some(end), true, true) = (start, end, in_scored, named) {
                gold.push(GoldName {
                    start,
                    end,
                    instance,
                    full_name: named,
                });
            }
        }
    }
    Document {
        id: name.to_string(),
        text,
        gold,
        annotated: annotated
            .into_iter()
            .flatten()
            .filter_map(|s| sentence_ranges.get(s).copied())
            .collect(),
    }
}
