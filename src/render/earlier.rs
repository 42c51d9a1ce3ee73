//! Pages carried over from the previous build: a page whose template would be given exactly
//! what it was given last time is taken from the previous site instead of rendered again.
//!
//! A page's key is the sha256 of everything its bytes depend on: the program (`PROGRAM`,
//! build.rs's fingerprint of all the code, built-in templates and locked crates), the project's
//! template set, the template's name and the page's whole context as JSON. Templates see
//! nothing but their context (no functions are registered), so equal keys mean equal pages.
//! Where the previous bytes come from is the caller's business (`EarlierPages`): render itself
//! reads nothing.

use super::templates::Templates;
use crate::error::{Error, Result};
use crate::model::ids::hex;
use sha2::{Digest, Sha256};
use std::io::Write;

/// The program that renders: a page or stamp made by another build of the code is not reused.
pub const PROGRAM: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("SOURCEBOOK_PROGRAM_FINGERPRINT")
);

/// The pages of a previous build, by path and key.
pub trait EarlierPages: Sync {
    /// The page at `path` if the previous build rendered it from `key`.
    fn page(&self, path: &str, key: &str) -> Option<EarlierPage>;
}

/// A page of the previous build: its bytes, and the file they were read from, which a sink
/// that writes files may link into the new site instead of writing the bytes again
/// (`Sink::carry`).
pub struct EarlierPage {
    pub bytes: Vec<u8>,
    /// The sha256 of `bytes`, as the previous build's manifest spells it: checked when the
    /// file was read, so the sink records it without hashing the bytes again.
    pub sha256: String,
    pub file: std::path::PathBuf,
    /// The file as it was when `bytes` were read from it: a link is made only to that inode.
    pub metadata: std::fs::Metadata,
}

/// The key of the page `template` renders with `context`.
pub(super) fn page_key(
    templates: &Templates,
    template: &str,
    context: &impl serde::Serialize,
) -> Result<String> {
    let mut hasher = HashWriter(Sha256::new());
    for field in [PROGRAM, templates.fingerprint(), template] {
        hasher.0.update(field.as_bytes());
        hasher.0.update([0]);
    }
    let failed = |e: &dyn std::fmt::Display| Error::Template {
        template: template.to_string(),
        message: format!("the page's context could not be serialised: {e}"),
        help: "this is a bug in sourcebook; please report it".into(),
    };
    // serde_json writes a context in pieces of a few bytes each; gathered into blocks, the
    // hash sees the same bytes in far fewer calls.
    let mut buffered = std::io::BufWriter::with_capacity(HASH_BLOCK, &mut hasher);
    serde_json::to_writer(&mut buffered, context).map_err(|e| failed(&e))?;
    buffered.flush().map_err(|e| failed(&e))?;
    drop(buffered);
    Ok(hex(&hasher.0.finalize()))
}

/// How much serialised context is gathered before it is hashed.
const HASH_BLOCK: usize = 16 * 1024;

/// Feeds serialised JSON straight into the hash, without holding it.
struct HashWriter(Sha256);

impl std::io::Write for HashWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::files::ProjectFiles;

    /// The key hashes exactly the fields and the context's JSON, however the JSON is fed in:
    /// a context longer than the buffer gives the key of its whole serialisation.
    #[test]
    fn a_page_key_is_the_hash_of_its_fields_and_whole_context() {
        let folder =
            std::env::temp_dir().join(format!("sourcebook-page-key-{}", std::process::id()));
        std::fs::create_dir_all(&folder).unwrap();
        let templates = Templates::load(&ProjectFiles::open(&folder).unwrap()).unwrap();
        std::fs::remove_dir_all(&folder).unwrap();
        let long: Vec<String> = (0..5_000).map(|i| format!("claim \"{i}\" é")).collect();
        let context = serde_json::json!({ "title": "A page", "claims": long });
        assert!(serde_json::to_vec(&context).unwrap().len() > 2 * HASH_BLOCK);

        let mut expected = Sha256::new();
        for field in [PROGRAM, templates.fingerprint(), "actor.html"] {
            expected.update(field.as_bytes());
            expected.update([0]);
        }
        expected.update(serde_json::to_vec(&context).unwrap());
        let key = page_key(&templates, "actor.html", &context).unwrap();
        assert_eq!(key, hex(&expected.finalize()));
        assert_ne!(key, page_key(&templates, "event.html", &context).unwrap());
    }
}
