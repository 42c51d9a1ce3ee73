//! Reading a project's files. Everything sourcebook reads from a project (book.toml,
//! content/, templates/, static/) must resolve inside the project folder: a symbolic link is
//! followed only when its target is inside the project too, so a link can never publish a
//! file from elsewhere on the disk. Links inside the project are allowed, because they can
//! only show what the project already holds.

use crate::error::{Error, Location, Result};
use std::fs;
use std::path::{Component, Path, PathBuf};

const OUTSIDE_HELP: &str = "sourcebook reads and writes nothing outside the project folder: \
                            copy the file into the project instead of linking to it";

/// The project folder, as given and as resolved on disk.
#[derive(Debug, Clone)]
pub struct ProjectFiles {
    root: PathBuf,
    real_root: PathBuf,
}

impl ProjectFiles {
    pub fn open(root: &Path) -> Result<ProjectFiles> {
        let real_root =
            fs::canonicalize(root).map_err(|e| Error::io(root, "open the project folder", e))?;
        Ok(ProjectFiles {
            root: root.to_path_buf(),
            real_root,
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The bytes of the regular file at `path`, or `None` when nothing is there.
    pub fn read(&self, path: &Path) -> Result<Option<Vec<u8>>> {
        match self.resolve_file(path)? {
            Some(real) => fs::read(&real)
                .map(Some)
                .map_err(|e| Error::io(path, "read", e)),
            None => Ok(None),
        }
    }

    /// The UTF-8 text of the file at `path`, or `None` when nothing is there.
    pub fn read_text(&self, path: &Path) -> Result<Option<String>> {
        let Some(bytes) = self.read(path)? else {
            return Ok(None);
        };
        String::from_utf8(bytes).map(Some).map_err(|e| {
            Error::input(
                Location::file(path),
                format!(
                    "this file is not UTF-8 text (invalid byte at offset {})",
                    e.utf8_error().valid_up_to()
                ),
                "re-save it as UTF-8",
            )
        })
    }

    /// The regular files under `dir` (all depths when `recursive`), by '/'-separated name
    /// relative to `dir`, sorted; empty when `dir` does not exist. A file or folder that
    /// resolves outside the project is an error naming it.
    pub fn list(&self, dir: &Path, recursive: bool) -> Result<Vec<(String, PathBuf)>> {
        if self.resolve(dir)?.is_none() {
            return Ok(Vec::new());
        }
        let walk = walkdir::WalkDir::new(dir)
            .min_depth(1)
            .max_depth(if recursive { usize::MAX } else { 1 })
            .follow_links(true)
            .sort_by_file_name();
        let mut files = Vec::new();
        for entry in walk {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(dir).to_path_buf();
                Error::io(&path, "read the folder", e.into())
            })?;
            let Some(real) = self.resolve(entry.path())? else {
                continue;
            };
            if !real.is_file() {
                continue;
            }
            let relative = entry.path().strip_prefix(dir).unwrap_or(entry.path());
            let name = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((name, entry.into_path()));
        }
        Ok(files)
    }

    /// Checks that the folder `dir` (which may not exist yet) is inside the project once
    /// links are resolved, before sourcebook writes into it or reads from it.
    pub fn check_folder(&self, dir: &Path) -> Result<()> {
        let mut existing = dir;
        while fs::symlink_metadata(existing).is_err() {
            match existing.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => existing = parent,
                _ => return Ok(()),
            }
        }
        let real = fs::canonicalize(existing).map_err(|e| Error::io(existing, "resolve", e))?;
        if real.starts_with(&self.real_root) {
            Ok(())
        } else {
            Err(self.outside(existing, &real))
        }
    }

    /// `path` resolved through links, or `None` when nothing is there; an error when it
    /// resolves outside the project or is a link to nothing.
    fn resolve(&self, path: &Path) -> Result<Option<PathBuf>> {
        let real = match fs::canonicalize(path) {
            Ok(real) => real,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if fs::symlink_metadata(path).is_ok() {
                    return Err(Error::input(
                        Location::file(path),
                        "this is a link to a file that does not exist",
                        "replace the link with the file itself",
                    ));
                }
                return Ok(None);
            }
            Err(e) => return Err(Error::io(path, "resolve", e)),
        };
        if real.starts_with(&self.real_root) {
            Ok(Some(real))
        } else {
            Err(self.outside(path, &real))
        }
    }

    fn resolve_file(&self, path: &Path) -> Result<Option<PathBuf>> {
        let Some(real) = self.resolve(path)? else {
            return Ok(None);
        };
        if real.is_file() {
            Ok(Some(real))
        } else {
            Err(Error::input(
                Location::file(path),
                "this is not a regular file",
                "replace it with a regular file (folders, pipes and devices cannot be read)",
            ))
        }
    }

    fn outside(&self, path: &Path, real: &Path) -> Error {
        Error::input(
            Location::file(path),
            format!(
                "this resolves to {}, outside the project folder {}",
                real.display(),
                self.real_root.display()
            ),
            OUTSIDE_HELP,
        )
    }
}

/// A folder setting must be a relative path that stays inside the project: no root, no
/// drive prefix, no `..`.
pub fn is_inside_relative(path: &Path) -> bool {
    !path.as_os_str().is_empty()
        && path
            .components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    /// A folder outside the project holding `file`, and an empty project.
    fn outside_and_project(file: &str) -> (tempfile::TempDir, tempfile::TempDir) {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join(file), "secret").unwrap();
        (outside, tempfile::tempdir().unwrap())
    }

    #[test]
    fn files_inside_are_read_and_links_outside_are_refused() {
        let (outside, project) = outside_and_project("secret.txt");
        let root = project.path();
        fs::write(root.join("a.md"), "a").unwrap();
        symlink(root.join("a.md"), root.join("inner.md")).unwrap();
        symlink(outside.path().join("secret.txt"), root.join("leak.md")).unwrap();
        symlink(root.join("gone.md"), root.join("dangling.md")).unwrap();
        let files = ProjectFiles::open(root).unwrap();

        assert_eq!(files.read_text(&root.join("a.md")).unwrap().unwrap(), "a");
        assert_eq!(
            files.read_text(&root.join("inner.md")).unwrap().unwrap(),
            "a"
        );
        assert!(files.read(&root.join("missing.md")).unwrap().is_none());
        let err = files.read(&root.join("leak.md")).unwrap_err().to_string();
        assert!(
            err.contains("leak.md") && err.contains("outside the project"),
            "{err}"
        );
        assert!(!err.contains("secret\n"), "{err}");
        let err = files
            .read(&root.join("dangling.md"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("dangling.md"), "{err}");
        assert!(
            files.list(root, false).is_err(),
            "a listing meets the link too"
        );
    }

    #[test]
    fn a_linked_folder_outside_is_refused_for_reading_and_writing() {
        let (outside, project) = outside_and_project("page.html");
        let root = project.path();
        symlink(outside.path(), root.join("templates")).unwrap();
        let files = ProjectFiles::open(root).unwrap();
        assert!(files.list(&root.join("templates"), true).is_err());
        assert!(files.check_folder(&root.join("templates/sub/new")).is_err());
        assert!(files.check_folder(&root.join("site/new")).is_ok());
        assert!(files.list(&root.join("nothing"), true).unwrap().is_empty());
    }

    #[test]
    fn folder_settings_must_be_relative_and_inside() {
        for good in ["content", "./site", "out/site"] {
            assert!(is_inside_relative(Path::new(good)), "{good}");
        }
        for bad in ["", "/tmp/site", "../site", "a/../../b"] {
            assert!(!is_inside_relative(Path::new(bad)), "{bad}");
        }
    }
}
