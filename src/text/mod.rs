//! General language knowledge and text handling: the bottom layer. Nothing here knows a
//! stage of the pipeline or a particular corpus; modules here import only the standard
//! library, crates, and `crate::error`.

pub(crate) mod abbreviations;
pub(crate) mod cue;
pub mod decode;
#[cfg(test)]
pub(crate) mod fuzz;
pub(crate) mod gazetteer;
pub(crate) mod headline;
pub(crate) mod lexicon;
pub(crate) mod stem;
pub(crate) mod tokens;
pub(crate) mod url;
