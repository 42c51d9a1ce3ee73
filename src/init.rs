//! The `init` verb: a new project that builds at once.

use crate::config::BOOK_FILE;
use crate::error::{Error, Location, Result};
use std::fs;
use std::path::Path;

const CONTENT_FOLDERS: [&str; 4] = ["sources", "actors", "events", "themes"];

/// Creates a project in `dir` (created if missing). Refuses a folder that already has a book.toml.
pub fn init(dir: &Path) -> Result<()> {
    let book = dir.join(BOOK_FILE);
    if book.exists() {
        return Err(Error::input(
            Location::file(&book),
            "a project already exists here",
            "choose an empty folder, or keep working in this project",
        ));
    }
    let title = dir
        .canonicalize()
        .ok()
        .or_else(|| Some(dir.to_path_buf()))
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "New briefing".to_string());
    let create =
        |path: &Path| fs::create_dir_all(path).map_err(|e| Error::io(path, "create the folder", e));
    create(dir)?;
    for folder in CONTENT_FOLDERS {
        let path = dir.join("content").join(folder);
        create(&path)?;
        write(&path.join(".gitkeep"), "")?;
    }
    write(&dir.join("content/index.md"), &front_page(&title))?;
    write(&book, &book_toml(&title))
}

fn write(path: &Path, text: &str) -> Result<()> {
    fs::write(path, text).map_err(|e| Error::io(path, "write", e))
}

fn book_toml(title: &str) -> String {
    let title = toml::Value::String(title.to_string());
    format!(
        "[book]\ntitle = {title}\ndescription = \"\"\nlanguage = \"en\"\nauthors = []\n\n\
         [build]\ncontent-dir = \"content\"\nbuild-dir = \"site\"\n\n\
         [site]\n# base-url = \"https://example.org/briefing/\"\n\n[extract]\n"
    )
}

fn front_page(title: &str) -> String {
    format!(
        "# {title}\n\nThis briefing has no sources yet. Add some with\n\n\
         ```sh\nsourcebook add article.txt --title \"…\" --outlet \"…\" --published 2025-01-31\n```\n\n\
         then rebuild with `sourcebook build`.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_project_has_its_folders_and_loads() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("my \"briefing\"");
        init(&dir).unwrap();
        for folder in CONTENT_FOLDERS {
            assert!(dir.join("content").join(folder).is_dir());
        }
        let config = crate::config::Config::load(&dir).unwrap();
        assert_eq!(config.book.title, "my \"briefing\"");
        assert!(init(&dir).is_err(), "a second init is refused");
    }
}
