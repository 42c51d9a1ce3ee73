//! Scores event grouping against ECB+ (cross-document event coreference).
//!
//! ```text
//! cargo run --release --example eval_ecbplus -- [-v] [--topics 1-25,31] [TOPICS-DIR]
//! ```
//!
//! Each topic holds two seminal happenings of one kind: files `*ecb.xml` report one, files
//! `*ecbplus.xml` the other. For each topic and half, every document becomes one source (its
//! tokens joined into text, one sentence per paragraph; the URL line that opens the ecbplus
//! files is left out, as `add` would keep it in the metadata). The documents carry no
//! publication date, so none is given: relative dates stay unresolved, as they would for a
//! source added without one. With `ECBPLUS_DATED=1`, an ecbplus document gets the
//! publication date `add` would find in the file as saved (its URL line, then the text): the
//! date in the URL's path or a dateline; the ecb documents have neither. The sources go through the library's pipeline (analyse, actors,
//! events without curation) and each of our claims maps to the gold sentence it lies in.
//!
//! Gold: an action mention (ACTION_*) linked by CROSS_DOC_COREF to an action instance; a
//! sentence carries the instances of its action mentions. Only the sentences listed in
//! ECBplus_coreference_sentences.csv are scored. Reported per half and in total:
//! cross-document sentence pairs (gold: they share an instance; ours: one event holds both),
//! B³ over scored sentences that carry an instance (gold cluster: the sentence's first
//! instance; ours: its event, or itself alone), and "main in one": of the sentences carrying
//! the half's most-reported instance, the share in the single event that holds most of them;
//! "dated" is the share of scored sentences carrying an instance that are in an event at all,
//! and "R|dated" the pair recall over gold pairs whose two sentences are both in some event:
//! how well grouping does where dating let it.
//! With both halves of a topic in one corpus, "mixing" is the share of our cross-document
//! claim pairs in one event whose claims come from different halves.
//! To look closer: `ECBPLUS_SHOW=1` prints each event of more than one claim with its claims,
//! `ECBPLUS_MAIN=1` each sentence of a half's most-reported happening with its events.

#[path = "ecbplus/mod.rs"]
mod ecbplus;

use ecbplus::{parse_topics, scored_sentences};
use sourcebook::analyse::{analyse, Analysis};
use sourcebook::briefing::actors::{resolve_actors, SourceMentions};
use sourcebook::briefing::events::{resolve_events, SourceInput};
use sourcebook::ingest::{ingest, AddOptions};
use sourcebook::load::config::ExtractSection;
use sourcebook::model::source::LoadedSource;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/ecbplus");

/// One gold document as a source: its text, each sentence's char range and action instances.
struct Document {
    name: String,
    /// 0 for the `ecb` half, 1 for `ecbplus`.
    half: usize,
    text: String,
    /// Sentence number → char range in `text`.
    sentences: BTreeMap<usize, (usize, usize)>,
    /// Sentence number → the action instances its mentions belong to.
    instances: BTreeMap<usize, BTreeSet<String>>,
    /// The URL line that opens an ecbplus file, where the document was published.
    url: Option<String>,
}

/// Pair counts and B³ sums, added over corpora.
#[derive(Default, Clone, Copy)]
struct Score {
    pairs_gold: usize,
    pairs_ours: usize,
    pairs_both: usize,
    /// Gold pairs whose two sentences are both in some event of ours.
    pairs_gold_dated: usize,
    b3_precision: f64,
    b3_recall: f64,
    b3_items: usize,
    main_in_one: usize,
    main_total: usize,
    /// Scored sentences with an instance that are in some event of ours.
    in_event: usize,
}

impl Score {
    fn add(&mut self, other: &Score) {
        self.pairs_gold += other.pairs_gold;
        self.pairs_ours += other.pairs_ours;
        self.pairs_both += other.pairs_both;
        self.pairs_gold_dated += other.pairs_gold_dated;
        self.b3_precision += other.b3_precision;
        self.b3_recall += other.b3_recall;
        self.b3_items += other.b3_items;
        self.main_in_one += other.main_in_one;
        self.main_total += other.main_total;
        self.in_event += other.in_event;
    }

