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

/// The program that renders: a page or stamp made by another build of the code is not reused.
pub const PROGRAM: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+",
    env!("SOURCEBOOK_PROGRAM_FINGERPRINT")
);

/// The pages of a previous build, by path and key.
pub trait EarlierPages: Sync {
    /// The bytes of the page at `path` if the previous build rendered it from `key`.
    fn page(&self, path: &str, key: &str) -> Option<Vec<u8>>;
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
    serde_json::to_writer(&mut hasher, context).map_err(|e| Error::Template {
        template: template.to_string(),
        message: format!("the page's context could not be serialised: {e}"),
        help: "this is a bug in sourcebook; please report it".into(),
    })?;
    Ok(hex(&hasher.0.finalize()))
}

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
