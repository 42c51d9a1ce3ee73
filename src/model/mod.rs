//! The shared types every stage uses: dates at their precision, ids, sources and editor
//! documents. The bottom layer with `text`: it imports nothing of the crate but `error`.

pub mod actor;
pub mod date;
pub mod ids;
pub mod source;
