//! The search index, split so that a query loads only what it needs: a small manifest the page
//! loads, term shards (each a run of the sorted terms with their postings), and document chunks
//! (what a result shows). Every file is a script that registers itself (see `script`), because
//! browsers refuse `fetch` of local files and the site must work from `file://`.
//!
//! Documents are numbered in the order of `entries` (actors, events, themes, sources, passages),
//! which is the order results tie-break on. A term's postings list, for each rank (0: title,
//! 1: other names, 2: text), the documents where the term is found at that rank and no better.
//! Terms are words folded as static/search.js folds a query (`words`); function words are left
//! out of passages (the manifest lists them, and a query drops them when it has other words).

use super::script::{ascending_list, manifest_js, shard_js};
use super::SearchEntry;
use crate::error::Result;
use crate::render::routes;
use crate::text::lexicon::STOP_WORDS;
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// About how many bytes a term shard holds; one very common term may make a bigger one.
const TERM_SHARD_BYTES: usize = 16 * 1024;
/// About how many bytes a chunk of documents holds: a page of results loads at most one chunk
/// per result, so chunks stay small.
const DOC_CHUNK_BYTES: usize = 4 * 1024;
/// Title, other names, text.
const RANKS: usize = 3;

/// What static/search-index.js sets as `window.sourcebookSearch`.
#[derive(Serialize)]
struct Manifest<'a> {
    /// How many documents the index has.
    docs: usize,
    /// The folder of the shards, from the site's root.
    dir: &'static str,
    /// The first term of each term shard: shard `t<n>` holds the terms from `terms[n]` up to
    /// the next shard's first, in UTF-16 order (the order of JavaScript's `<`).
    terms: Vec<&'a str>,
    /// The first document of each document chunk `d<n>`, as a number list.
    chunks: String,
    /// Words left out of passages.
    stop: &'static [&'static str],
}

/// A term shard: terms in order, and each one's postings (a number list per rank, joined by
/// spaces, trailing empty ones left out).
#[derive(Serialize)]
struct TermShard<'a> {
    terms: Vec<&'a str>,
    postings: Vec<&'a str>,
}

/// Every file of the index, each handed to `put` as soon as it is made: the shards, then the
/// manifest at `routes::search_index()`.
pub(super) fn write_files(
    entries: &[SearchEntry],
    put: &mut dyn FnMut(String, Vec<u8>) -> Result<()>,
) -> Result<()> {
    let terms = postings(entries);
    let term_shards = packed(
        terms
            .iter()
            .map(|(term, postings)| term.len() + postings.len() + 6),
        TERM_SHARD_BYTES,
    );
    for (n, range) in term_shards.iter().enumerate() {
        let shard = &terms[range.clone()];
        let json = serde_json::to_string(&TermShard {
            terms: shard.iter().map(|(term, _)| term.as_str()).collect(),
            postings: shard
                .iter()
                .map(|(_, postings)| postings.as_str())
                .collect(),
        })
        .expect("strings serialise");
        put_shard(put, &format!("t{n}"), &json)?;
    }
    let first_terms: Vec<String> = term_shards
        .iter()
        .map(|range| terms[range.start].0.clone())
        .collect();
    // The postings are written: freed before the chunks are made, as each chunk's rows are
    // once it is written, so the index is never held whole.
    drop(terms);

    // Each document is serialised once, and its chunk written as soon as the next document
    // would overflow it.
    let mut chunk_starts: Vec<u32> = Vec::new();
    let mut runs = Runs::new(DOC_CHUNK_BYTES);
    let mut rows: Vec<String> = Vec::new();
    for (doc, entry) in entries.iter().enumerate() {
        let row = serde_json::to_string(entry).expect("strings serialise");
        if runs.starts_run(row.len() + 1) {
            if !rows.is_empty() {
                put_chunk(put, chunk_starts.len() - 1, &rows)?;
                rows.clear();
            }
            chunk_starts.push(doc as u32);
        }
        rows.push(row);
    }
    if !rows.is_empty() {
        put_chunk(put, chunk_starts.len() - 1, &rows)?;
    }
    let manifest = Manifest {
        docs: entries.len(),
        dir: routes::SEARCH_SHARDS,
        terms: first_terms.iter().map(String::as_str).collect(),
        chunks: ascending_list(&chunk_starts),
        stop: STOP_WORDS,
    };
    let json = serde_json::to_string(&manifest).expect("strings serialise");
    put(routes::search_index(), manifest_js(&json).into_bytes())
}

/// Writes document chunk `n`, of these documents' JSON rows.
fn put_chunk(
    put: &mut dyn FnMut(String, Vec<u8>) -> Result<()>,
    n: usize,
    rows: &[String],
) -> Result<()> {
    let json = format!("{{\"docs\":[{}]}}", rows.join(","));
    put_shard(put, &format!("d{n}"), &json)
}

