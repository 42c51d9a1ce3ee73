//! Scores the time-expression finder against TimeML files (TempEval-3 platinum by default).
//!
//! ```text
//! cargo run --release --example eval_tempeval -- [-v | -vv] [DIR]
//! ```
//!
//! For each `.tml` file the anchor is the DCT's TIMEX3 value (its first 10 chars as a
//! `PartialDate`), the text is the `<TEXT>` element with every tag removed (the text inside
//! TIMEX3/EVENT/SIGNAL kept, entities decoded), and the gold expressions are the TIMEX3
//! elements inside TEXT with their char offsets in that text. `-v` prints per-file counts,
//! `-vv` also every miss, wrong value and expression without a gold counterpart.

use sourcebook::analyse::timex::{find_time_expressions, TimeExpression};
use sourcebook::model::date::PartialDate;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

const DEFAULT_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/te3-platinum");

/// A TIMEX3 element of the gold text.
#[derive(Debug, Clone)]
struct GoldTimex {
    start: usize,
    end: usize,
    kind: String,
    value: String,
    text: String,
}

#[derive(Debug)]
struct Document {
    anchor: Option<PartialDate>,
    text: String,
    timexes: Vec<GoldTimex>,
}

/// Counts for one file or the whole corpus.
#[derive(Debug, Default, Clone, Copy)]
struct Score {
    gold_dates: usize,
    found: usize,
    /// Found by an expression that has a value (not "this week", "the 1990s"…).
    found_dated: usize,
    representable_found: usize,
    right: usize,
    unrepresentable: usize,
    unrepresentable_found: usize,
    ours: usize,
    ours_on_gold: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.gold_dates += other.gold_dates;
        self.found += other.found;
        self.found_dated += other.found_dated;
        self.representable_found += other.representable_found;
        self.right += other.right;
        self.unrepresentable += other.unrepresentable;
        self.unrepresentable_found += other.unrepresentable_found;
        self.ours += other.ours;
        self.ours_on_gold += other.ours_on_gold;
    }
}

fn main() {
    let mut verbosity = 0;
    let mut dir = PathBuf::from(DEFAULT_DIR);
    for arg in env::args().skip(1) {
        match arg.as_str() {
            "-v" => verbosity = verbosity.max(1),
            "-vv" => verbosity = 2,
            "-h" | "--help" => {
                println!("usage: eval_tempeval [-v | -vv] [DIR]");
                return;
            }
            _ => dir = PathBuf::from(arg),
        }
    }
    if let Err(message) = run(&dir, verbosity) {
        eprintln!("eval_tempeval: {message}");
        process::exit(1);
    }
}

fn run(dir: &Path, verbosity: u8) -> Result<(), String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "tml"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .tml files in {}", dir.display()));
    }
    let mut total = Score::default();
    if verbosity > 0 {
        println!(
            "per file: gold DATEs, found, right/checked, not representable, ours on gold/ours"
        );
        println!(
            "{:<36} {:>5} {:>5} {:>5} {:>5} {:>7}",
            "file", "gold", "found", "right", "n/rep", "on gold"
        );
    }
    for path in &files {
        let source =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let document = parse_timeml(&source).map_err(|e| format!("{}: {e}", path.display()))?;
        let name = path
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let ours = find_time_expressions(&document.text, document.anchor);
        let score = score_document(&name, &document, &ours, verbosity >= 2);
        if verbosity > 0 {
            println!(
                "{:<36} {:>5} {:>5} {:>2}/{:<2} {:>5} {:>3}/{:<3}",
                name,
                score.gold_dates,
                score.found,
                score.right,
                score.representable_found,
                score.unrepresentable,
                score.ours_on_gold,
                score.ours
            );
        }
        total.add(score);
    }
    print_summary(dir, files.len(), total);
    Ok(())
}

