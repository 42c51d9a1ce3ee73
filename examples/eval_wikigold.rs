//! Span-level evaluation of the mention finder on wikigold (CoNLL, IOB1 tags).
//!
//!     cargo run --release --example eval_wikigold -- [PATH] [--errors]
//!
//! Each document's sentences are rebuilt as text (tokens joined by single spaces, sentences by
//! newlines), the finder runs on each document, and predicted spans are compared with gold
//! spans by exact char offsets. MISC is not an actor kind: gold MISC spans are ignored, and a
//! predicted span that exactly matches one is not counted at all. Our kinds map Person → PER,
//! Organisation → ORG, State and Place → LOC; `Other` mentions count only in the untyped row.
//! `--errors` lists the false positives (with what they overlap) and negatives (untyped), and
//! the spans found with the wrong type.

use sourcebook::analyse::mentions::{find_mentions, ActorKind};
use std::collections::{HashMap, HashSet};
use std::process::ExitCode;

const TYPES: [&str; 3] = ["PER", "ORG", "LOC"];

/// A span in a document: char offsets.
type Span = (usize, usize);

#[derive(Default)]
struct Document {
    text: String,
    /// Gold spans with their tag (PER, ORG, LOC or MISC).
    gold: Vec<(Span, String)>,
}

#[derive(Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    correct: usize,
}