fn put_shard(
    put: &mut dyn FnMut(String, Vec<u8>) -> Result<()>,
    name: &str,
    json: &str,
) -> Result<()> {
    put(
        routes::search_shard(name),
        shard_js(name, json).into_bytes(),
    )
}

/// Consecutive runs of items of these `sizes`, each at most `budget` bytes unless one item
/// alone is bigger.
fn packed(sizes: impl Iterator<Item = usize>, budget: usize) -> Vec<Range<usize>> {
    let mut runs = Runs::new(budget);
    let mut starts: Vec<usize> = Vec::new();
    let mut count = 0;
    for (at, size) in sizes.enumerate() {
        if runs.starts_run(size) {
            starts.push(at);
        }
        count = at + 1;
    }
    let ends = starts.iter().skip(1).copied().chain([count]);
    starts
        .iter()
        .zip(ends)
        .map(|(&start, end)| start..end)
        .collect()
}

/// Items packed in order into runs of at most `budget` bytes (an item alone may be bigger),
/// told one item at a time.
struct Runs {
    budget: usize,
    /// The bytes of the run being filled; `None` before the first item.
    bytes: Option<usize>,
}

impl Runs {
    fn new(budget: usize) -> Self {
        Runs {
            budget,
            bytes: None,
        }
    }

    /// Adds an item of `size` bytes: whether it starts a new run.
    fn starts_run(&mut self, size: usize) -> bool {
        let fresh = self.bytes.is_none_or(|bytes| bytes + size > self.budget);
        let before = if fresh { 0 } else { self.bytes.unwrap_or(0) };
        self.bytes = Some(before + size);
        fresh
    }
}

/// Each term with its postings, in UTF-16 order.
fn postings(entries: &[SearchEntry]) -> Vec<(String, String)> {
    struct Postings {
        last_doc: u32,
        by_rank: [Vec<u32>; RANKS],
        /// A function word, left out of passages: asked once per term, not once per word.
        stop: bool,
    }
    let mut terms: HashMap<String, Postings> = HashMap::new();
    for (doc, entry) in entries.iter().enumerate() {
        let doc = doc as u32;
        let passage = entry.k == "claim";
        for (rank, text) in fields(entry) {
            let folded = fold(text);
            for word in words(&folded) {
                // Looked up by &str first: most words are seen before, and need no new String.
                let postings = match terms.get_mut(word) {
                    Some(postings) if passage && postings.stop => continue,
                    Some(postings) => postings,
                    None => {
                        let stop = STOP_WORDS.binary_search(&word).is_ok();
                        if passage && stop {
                            continue;
                        }
                        let fresh = Postings {
                            last_doc: u32::MAX,
                            by_rank: Default::default(),
                            stop,
                        };
                        terms.entry(word.to_string()).or_insert(fresh)
                    }
                };
                // Fields come in rank order, so a document's first find is its best.
                if postings.last_doc != doc {
                    postings.last_doc = doc;
                    postings.by_rank[rank].push(doc);
                }
            }
        }
    }
    let mut terms: Vec<(String, String)> = terms
        .into_iter()
        .map(|(term, postings)| {
            let mut lists: Vec<String> =
                postings.by_rank.iter().map(|d| ascending_list(d)).collect();
            while lists.last().is_some_and(String::is_empty) {
                lists.pop();
            }
            (term, lists.join(" "))
        })
        .collect();
    terms.sort_unstable_by(|(a, _), (b, _)| a.encode_utf16().cmp(b.encode_utf16()));
    terms
}

/// The texts of an entry that are searched, with their rank. A passage's title is its source's,
/// shown for context but not searched: otherwise a search for a source would list every one of
/// its passages. A passage's whole text is `x` when the snippet `s` is cut short.
fn fields<'e>(entry: &'e SearchEntry) -> Vec<(usize, &'e str)> {
    if entry.k == "claim" {
        let text = if entry.x.is_empty() {
            &entry.s
        } else {
            &entry.x
        };
        vec![(2, text.as_str())]
    } else {
        vec![(0, entry.t), (1, entry.x.as_str()), (2, entry.s.as_str())]
    }
}

/// Lowercased, without diacritics: static/search.js's `fold` (`toLowerCase`, NFD, marks
/// removed), so that a query finds what the index holds.
fn fold(text: &str) -> String {
    // ASCII has no decompositions and no marks: lowercasing is all the folding it needs.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.to_lowercase()
        .nfd()
        .filter(|&c| !is_combining_mark(c))
        .collect()
}

/// The runs of letters and digits of folded text: static/search.js's `words`, which splits on
/// what is not `\p{L}` or `\p{N}`.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !is_letter_or_digit(c))
        .filter(|word| !word.is_empty())
}