fn print_summary(dir: &Path, files: usize, s: Score) {
    let share = |n: usize, d: usize| if d == 0 { 0.0 } else { n as f64 / d as f64 };
    println!(
        "TimeML evaluation of analyse::timex: {files} files in {}",
        dir.display()
    );
    println!("gold DATE expressions:  {}", s.gold_dates);
    println!(
        "found:             {:.3} ({}/{})  gold DATEs overlapping at least one expression we return",
        share(s.found, s.gold_dates),
        s.found,
        s.gold_dates
    );
    println!(
        "  of which dated:  {:.3} ({}/{})  overlapping an expression that has a value (weeks, decades, \
         centuries and ambiguous numeric dates are returned without one)",
        share(s.found_dated, s.gold_dates),
        s.found_dated,
        s.gold_dates
    );
    println!(
        "right:             {:.3} ({}/{})  of the found gold DATEs with a representable value \
         (YYYY, YYYY-MM, YYYY-MM-DD), those whose first overlapping expression has exactly that value \
         (or, for the last date of a range, that end)",
        share(s.right, s.representable_found),
        s.right,
        s.representable_found
    );
    println!(
        "not representable: {} gold DATEs ({} of them found): values such as PRESENT_REF, \
         2013-W12, 2013-Q1, 2013-SU, XXXX-…, P5Y; counted in found, left out of right",
        s.unrepresentable, s.unrepresentable_found
    );
    println!(
        "precision:         {:.3} ({}/{})  of our expressions overlapping a gold TIMEX3 of any type",
        share(s.ours_on_gold, s.ours),
        s.ours_on_gold,
        s.ours
    );
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn score_document(name: &str, doc: &Document, ours: &[TimeExpression], show: bool) -> Score {
    let mut score = Score::default();
    for gold in doc.timexes.iter().filter(|t| t.kind == "DATE") {
        score.gold_dates += 1;
        let representable = PartialDate::parse(&gold.value).is_some();
        score.unrepresentable += usize::from(!representable);
        let hit = ours
            .iter()
            .find(|e| overlaps((e.start, e.end), (gold.start, gold.end)));
        let Some(hit) = hit else {
            if show {
                println!("  {name}: missed {:?} = {}", gold.text, gold.value);
            }
            continue;
        };
        score.found += 1;
        score.found_dated += usize::from(
            ours.iter()
                .any(|e| e.value.is_some() && overlaps((e.start, e.end), (gold.start, gold.end))),
        );
        if !representable {
            score.unrepresentable_found += 1;
            continue;
        }
        score.representable_found += 1;
        // TimeML tags each end of a range ("2009-2010") as a DATE of its own; the one that
        // ends where our range ends is its end.
        let value = match hit.until {
            Some(until) if gold.end == hit.end => Some(until.to_string()),
            _ => hit.value.map(|v| v.to_string()),
        };
        if value.as_deref() == Some(gold.value.as_str()) {
            score.right += 1;
        } else if show {
            println!(
                "  {name}: wrong {:?} = {} but {:?} = {} ({})",
                gold.text,
                gold.value,
                hit.text,
                value.as_deref().unwrap_or("none"),
                hit.rule
            );
        }
    }
    for expression in ours {
        score.ours += 1;
        let on_gold = doc
            .timexes
            .iter()
            .any(|t| overlaps((t.start, t.end), (expression.start, expression.end)));
        score.ours_on_gold += usize::from(on_gold);
        if !on_gold && show {
            println!(
                "  {name}: extra {:?} = {} ({})",
                expression.text,
                expression
                    .value
                    .map_or("none".to_string(), |v| v.to_string()),
                expression.rule
            );
        }
    }
    score
}

// ---------------------------------------------------------------------------------------------
// A tiny TimeML reader: tags, attributes and the five XML entities, nothing more.
// ---------------------------------------------------------------------------------------------

fn parse_timeml(source: &str) -> Result<Document, String> {
    let dct = between(source, "<DCT>", "</DCT>").ok_or("no <DCT> element")?;
    let anchor = dct_value(dct).and_then(|v| PartialDate::parse(v.get(..10).unwrap_or(&v)));
    let body = between(source, "<TEXT>", "</TEXT>").ok_or("no <TEXT> element")?;
    let (text, timexes) = strip_tags(body)?;
    Ok(Document {
        anchor,
        text,
        timexes,
    })
}

fn between<'a>(source: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let start = source.find(open)? + open.len();
    let end = start + source[start..].find(close)?;
    Some(&source[start..end])
}

fn dct_value(dct: &str) -> Option<String> {
    let start = dct.find("<TIMEX3")?;
    let end = start + dct[start..].find('>')?;
    attribute(&dct[start + 1..end], "value")
}

/// The text without tags, and the TIMEX3 elements with char offsets into it.
fn strip_tags(body: &str) -> Result<(String, Vec<GoldTimex>), String> {
    let mut text = String::new();
    let mut chars = 0;
    let mut open: Vec<(usize, String, String)> = Vec::new();
    let mut timexes = Vec::new();
    let mut rest = body;
    while let Some(lt) = rest.find('<') {
        let segment = decode_entities(&rest[..lt]);
        chars += segment.chars().count();
        text.push_str(&segment);
        let gt = rest[lt..].find('>').ok_or("unterminated tag")? + lt;
        let tag = &rest[lt + 1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if name.trim() == "TIMEX3" {
                let (start, kind, value) = open.pop().ok_or("</TIMEX3> without <TIMEX3>")?;
                let content: String = text.chars().skip(start).collect();
                timexes.push(GoldTimex {
                    start,
                    end: chars,
                    kind,
                    value,
                    text: content,
                });
            }
        } else if tag_name(tag) == "TIMEX3" && !tag.ends_with('/') {
            let kind = attribute(tag, "type").unwrap_or_default();
            let value = attribute(tag, "value").unwrap_or_default();
            open.push((chars, kind, value));
        }
    }
    text.push_str(&decode_entities(rest));
    if !open.is_empty() {
        return Err("unclosed <TIMEX3>".into());
    }
    timexes.sort_by_key(|t: &GoldTimex| t.start);
    Ok((text, timexes))
}

fn tag_name(tag: &str) -> &str {
    tag.split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or("")
}

/// The value of `name="…"` (or `'…'`) in a tag's inside.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(at) = rest.find(name) {
        let before_ok = at == 0 || rest[..at].ends_with(char::is_whitespace);
        let after = rest[at + name.len()..].trim_start();
        if before_ok {
            if let Some(after_eq) = after.strip_prefix('=') {
                let after_eq = after_eq.trim_start();
                let quote = after_eq.chars().next()?;
                if quote == '"' || quote == '\'' {
                    let value = &after_eq[1..];
                    let end = value.find(quote)?;
                    return Some(decode_entities(&value[..end]));
                }
            }
        }
        rest = &rest[at + name.len()..];
    }
    None
}

fn decode_entities(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