impl Counts {
    fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }

    fn row(&self, label: &str) -> String {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(self.correct, self.predicted);
        let recall = ratio(self.correct, self.gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        format!(
            "{label:<8} {:>6} {:>6} {:>6} {precision:>10.3} {recall:>7.3} {f1:>7.3}",
            self.gold, self.predicted, self.correct
        )
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_errors = args.iter().any(|a| a == "--errors");
    let default_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/eval/wikigold/wikigold.conll.txt"
    );
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or(default_path, String::as_str);
    let data = match std::fs::read_to_string(path) {
        Ok(data) => data,
        Err(error) => {
            eprintln!("cannot read {path}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let documents = parse(&data);
    report(&documents, show_errors);
    ExitCode::SUCCESS
}

/// Splits the CoNLL file into documents, rebuilding each one's text and gold spans.
fn parse(data: &str) -> Vec<Document> {
    let mut documents = vec![Document::default()];
    let mut sentence: Vec<(String, String)> = Vec::new();
    for line in data.lines().chain(std::iter::once("")) {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            let document = documents.last_mut().expect("one document");
            add_sentence(document, &sentence);
            sentence.clear();
            if line.starts_with("-DOCSTART-") && !document.text.is_empty() {
                documents.push(Document::default());
            }
            continue;
        }
        if let Some((token, tag)) = line.rsplit_once(' ') {
            sentence.push((token.to_string(), tag.to_string()));
        }
    }
    documents.retain(|d| !d.text.is_empty());
    documents
}

/// Appends a sentence's text and gold spans. IOB1: a span continues while the tag's type is
/// the same and no `B-` starts a new one.
fn add_sentence(document: &mut Document, sentence: &[(String, String)]) {
    if sentence.is_empty() {
        return;
    }
    if !document.text.is_empty() {
        document.text.push('\n');
    }
    let mut offset = document.text.chars().count();
    let mut open: Option<(Span, String)> = None;
    for (n, (token, tag)) in sentence.iter().enumerate() {
        if n > 0 {
            document.text.push(' ');
            offset += 1;
        }
        let span = (offset, offset + token.chars().count());
        document.text.push_str(token);
        offset = span.1;
        let kind = tag.get(2..).unwrap_or("").to_string();
        let continues = tag.starts_with("I-") && open.as_ref().is_some_and(|(_, k)| *k == kind);
        if continues {
            if let Some((open_span, _)) = open.as_mut() {
                open_span.1 = span.1;
            }
            continue;
        }
        document.gold.extend(open.take());
        if tag != "O" {
            open = Some((span, kind));
        }
    }
    document.gold.extend(open);
}

fn our_type(kind: ActorKind) -> Option<&'static str> {
    match kind {
        ActorKind::Person => Some("PER"),
        ActorKind::Organisation => Some("ORG"),
        ActorKind::State | ActorKind::Place => Some("LOC"),
        ActorKind::Other => None,
    }
}

fn report(documents: &[Document], show_errors: bool) {
    let mut typed: HashMap<&str, Counts> = TYPES.iter().map(|t| (*t, Counts::default())).collect();
    let mut untyped = Counts::default();
    let (mut predicted_all, mut on_misc) = (0, 0);
    for document in documents {
        let misc: HashSet<Span> = spans_of(document, |tag| tag == "MISC");
        let gold: HashMap<Span, &str> = document
            .gold
            .iter()
            .filter(|(_, tag)| tag != "MISC")
            .map(|(span, tag)| (*span, tag.as_str()))
            .collect();
        let mentions = find_mentions(&document.text);
        let found = mentions.len();
        let predicted: Vec<(Span, Option<&str>, String)> = mentions
            .into_iter()
            .map(|m| ((m.start, m.end), our_type(m.kind), m.text))
            .filter(|(span, ..)| !misc.contains(span))
            .collect();
        predicted_all += found;
        on_misc += found - predicted.len();
        count_untyped(&mut untyped, &gold, &predicted);
        count_typed(&mut typed, &gold, &predicted);
        if show_errors {
            print_errors(document, &gold, &predicted);
        }
    }
    print_table(documents, &typed, &untyped, predicted_all, on_misc);
}

/// Adds one document's counts for each type: a prediction is correct when span and type match.
fn count_typed(
    typed: &mut HashMap<&str, Counts>,
    gold: &HashMap<Span, &str>,
    predicted: &[(Span, Option<&str>, String)],
) {
    for t in TYPES {
        let counts = typed.get_mut(t).expect("every type");
        counts.gold += gold.values().filter(|g| **g == t).count();
        counts.predicted += predicted.iter().filter(|p| p.1 == Some(t)).count();
        counts.correct += predicted
            .iter()
            .filter(|p| p.1 == Some(t) && gold.get(&p.0) == Some(&t))
            .count();
    }
}

/// Adds one document's counts for spans regardless of kind.
fn count_untyped(
    untyped: &mut Counts,
    gold: &HashMap<Span, &str>,
    predicted: &[(Span, Option<&str>, String)],
) {
    untyped.gold += gold.len();
    untyped.predicted += predicted.len();
    untyped.correct += predicted.iter().filter(|p| gold.contains_key(&p.0)).count();
}

fn spans_of(document: &Document, keep: impl Fn(&str) -> bool) -> HashSet<Span> {
    document
        .gold
        .iter()
        .filter(|(_, tag)| keep(tag))
        .map(|(span, _)| *span)
        .collect()
}

fn slice(text: &str, span: Span) -> String {
    text.chars().skip(span.0).take(span.1 - span.0).collect()
}

fn print_errors(
    document: &Document,
    gold: &HashMap<Span, &str>,
    predicted: &[(Span, Option<&str>, String)],
) {
    let predicted_spans: HashSet<Span> = predicted.iter().map(|p| p.0).collect();
    let overlaps = |a: Span, b: Span| a.0 < b.1 && b.0 < a.1;
    for (span, kind, text) in predicted {
        let kind = kind.unwrap_or("OTHER");
        // Why a span is wrong: it overlaps a gold actor (a boundary error), a MISC span, or
        // nothing at all.
        let clash = match document.gold.iter().find(|(g, _)| overlaps(*g, *span)) {
            Some((_, tag)) if tag == "MISC" => "misc",
            Some(_) => "boundary",
            None => "spurious",
        };
        match gold.get(span) {
            None => println!("FP\t{kind}\t{text}\t{clash}"),
            Some(tag) if *tag != kind => println!("TYPE\t{tag}→{kind}\t{text}"),
            Some(_) => {}
        }
    }
    for (span, tag) in gold {
        if !predicted_spans.contains(span) {
            println!("FN\t{tag}\t{}", slice(&document.text, *span));
        }
    }
}

fn print_table(
    documents: &[Document],
    typed: &HashMap<&str, Counts>,
    untyped: &Counts,
    predicted_all: usize,
    on_misc: usize,
) {
    let sentences: usize = documents.iter().map(|d| d.text.lines().count()).sum();
    let misc: usize = documents
        .iter()
        .map(|d| d.gold.iter().filter(|(_, t)| t == "MISC").count())
        .sum();
    println!(
        "wikigold: {} documents, {sentences} sentences",
        documents.len()
    );
    println!(
        "predicted spans: {predicted_all}, of which {on_misc} exactly match a gold MISC span \
         and are not counted"
    );
    println!("gold MISC spans ignored: {misc}\n");
    println!(
        "{:<8} {:>6} {:>6} {:>6} {:>10} {:>7} {:>7}",
        "type", "gold", "pred", "tp", "precision", "recall", "F1"
    );
    let mut micro = Counts::default();
    for t in TYPES {
        println!("{}", typed[t].row(t));
        micro.add(&typed[t]);
    }
    println!("{}", micro.row("typed"));
    println!("{}", untyped.row("untyped"));
    println!(
        "\nSpans match exactly (char offsets). typed = micro over PER/ORG/LOC with type; \
         untyped = any predicted span, kind ignored (including `Other`)."
    );
}
