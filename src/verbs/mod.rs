//! The verbs beyond the build pipeline: listings for curation, theme suggestions, the link
//! check, and a new project.

pub mod init;
pub(crate) mod linkcheck;
pub mod report;
pub mod suggest;
