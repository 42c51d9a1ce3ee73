//! Stage 6, emit: write the `Site` into a fresh folder beside the output, then swap it in.
//! A failed build never leaves a half-written site: the previous one stays until the swap.

use crate::error::{Error, Location, Result};
use crate::render::Site;
use std::fs;
use std::path::{Component, Path, PathBuf};

pub fn emit(site: &Site, out: &Path) -> Result<()> {
    let name = out
        .file_name()
        .ok_or_else(|| {
            Error::input(
                Location::file(out),
                "the output must be a folder with a name",
                "pass --out with a folder such as `site`",
            )
        })?
        .to_string_lossy()
        .into_owned();
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent).map_err(|e| Error::io(parent, "create the folder", e))?;
    if out.exists() && !out.is_dir() {
        return Err(Error::input(
            Location::file(out),
            "the output path exists and is not a folder",
            "remove that file or choose another --out",
        ));
    }
    let staging = parent.join(format!(".{name}.building-{}", std::process::id()));
    let result = write_tree(site, &staging).and_then(|_| swap_in(&staging, out, parent, &name));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

fn write_tree(site: &Site, dir: &Path) -> Result<()> {
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(|e| Error::io(dir, "remove a stale build folder", e))?;
    }
    for (relative, bytes) in &site.files {
        let path = contained(dir, relative)?;
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder).map_err(|e| Error::io(folder, "create the folder", e))?;
        }
        fs::write(&path, bytes).map_err(|e| Error::io(&path, "write", e))?;
    }
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, "create the folder", e))
}

/// `dir/relative`, refusing any path that would leave `dir`.
fn contained(dir: &Path, relative: &str) -> Result<PathBuf> {
    let path = Path::new(relative);
    if path.components().all(|c| matches!(c, Component::Normal(_))) {
        Ok(dir.join(path))
    } else {
        Err(Error::input(
            Location::file(relative),
            "refusing to write outside the output folder",
            "this is a bug in sourcebook or a template override; please report it",
        ))
    }
}

/// Replaces `out` with `staging`: the old site is moved aside first and removed last.
fn swap_in(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<()> {
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    let had_old = out.exists();
    if had_old {
        fs::rename(out, &retired).map_err(|e| Error::io(out, "move the previous site aside", e))?;
    }
    if let Err(e) = fs::rename(staging, out) {
        if had_old {
            let _ = fs::rename(&retired, out);
        }
        return Err(Error::io(out, "move the new site into place", e));
    }
    if had_old {
        fs::remove_dir_all(&retired)
            .map_err(|e| Error::io(&retired, "remove the previous site", e))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_escape_the_output() {
        let dir = Path::new("/tmp/out");
        assert!(contained(dir, "sources/a.html").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../b", "./a"] {
            assert!(contained(dir, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_new_site_replaces_the_old_one_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let mut site = Site::default();
        site.files.insert("old.html".into(), b"old".to_vec());
        emit(&site, &out).unwrap();
        let mut site = Site::default();
        site.files.insert("a/new.html".into(), b"new".to_vec());
        emit(&site, &out).unwrap();
        assert!(!out.join("old.html").exists());
        assert_eq!(fs::read(out.join("a/new.html")).unwrap(), b"new");
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging or retired folders remain");
    }
}