    fn pair_prf(&self) -> (f64, f64, f64) {
        prf(
            ratio(self.pairs_both, self.pairs_ours),
            ratio(self.pairs_both, self.pairs_gold),
        )
    }

    fn b3_prf(&self) -> (f64, f64, f64) {
        let n = self.b3_items.max(1) as f64;
        prf(self.b3_precision / n, self.b3_recall / n)
    }
}

#[derive(Default, Clone, Copy)]
struct Mixing {
    cross_pairs: usize,
    mixed_pairs: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn prf(p: f64, r: f64) -> (f64, f64, f64) {
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn main() {
    let mut dir = PathBuf::from(DEFAULT_DIR);
    let mut verbose = false;
    let mut only: Option<BTreeSet<u32>> = None;
    let mut args = env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "-v" => verbose = true,
            "--topics" => match args.next().as_deref().and_then(parse_topics) {
                Some(topics) => only = Some(topics),
                None => {
                    eprintln!("eval_ecbplus: --topics takes numbers and ranges, as in 1-25,31");
                    process::exit(2);
                }
            },
            "-h" | "--help" => {
                println!("usage: eval_ecbplus [-v] [--topics 1-25,31] [TOPICS-DIR]");
                return;
            }
            _ => dir = PathBuf::from(arg),
        }
    }
    if !dir.join("topics").is_dir() {
        println!(
            "eval_ecbplus: no ECB+ topics at {} (expected topics/ and \
             ECBplus_coreference_sentences.csv); nothing to score",
            dir.display()
        );
        return;
    }
    if let Err(message) = run(&dir, only.as_ref(), verbose) {
        eprintln!("eval_ecbplus: {message}");
        process::exit(1);
    }
}

fn run(dir: &Path, only: Option<&BTreeSet<u32>>, verbose: bool) -> Result<(), String> {
    let scored = scored_sentences(&dir.join("ECBplus_coreference_sentences.csv"))?;
    let mut topics: Vec<u32> = fs::read_dir(dir.join("topics"))
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .filter(|t| only.is_none_or(|o| o.contains(t)))
        .collect();
    topics.sort_unstable();
    let mut total = Score::default();
    let mut total_mixing = Mixing::default();
    println!(
        "{:<8} {:>6} {:>6} {:>6} {:>6} {:>7} {:>6} {:>6} {:>6} {:>6} {:>8} {:>7}",
        "topic",
        "pairs",
        "P",
        "R",
        "F1",
        "R|dated",
        "B3 P",
        "B3 R",
        "B3 F1",
        "dated",
        "main",
        "mixing"
    );
    for topic in topics {
        let documents = read_topic(&dir.join("topics").join(topic.to_string()), &scored, topic)?;
        let mut topic_score = Score::default();
        for half in 0..2 {
            let part: Vec<&Document> = documents.iter().filter(|d| d.half == half).collect();
            let events = group(&part);
            let score = score_half(&part, &events);
            if verbose {
                print_row(&format!("{topic}{}", ["", "+"][half]), &score, None);
            }
            topic_score.add(&score);
        }
        let all: Vec<&Document> = documents.iter().collect();
        let mixing = mixing(&all, &group(&all));
        print_row(&topic.to_string(), &topic_score, Some(mixing));
        total.add(&topic_score);
        total_mixing.cross_pairs += mixing.cross_pairs;
        total_mixing.mixed_pairs += mixing.mixed_pairs;
    }
    print_row("total", &total, Some(total_mixing));
    Ok(())
}

fn print_row(name: &str, score: &Score, mixing: Option<Mixing>) {
    let (p, r, f) = score.pair_prf();
    let (bp, br, bf) = score.b3_prf();
    let mixing = mixing.map_or(String::new(), |m| {
        format!("{:.3}", ratio(m.mixed_pairs, m.cross_pairs))
    });
    println!(
        "{name:<8} {:>6} {p:>6.3} {r:>6.3} {f:>6.3} {:>7.3} {bp:>6.3} {br:>6.3} {bf:>6.3} {:>6.3} {:>8.3} {mixing:>7}",
        score.pairs_gold,
        ratio(score.pairs_both, score.pairs_gold_dated),
        ratio(score.in_event, score.b3_items),
        ratio(score.main_in_one, score.main_total),
    );
}

