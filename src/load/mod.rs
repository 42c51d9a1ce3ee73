//! Stage 1, load: book.toml and the content tree → `Project`, read only inside the project.

pub mod config;
pub mod curation;
pub mod files;
pub mod frontmatter;
pub mod project;
pub mod source_file;
