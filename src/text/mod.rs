//! General language knowledge and text handling: the bottom layer. Nothing here knows a
//! stage of the pipeline or a particular corpus; modules here import only the standard
//! library, crates, and `crate::error`.

pub mod abbreviations;
pub mod cue;
pub mod decode;
#[cfg(test)]
pub(crate) mod fuzz;
pub mod gazetteer;
pub mod lexicon;
pub mod stem;
pub mod tokens;
pub mod url;