fn read_topic(
    dir: &Path,
    scored: &HashMap<(u32, String), BTreeSet<usize>>,
    topic: u32,
) -> Result<Vec<Document>, String> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xml"))
        .collect();
    paths.sort();
    let mut documents = Vec::new();
    for path in paths {
        let name = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let stem = name.split_once('_').map_or(name.as_str(), |(_, s)| s);
        let xml = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut document = parse_document(&xml, name.ends_with("ecbplus"));
        let keep = scored.get(&(topic, stem.to_string()));
        document
            .instances
            .retain(|s, _| keep.is_some_and(|k| k.contains(s)));
        document.name = name;
        documents.push(document);
    }
    Ok(documents)
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = start + tag[start..].find('"')?;
    Some(&tag[start..end])
}

fn unescape(token: &str) -> String {
    let token = token
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
    match token.as_str() {
        "``" | "''" => "\"".to_string(),
        "-LRB-" => "(".to_string(),
        "-RRB-" => ")".to_string(),
        _ => token,
    }
}

/// Tokens joined the way text is written: no space before closing punctuation or clitics.
fn glue(previous: &str, token: &str, quotes_open: bool) -> bool {
    let closing = matches!(token, "." | "," | ";" | ":" | "!" | "?" | ")" | "%")
        || token.starts_with('\'')
        || token == "n't"
        || (token == "\"" && quotes_open);
    let opening = previous == "(" || previous == "$" || (previous == "\"" && quotes_open);
    closing || opening
}

fn parse_document(xml: &str, plus: bool) -> Document {
    // token id → (sentence, text)
    let mut tokens: Vec<(usize, usize, String)> = Vec::new();
    // markable id → (tag, token ids)
    let mut markables: HashMap<String, (String, Vec<usize>)> = HashMap::new();
    let mut open: Option<String> = None;
    let mut relations: Vec<(String, Vec<String>)> = Vec::new();
    let mut relation: Option<(String, Vec<String>)> = None;
    for line in xml.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("<token ") {
            let id = attribute(line, "t_id").and_then(|v| v.parse().ok());
            let sentence = attribute(line, "sentence").and_then(|v| v.parse().ok());
            let text = rest
                .split_once('>')
                .and_then(|(_, r)| r.rsplit_once("</token>"))
                .map(|(t, _)| unescape(t));
            if let (Some(id), Some(sentence), Some(text)) = (id, sentence, text) {
                tokens.push((id, sentence, text));
            }
        } else if line.starts_with("<CROSS_DOC_COREF") {
            relation = attribute(line, "note").map(|n| (n.to_string(), Vec::new()));
        } else if line.starts_with("</CROSS_DOC_COREF") {
            relations.extend(relation.take());
        } else if line.starts_with("<source ") {
            if let (Some(r), Some(m)) = (relation.as_mut(), attribute(line, "m_id")) {
                r.1.push(m.to_string());
            }
        } else if line.starts_with("<token_anchor") {
            if let (Some(m), Some(t)) = (
                open.as_ref(),
                attribute(line, "t_id").and_then(|v| v.parse().ok()),
            ) {
                markables.entry(m.clone()).or_default().1.push(t);
            }
        } else if line.starts_with("</") {
            open = None;
        } else if line.starts_with('<') && !line.ends_with("/>") {
            if let Some(m) = attribute(line, "m_id") {
                let tag: String = line[1..].chars().take_while(|c| *c != ' ').collect();
                markables.insert(m.to_string(), (tag, Vec::new()));
                open = Some(m.to_string());
            }
        }
    }
    let sentence_of: HashMap<usize, usize> = tokens.iter().map(|(t, s, _)| (*t, *s)).collect();
    let mut instances: BTreeMap<usize, BTreeSet<String>> = BTreeMap::new();
    for (note, sources) in &relations {
        if !note.starts_with("ACT") {
            continue;
        }
        for m in sources {
            let Some((tag, anchors)) = markables.get(m) else {
                continue;
            };
            if !tag.starts_with("ACTION_") {
                continue;
            }
            for t in anchors {
                if let Some(&s) = sentence_of.get(t) {
                    instances.entry(s).or_default().insert(note.clone());
                }
            }
        }
    }
    let mut text = String::new();
    let mut sentences: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    let mut chars = 0;
    let mut previous = String::new();
    let mut quotes_open = false;
    let mut url = String::new();
    for (_, sentence, token) in &tokens {
        if plus && *sentence == 0 {
            url.push_str(token);
            continue;
        }
        let range = sentences.entry(*sentence).or_insert_with(|| {
            if !text.is_empty() {
                text.push_str("\n\n");
                chars += 2;
            }
            previous.clear();
            quotes_open = false;
            (chars, chars)
        });
        if !previous.is_empty() && !glue(&previous, token, quotes_open) {
            text.push(' ');
            chars += 1;
        }
        if token == "\"" {
            quotes_open = !quotes_open;
        }
        text.push_str(token);
        chars += token.chars().count();
        range.1 = chars;
        previous.clone_from(token);
    }
    Document {
        name: String::new(),
        half: usize::from(plus),
        text,
        sentences,
        instances,
        url: Some(url).filter(|u| !u.is_empty()),
    }
}

