//! What the ECB+ evaluations share: the list of annotated sentences and topic selection.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;

/// The annotated sentences of each (topic, file stem such as "10ecbplus"), from
/// ECBplus_coreference_sentences.csv.
pub(crate) fn scored_sentences(
    path: &Path,
) -> Result<HashMap<(u32, String), BTreeSet<usize>>, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut scored: HashMap<(u32, String), BTreeSet<usize>> = HashMap::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        if let [topic, file, sentence] = fields[..] {
            if let (Ok(topic), Ok(sentence)) = (topic.parse(), sentence.parse()) {
                scored
                    .entry((topic, file.to_string()))
                    .or_default()
                    .insert(sentence);
            }
        }
    }
    Ok(scored)
}

/// Topics named as a list of numbers and ranges: "1-25", "3,7", "1-5,31-35".
pub(crate) fn parse_topics(text: &str) -> Option<BTreeSet<u32>> {
    let mut topics = BTreeSet::new();
    for part in text.split(',').map(str::trim) {
        match part.split_once('-') {
            Some((first, last)) => {
                topics.extend(first.trim().parse::<u32>().ok()?..=last.trim().parse().ok()?)
            }
            None => {
                topics.insert(part.parse().ok()?);
            }
        }
    }
    (!topics.is_empty()).then_some(topics)
}
