//! Fingerprints the code an analysis depends on, so that the build cache (src/analyse/cache.rs)
//! never serves an analysis made by other code: the package version alone stays the same while
//! the analysers change between releases.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// The analyse layer and the layers it may import (tests/layers.rs), and the locked versions
/// of the crates they use.
const ANALYSIS_INPUTS: [&str; 6] = [
    "src/error.rs",
    "src/text",
    "src/model",
    "src/load",
    "src/analyse",
    "Cargo.lock",
];

fn main() {
    let mut files = Vec::new();
    for input in ANALYSIS_INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(Path::new(input), &mut files);
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        (file, bytes).hash(&mut hasher);
    }
    println!(
        "cargo:rustc-env=SOURCEBOOK_ANALYSIS_FINGERPRINT={:016x}",
        hasher.finish()
    );
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let entries = std::fs::read_dir(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for entry in entries.flatten() {
            collect(&entry.path(), files);
        }
    } else if path.is_file() {
        files.push(path.to_path_buf());
    }
}