/// A document as `add` would take it in: the file as saved (its URL line, then the text) gives
/// the publication date `add` finds in it (in the URL's path, or a dateline), the text alone
/// is analysed, so that claims keep the sentence ranges they are scored by.
fn loaded(index: usize, document: &Document) -> LoadedSource {
    let mut file = document.url.clone().map(|u| u + "\n\n").unwrap_or_default();
    file.push_str(&document.text);
    let published = ingest(
        Path::new("document.txt"),
        file.into_bytes(),
        &AddOptions::default(),
        &BTreeSet::new(),
        &BTreeMap::new(),
    )
    .ok()
    .and_then(|source| source.meta.published)
    .filter(|_| env::var_os("ECBPLUS_DATED").is_some());
    LoadedSource::in_memory(&format!("doc-{index:03}"), published, &document.text)
}

/// Runs the pipeline on the documents; returns, per document and sentence number, the events
/// (indices) holding a claim of that sentence.
fn group(documents: &[&Document]) -> Vec<BTreeMap<usize, BTreeSet<usize>>> {
    let sources: Vec<LoadedSource> = documents
        .iter()
        .enumerate()
        .map(|(i, d)| loaded(i, d))
        .collect();
    let analyses: Vec<Analysis> = sources.iter().map(analyse).collect();
    let mentions: Vec<SourceMentions> = sources
        .iter()
        .zip(&analyses)
        .map(|(s, a)| SourceMentions {
            id: &s.meta.id,
            analysis: a,
        })
        .collect();
    let actors = resolve_actors(&mentions, &[], ExtractSection::default().min_mentions)
        .expect("no curation to fail");
    let inputs: Vec<SourceInput> = sources
        .iter()
        .zip(&analyses)
        .map(|(s, a)| SourceInput {
            id: &s.meta.id,
            published: s.meta.published,
            analysis: a,
        })
        .collect();
    let events = resolve_events(&inputs, &actors, &[]);
    // claim id → (document, sentence number)
    let mut claim_sentence: HashMap<&str, (usize, usize)> = HashMap::new();
    for (d, (document, analysis)) in documents.iter().zip(&analyses).enumerate() {
        for claim in &analysis.claims {
            if let Some((&number, _)) = document
                .sentences
                .iter()
                .find(|(_, &(start, end))| claim.start < end && start < claim.end)
            {
                claim_sentence.insert(&claim.id, (d, number));
            }
        }
    }
    if env::var_os("ECBPLUS_SHOW").is_some() {
        let texts: HashMap<&str, (usize, &str)> = analyses
            .iter()
            .enumerate()
            .flat_map(|(d, a)| {
                a.claims
                    .iter()
                    .map(move |c| (c.id.as_str(), (d, c.text.as_str())))
            })
            .collect();
        for event in events.events.iter().filter(|e| e.claims.len() > 1) {
            println!("  event {}: {}", event.when(), event.title);
            for claim in &event.claims {
                let (d, text) = texts[claim.as_str()];
                let short: String = text.chars().take(110).collect();
                println!("    {} {short}", ["ecb ", "ecb+"][documents[d].half]);
            }
        }
    }
    let mut found = vec![BTreeMap::<usize, BTreeSet<usize>>::new(); documents.len()];
    for (e, event) in events.events.iter().enumerate() {
        for claim in &event.claims {
            if let Some(&(d, s)) = claim_sentence.get(claim.as_str()) {
                found[d].entry(s).or_default().insert(e);
            }
        }
    }
    found
}

