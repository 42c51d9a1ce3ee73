//! The data export: data/briefing.json whole, and the same records split by kind and by source
//! (data/index.json and the files it names), which together must hold exactly what
//! briefing.json holds.

mod common;
use common::*;
use serde_json::{Map, Value};
use std::path::Path;

fn json(path: impl AsRef<Path>) -> Value {
    let path = path.as_ref();
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// briefing.json rebuilt from data/index.json and the files it names.
fn reassembled(data: &Path) -> Value {
    let index = json(data.join("index.json"));
    let mut whole = Map::new();
    whole.insert("schema".into(), index["schema"].clone());
    whole.insert("title".into(), index["title"].clone());
    for (key, file) in index["parts"].as_object().unwrap() {
        let part = json(data.join(file.as_str().unwrap()));
        assert_eq!(part["schema"], index["schema"], "{file}");
        assert_eq!(
            part.as_object().unwrap().len(),
            2,
            "{file}: schema and {key} only"
        );
        whole.insert(key.clone(), part[key.as_str()].clone());
    }
    let mut claims = Vec::new();
    for file in index["claims"].as_array().unwrap() {
        let file = file.as_str().unwrap();
        let part = json(data.join(file));
        let source = part["source"].as_str().unwrap();
        assert_eq!(file, format!("claims/{source}.json"));
        for claim in part["claims"].as_array().unwrap() {
            assert_eq!(
                claim["source"], source,
                "{file} holds only its source's claims"
            );
            claims.push(claim.clone());
        }
    }
    whole.insert("claims".into(), Value::Array(claims));
    Value::Object(whole)
}

#[test]
fn the_split_export_holds_exactly_what_briefing_json_holds() {
    // Between them these fixtures have themes, discrepancies with verdicts, and sources with
    // and without claims.
    for fixture in ["valid", "actor-merges", "curation-events", "hostile"] {
        let (_tmp, root) = built_fixture(fixture);
        let data = root.join("site/data");
        let whole = json(data.join("briefing.json"));
        let rebuilt = reassembled(&data);
        // Compared key by key first, so a failure names the part that differs.
        for (key, value) in whole.as_object().unwrap() {
            assert_eq!(&rebuilt[key], value, "{fixture}: {key}");
        }
        assert_eq!(rebuilt, whole, "{fixture}");
        assert!(!whole["claims"].as_array().unwrap().is_empty(), "{fixture}");
        // One claims file per source, and nothing else in data/claims/.
        let sources = whole["sources"].as_array().unwrap().len();
        let files = std::fs::read_dir(data.join("claims")).unwrap().count();
        assert_eq!(files, sources, "{fixture}");
    }
}