/// `\p{L}` or `\p{N}`. Rust's `is_alphabetic` is the Alphabetic property: letters, letter
/// numbers and Other_Alphabetic, which once marks are gone leaves only circled and squared
/// Latin letters (symbols, `\p{So}`) that JavaScript does not count as letters.
fn is_letter_or_digit(c: char) -> bool {
    let symbol_letter = matches!(
        c,
        '\u{24B6}'..='\u{24E9}' | '\u{1F130}'..='\u{1F149}' | '\u{1F150}'..='\u{1F169}' | '\u{1F170}'..='\u{1F189}'
    );
    (c.is_alphabetic() || c.is_numeric()) && !symbol_letter
}

#[cfg(test)]
mod tests {
    use super::super::script::tests::decoded;
    use super::*;
    use serde_json::Value;
    use std::collections::BTreeMap;

    /// The index's files, in the order they are written.
    fn files(entries: &[SearchEntry]) -> Vec<(String, Vec<u8>)> {
        let mut files = Vec::new();
        write_files(entries, &mut |path, bytes| {
            files.push((path, bytes));
            Ok(())
        })
        .unwrap();
        files
    }

    fn entry<'a>(k: &'static str, t: &'a str, x: &str, s: &str, u: &str) -> SearchEntry<'a> {
        SearchEntry {
            k,
            t,
            x: x.into(),
            s: s.into(),
            u: u.into(),
        }
    }

    /// The JSON value a generated script carries.
    fn value_of(bytes: &[u8]) -> Value {
        let js = std::str::from_utf8(bytes).unwrap();
        let start = js.find(['{']).unwrap();
        let end = js.rfind('}').unwrap();
        serde_json::from_str(&js[start..=end]).unwrap()
    }

    /// The index's files by path, read back.
    fn read_back(entries: &[SearchEntry]) -> BTreeMap<String, Value> {
        files(entries)
            .into_iter()
            .map(|(path, bytes)| (path, value_of(&bytes)))
            .collect()
    }

    /// Every term of the index with its postings by rank, read back through the manifest.
    fn terms_of(index: &BTreeMap<String, Value>) -> Vec<(String, [Vec<u32>; RANKS])> {
        let manifest = &index[&routes::search_index()];
        let firsts = manifest["terms"].as_array().unwrap();
        let mut terms = Vec::new();
        for (n, first) in firsts.iter().enumerate() {
            let shard = &index[&routes::search_shard(&format!("t{n}"))];
            assert_eq!(
                shard["terms"][0], *first,
                "the manifest names each shard's first term"
            );
            let postings = shard["postings"].as_array().unwrap();
            for (term, list) in shard["terms"].as_array().unwrap().iter().zip(postings) {
                let mut ranks: [Vec<u32>; RANKS] = Default::default();
                for (rank, part) in list.as_str().unwrap().split(' ').enumerate() {
                    ranks[rank] = decoded(part);
                }
                terms.push((term.as_str().unwrap().to_string(), ranks));
            }
        }
        terms
    }

    #[test]
    fn words_are_folded_as_the_browser_folds_a_query() {
        let folded = fold("Kābulov, État İstanbul don't Ⓐb x_y 2025-04 ΟΔΟΣ");
        assert_eq!(
            words(&folded).collect::<Vec<_>>(),
            ["kabulov", "etat", "istanbul", "don", "t", "b", "x", "y", "2025", "04", "οδος"]
        );
        assert_eq!(words(&fold(" — ")).count(), 0);
    }

    #[test]
    fn ascii_text_folds_as_any_text_does() {
        let ascii: String = (0u8..128).map(char::from).collect();
        let general: String = ascii
            .to_lowercase()
            .nfd()
            .filter(|&c| !is_combining_mark(c))
            .collect();
        assert_eq!(fold(&ascii), general);
        assert_eq!(fold("Port AUTHORITY, 2025"), "port authority, 2025");
    }