fn score_half(documents: &[&Document], events: &[BTreeMap<usize, BTreeSet<usize>>]) -> Score {
    // Scored sentences: (document, gold instances, our events).
    let mut items: Vec<(usize, &BTreeSet<String>, BTreeSet<usize>)> = Vec::new();
    for (d, document) in documents.iter().enumerate() {
        for (s, instances) in &document.instances {
            items.push((d, instances, events[d].get(s).cloned().unwrap_or_default()));
        }
    }
    let mut score = Score::default();
    for (i, a) in items.iter().enumerate() {
        for b in &items[i + 1..] {
            if a.0 == b.0 {
                continue;
            }
            let gold = !a.1.is_disjoint(b.1);
            let ours = !a.2.is_disjoint(&b.2);
            score.pairs_gold += usize::from(gold);
            score.pairs_ours += usize::from(ours);
            score.pairs_both += usize::from(gold && ours);
            score.pairs_gold_dated += usize::from(gold && !a.2.is_empty() && !b.2.is_empty());
        }
    }
    // B³ with one cluster per sentence: its first instance, its first event.
    let keyed: Vec<(Option<&String>, Option<usize>)> = items
        .iter()
        .filter(|(_, instances, _)| !instances.is_empty())
        .map(|(_, instances, events)| (instances.first(), events.first().copied()))
        .collect();
    for (i, (gold, ours)) in keyed.iter().enumerate() {
        let same_ours: Vec<usize> = (0..keyed.len())
            .filter(|&j| j == i || (ours.is_some() && keyed[j].1 == *ours))
            .collect();
        let same_gold = keyed.iter().filter(|(g, _)| g == gold).count();
        let both = same_ours.iter().filter(|&&j| keyed[j].0 == *gold).count();
        score.b3_precision += both as f64 / same_ours.len() as f64;
        score.b3_recall += both as f64 / same_gold as f64;
        score.b3_items += 1;
        score.in_event += usize::from(ours.is_some());
    }
    // The most-reported instance, by scored sentences.
    let mut reported: BTreeMap<&String, usize> = BTreeMap::new();
    for (_, instances, _) in &items {
        for instance in *instances {
            *reported.entry(instance).or_default() += 1;
        }
    }
    if let Some((main, count)) = reported
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
    {
        let mut per_event: BTreeMap<usize, usize> = BTreeMap::new();
        for (_, instances, events) in &items {
            if instances.contains(*main) {
                for &e in events {
                    *per_event.entry(e).or_default() += 1;
                }
            }
        }
        if env::var_os("ECBPLUS_MAIN").is_some() {
            for (d, document) in documents.iter().enumerate() {
                for (s, instances) in &document.instances {
                    if instances.contains(*main) {
                        let (start, end) = document.sentences[s];
                        let text: String = document
                            .text
                            .chars()
                            .skip(start)
                            .take((end - start).min(120))
                            .collect();
                        println!("  {:?} {text}", events[d].get(s));
                    }
                }
            }
        }
        score.main_in_one = per_event.values().copied().max().unwrap_or(0);
        score.main_total = *count;
    }
    score
}

/// Cross-document pairs of sentences in one event, and those whose sentences are of different
/// halves.
fn mixing(documents: &[&Document], events: &[BTreeMap<usize, BTreeSet<usize>>]) -> Mixing {
    // event → count of sentences per (document)
    let mut members: BTreeMap<usize, BTreeMap<usize, usize>> = BTreeMap::new();
    for (d, sentences) in events.iter().enumerate() {
        for event_set in sentences.values() {
            for &e in event_set {
                *members.entry(e).or_default().entry(d).or_default() += 1;
            }
        }
    }
    let mut result = Mixing::default();
    for per_document in members.values() {
        let list: Vec<(usize, usize)> = per_document.iter().map(|(&d, &n)| (d, n)).collect();
        for (i, &(a, na)) in list.iter().enumerate() {
            for &(b, nb) in &list[i + 1..] {
                result.cross_pairs += na * nb;
                if documents[a].half != documents[b].half {
                    result.mixed_pairs += na * nb;
                }
            }
        }
    }
    result
}
