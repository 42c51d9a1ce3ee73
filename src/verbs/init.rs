//! The `init` verb: a new project that builds at once.

use crate::error::{Error, Location, Result};
use crate::load::config::BOOK_FILE;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const CONTENT_FOLDERS: [&str; 5] = ["sources", "actors", "events", "themes", "discrepancies"];

/// Creates a project in `dir` (created if missing). Refuses a folder that already has a
/// book.toml; any other file that is already there is kept, and returned.
pub fn init(dir: &Path) -> Result<Vec<PathBuf>> {
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
    let mut kept = Vec::new();
    for folder in CONTENT_FOLDERS {
        let path = dir.join("content").join(folder);
        create(&path)?;
        create_new(&path.join(".gitkeep"), "")?;
    }
    let index = dir.join("content/index.md");
    if !create_new(&index, &front_page(&title))? {
        kept.push(index);
    }
    create_new(&book, &book_toml(&title))?;
    ignore_in_git(dir)?;
    Ok(kept)
}

/// What git should not track: the build cache and the built site (build-dir of `book_toml`).
const IGNORED: [&str; 2] = [".sourcebook/", "/site/"];

/// Adds to the folder's .gitignore (created if missing) the lines of `IGNORED` it lacks.
fn ignore_in_git(dir: &Path) -> Result<()> {
    let path = dir.join(".gitignore");
    let existing = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(Error::io(&path, "read", e)),
    };
    let present: Vec<&str> = existing.lines().map(str::trim).collect();
    let missing: Vec<&str> = IGNORED
        .into_iter()
        .filter(|line| !present.contains(line))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut text = existing.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str("# sourcebook: the build cache and the built site\n");
    for line in missing {
        text.push_str(line);
        text.push('\n');
    }
    fs::write(&path, text).map_err(|e| Error::io(&path, "write", e))
}

/// Writes a new file; `false` when one is already there (it is left as it is).
fn create_new(path: &Path, text: &str) -> Result<bool> {
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
    {
        Ok(mut file) => file
            .write_all(text.as_bytes())
            .map(|_| true)
            .map_err(|e| Error::io(path, "write", e)),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(Error::io(path, "create", e)),
    }
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
        let files = crate::load::files::ProjectFiles::open(&dir).unwrap();
        let config = crate::load::config::Config::load(&files).unwrap();
        assert_eq!(config.book.title, "my \"briefing\"");
        assert!(init(&dir).is_err(), "a second init is refused");
        let ignored = fs::read_to_string(dir.join(".gitignore")).unwrap();
        assert!(ignored.lines().any(|l| l == ".sourcebook/"), "{ignored}");
        assert!(ignored.lines().any(|l| l == "/site/"), "{ignored}");
    }

    #[test]
    fn an_existing_gitignore_gains_only_the_lines_it_lacks() {
        let tmp = tempfile::tempdir().unwrap();
        fs::write(tmp.path().join(".gitignore"), "notes/\n/site/").unwrap();
        init(tmp.path()).unwrap();
        let ignored = fs::read_to_string(tmp.path().join(".gitignore")).unwrap();
        assert_eq!(
            ignored,
            "notes/\n/site/\n# sourcebook: the build cache and the built site\n.sourcebook/\n"
        );
    }

    #[test]
    fn an_existing_front_page_is_kept() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("content")).unwrap();
        let index = tmp.path().join("content/index.md");
        fs::write(&index, "# My notes\n").unwrap();
        assert_eq!(init(tmp.path()).unwrap(), vec![index.clone()]);
        assert_eq!(fs::read_to_string(&index).unwrap(), "# My notes\n");
        assert!(tmp.path().join("book.toml").is_file());
    }
}