    #[test]
    fn terms_rank_where_they_are_found_and_passages_skip_function_words() {
        let entries = [
            entry(
                "actor",
                "Ferry Guild of Lanmoor",
                "Boatmen",
                "",
                "actors/guild.html",
            ),
            entry("source", "The Lanmoor Gazette", "", "", "sources/g.html"),
            entry(
                "claim",
                "The Lanmoor Gazette",
                "",
                "The guild of boatmen met.",
                "sources/g.html#c-1",
            ),
        ];
        let index = read_back(&entries);
        let terms: BTreeMap<String, [Vec<u32>; RANKS]> = terms_of(&index).into_iter().collect();
        assert_eq!(terms["guild"], [vec![0], vec![], vec![2]]);
        assert_eq!(terms["boatmen"], [vec![], vec![0], vec![2]]);
        assert_eq!(
            terms["lanmoor"],
            [vec![0, 1], vec![], vec![]],
            "a passage's title is not searched"
        );
        assert_eq!(
            terms["of"],
            [vec![0], vec![], vec![]],
            "function words count in names only"
        );
        assert_eq!(terms["the"], [vec![1], vec![], vec![]]);
        let manifest = &index[&routes::search_index()];
        assert_eq!(manifest["docs"], 3);
        assert_eq!(manifest["dir"], "static/search/");
        assert!(manifest["stop"]
            .as_array()
            .unwrap()
            .contains(&Value::from("the")));
        // Documents show what a result shows, and not the words searched only.
        assert_eq!(
            index[&routes::search_shard("d0")]["docs"][0],
            serde_json::json!({"k": "actor", "t": "Ferry Guild of Lanmoor", "u": "actors/guild.html"})
        );
    }

    /// Many invented passages, enough for several shards of each kind.
    fn many() -> Vec<SearchEntry<'static>> {
        (0..3_000u32)
            .map(|n| {
                let word = format!("w{:x}z{}", n * 7919 % 4096, n % 13);
                entry(
                    "claim",
                    "Ledger of the Salt Marsh",
                    "",
                    &format!("The marsh keeper {word} counted {n} herons near the sluice gate."),
                    &format!("sources/ledger.html#c-{n}"),
                )
            })
            .collect()
    }

    #[test]
    fn shards_stay_small_and_together_hold_the_whole_index() {
        let entries = many();
        let all = files(&entries);
        let index = read_back(&entries);
        let manifest = &index[&routes::search_index()];
        // Term shards: in order, each within its budget, every term once.
        let terms = terms_of(&index);
        assert!(manifest["terms"].as_array().unwrap().len() > 3);
        let names: Vec<&String> = terms.iter().map(|(term, _)| term).collect();
        let mut sorted = names.clone();
        sorted.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        sorted.dedup();
        assert_eq!(names, sorted, "terms sorted across shards, none twice");
        let herons = &terms.iter().find(|(t, _)| t == "herons").unwrap().1;
        assert_eq!(herons[2], (0..3_000).collect::<Vec<u32>>());
        for (path, bytes) in &all {
            if path.starts_with("static/search/t") {
                let shard = value_of(bytes);
                let budget = TERM_SHARD_BYTES + 200;
                assert!(
                    bytes.len() <= budget || shard["terms"].as_array().unwrap().len() == 1,
                    "{path}: {} bytes",
                    bytes.len()
                );
            }
        }
        // Document chunks: every document once, in order, where the manifest says.
        let starts = decoded(manifest["chunks"].as_str().unwrap());
        assert!(starts.len() > 3 && starts[0] == 0);
        let mut urls = Vec::new();
        for (n, start) in starts.iter().enumerate() {
            let path = routes::search_shard(&format!("d{n}"));
            let docs = index[&path]["docs"].as_array().unwrap();
            assert_eq!(
                urls.len() as u32,
                *start,
                "{path} starts where the manifest says"
            );
            assert!(all
                .iter()
                .any(|(p, b)| *p == path && b.len() <= DOC_CHUNK_BYTES + 400));
            urls.extend(docs.iter().map(|d| d["u"].as_str().unwrap().to_string()));
        }
        let expected: Vec<&str> = entries.iter().map(|e| e.u.as_str()).collect();
        assert_eq!(urls, expected);
        // The same entries give the same bytes.
        assert_eq!(all, files(&entries));
    }

    #[test]
    fn runs_are_cut_where_the_next_item_would_overflow() {
        assert_eq!(
            packed([3, 3, 3, 9, 1].into_iter(), 6),
            vec![0..2, 2..3, 3..4, 4..5]
        );
        assert!(packed(std::iter::empty(), 6).is_empty());
        // Document chunks are cut by the same rule, told one row at a time as it is made.
        let entries = many();
        let rows = entries
            .iter()
            .map(|e| serde_json::to_string(e).unwrap().len() + 1);
        let expected: Vec<u32> = packed(rows, DOC_CHUNK_BYTES)
            .iter()
            .map(|run| run.start as u32)
            .collect();
        assert!(expected.len() > 2, "several chunks");
        let index = read_back(&entries);
        let chunks = index[&routes::search_index()]["chunks"].as_str().unwrap();
        assert_eq!(decoded(chunks), expected);
    }

    #[test]
    fn an_empty_index_is_a_manifest_alone() {
        let index = read_back(&[]);
        assert_eq!(index.len(), 1);
        assert_eq!(
            index[&routes::search_index()],
            serde_json::json!({"docs": 0, "dir": "static/search/", "terms": [], "chunks": "", "stop": STOP_WORDS})
        );
    }
}
