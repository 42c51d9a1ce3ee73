//! Fingerprints the code an analysis depends on, the code that highlights archived HTML
//! originals, and the whole program, so that the build cache (src/analyse/cache.rs,
//! src/render/highlight_cache.rs, src/rebuild.rs and the pages carried over in src/render)
//! never serves an entry made by other code: the package version alone stays the same while
//! the code changes between releases.

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

/// The highlighter (its grammars and class names) and the locked syntect version, whose
/// bundled syntax definitions it loads.
const HIGHLIGHT_INPUTS: [&str; 2] = ["src/render/highlight.rs", "Cargo.lock"];

/// Everything a site's bytes can depend on besides the project: all the code, the built-in
/// templates and static files, and the locked crates.
const PROGRAM_INPUTS: [&str; 6] = [
    "src",
    "templates",
    "static",
    "build.rs",
    "Cargo.toml",
    "Cargo.lock",
];

fn main() {
    println!(
        "cargo:rustc-env=SOURCEBOOK_ANALYSIS_FINGERPRINT={:016x}",
        fingerprint(&ANALYSIS_INPUTS)
    );
    println!(
        "cargo:rustc-env=SOURCEBOOK_HIGHLIGHT_FINGERPRINT={:016x}",
        fingerprint(&HIGHLIGHT_INPUTS)
    );
    println!(
        "cargo:rustc-env=SOURCEBOOK_PROGRAM_FINGERPRINT={:016x}",
        fingerprint(&PROGRAM_INPUTS)
    );
}

/// A hash of the paths and bytes of every file under `inputs`.
fn fingerprint(inputs: &[&str]) -> u64 {
    let mut files = Vec::new();
    for input in inputs {
        println!("cargo:rerun-if-changed={input}");
        collect(Path::new(input), &mut files);
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        (file, bytes).hash(&mut hasher);
    }
    hasher.finish()
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
