//! Stage 6, emit: the site's files are written, as render makes them, into a fresh folder
//! beside the output (`Staging`, a render `Sink`), which is then swapped in; emit says what
//! was written (`manifest`).
//!
//! The output folder is sourcebook's alone. Every site it builds carries a marker file, and a
//! folder is replaced only when it is missing, empty or carries that marker, so a mistyped
//! `--out` can never delete someone's notes. The new site is written beside the old one and
//! exchanged with it in one atomic rename where the system allows (Linux `renameat2` with
//! `RENAME_EXCHANGE`), so a reader or a kill never sees a half-written site or none. Builds
//! into one folder take a lock, and each build first cleans up what an interrupted one left.

mod manifest;

pub use manifest::{digest, Written};

use crate::error::{Error, Location, Result, Warning};
use crate::model::ids::hex;
use crate::render::{EarlierPage, Sink, Stream};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// The marker file at the top of every site sourcebook builds.
pub const MARKER: &str = ".sourcebook-site";

const MARKER_TEXT: &str =
    "This folder is a site built by sourcebook. sourcebook replaces it whole \
on every build; it never replaces a folder without this file.\n";

/// What emitting went on with: problems after the new site was already live, and every file
/// written (the marker first), for the next build to compare the folder with.
#[derive(Debug, Default)]
pub struct Emitted {
    pub warnings: Vec<Warning>,
    pub written: Vec<Written>,
}

/// Before a build renders anything: cleans up after interrupted builds (restoring a site a
/// kill left missing) and checks that `out` may be replaced, so a refusal comes at once.
pub fn prepare(out: &Path) -> Result<Emitted> {
    Ready::take(out).map(|ready| ready.emitted)
}

/// Whether `out` holds exactly what an earlier emit wrote (`written`, its manifest), checked
/// under the lock that keeps another build from swapping the folder meanwhile.
pub fn holds(out: &Path, written: &[Written]) -> Result<bool> {
    let _ready = Ready::take(out)?;
    Ok(manifest::holds_exactly(out, written))
}

/// The output folder locked, healed and known to be replaceable.
struct Ready {
    parent: PathBuf,
    name: String,
    emitted: Emitted,
    _lock: Option<fs::File>,
}

impl Ready {
    fn take(out: &Path) -> Result<Ready> {
        let (parent, name) = parent_and_name(out)?;
        let lock = lock(&parent)?;
        let mut emitted = Emitted::default();
        heal(&parent, &name, out, &mut emitted)?;
        check_replaceable(out)?;
        Ok(Ready {
            parent,
            name,
            emitted,
            _lock: lock,
        })
    }
}

/// A new site being written beside the output folder, file by file, while the lock on the
/// output's parent is held (so no other build into the same folder cleans it up as a
/// leftover). `finish` swaps it in; dropped unfinished (an error or a panic while rendering),
/// it is removed and the old site stays as it was.
pub struct Staging {
    ready: Ready,
    out: PathBuf,
    dir: PathBuf,
    /// The folders created so far, each created once.
    folders: Mutex<HashSet<PathBuf>>,
    written: Mutex<Vec<Written>>,
    /// The marker as written: what any new file of the site looks like (permissions, owner),
    /// which a page linked in from the previous site must match.
    fresh: fs::Metadata,
    /// Swapped in: `dir` no longer holds the new site.
    done: bool,
}

impl Staging {
    /// Takes the lock, heals and checks the output folder as `prepare` does, and creates the
    /// staging folder with the marker as its first file.
    pub fn begin(out: &Path) -> Result<Staging> {
        let ready = Ready::take(out)?;
        let dir = ready
            .parent
            .join(format!(".{}.building-{}", ready.name, std::process::id()));
        fs::create_dir(&dir).map_err(|e| Error::io(&dir, "create the folder", e))?;
        // Written before `Staging` exists, so `dir` is removed by hand if this fails.
        let marker_path = dir.join(MARKER);
        let marker = write_file(MARKER, MARKER_TEXT.as_bytes(), &marker_path)
            .and_then(|marker| {
                let fresh = fs::symlink_metadata(&marker_path)
                    .map_err(|e| Error::io(&marker_path, "inspect", e))?;
                Ok((marker, fresh))
            })
            .inspect_err(|_| {
                let _ = remove_ours(&dir);
            });
        let (marker, fresh) = marker?;
        let mut staging = Staging {
            ready,
            out: out.to_path_buf(),
            folders: Mutex::new(HashSet::from([dir.clone()])),
            dir,
            written: Mutex::default(),
            fresh,
            done: false,
        };
        staging
            .written
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .push(marker);
        Ok(staging)
    }

    /// Exchanges the finished site with the old one, which is then removed. Gives the
    /// manifest: the marker first, then the site's files in path order.
    pub fn finish(mut self) -> Result<Emitted> {
        let retired = swap_in(&self.dir, &self.out, &self.ready.parent, &self.ready.name)?;
        self.done = true;
        let mut emitted = std::mem::take(&mut self.ready.emitted);
        let mut written = std::mem::take(self.written.get_mut().unwrap_or_else(|e| e.into_inner()));
        written[1..].sort_by(|a, b| a.path.cmp(&b.path));
        emitted.written = written;
        if let Some(retired) = retired {
            if let Err(error) = remove_ours(&retired) {
                emitted.warnings.push(Warning::new(
                    Location::file(&retired),
                    format!(
                        "the new site is live, but the previous one could not be removed from \
                         here: {error}; the next build tries again, or remove it by hand"
                    ),
                ));
            }
        }
        Ok(emitted)
    }
}

impl Sink for Staging {
    /// Writes one file of the site (a new file: nothing in the staging folder is rewritten)
    /// and records it.
    fn put(&self, relative: &str, bytes: Vec<u8>) -> Result<()> {
        let path = self.place(relative)?;
        let written = write_file(relative, &bytes, &path)?;
        self.record(written);
        Ok(())
    }

    /// Writes the file into its place as it is made: a large file is never whole in memory.
    fn put_streamed(&self, relative: &str, write: &mut Stream<'_>) -> Result<()> {
        let path = self.place(relative)?;
        let written = write_streamed(relative, write, &path)?;
        self.record(written);
        Ok(())
    }

    /// Links the previous site's file in when it can be, else writes its bytes as a new file.
    /// Writing thousands of new files while the old site's thousands are about to be freed
    /// is most of what an add-one rebuild spends on its output; a link only adds a name. The
    /// old site is removed after the swap, so the new one is then the file's only holder.
    fn carry(&self, relative: &str, page: EarlierPage) -> Result<()> {
        let path = self.place(relative)?;
        let written = if link_earlier(&page, &path, &self.fresh) {
            manifest::record(relative, &path, page.sha256)
                .map_err(|e| Error::io(&path, "inspect", e))?
        } else {
            write_file(relative, &page.bytes, &path)?
        };
        self.record(written);
        Ok(())
    }
}

impl Staging {
    /// Where `relative` goes in the staging folder, its folder created.
    fn place(&self, relative: &str) -> Result<PathBuf> {
        let path = contained(&self.dir, relative)?;
        if let Some(folder) = path.parent() {
            let mut folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
            if !folders.contains(folder) {
                fs::create_dir_all(folder)
                    .map_err(|e| Error::io(folder, "create the folder", e))?;
                folders.insert(folder.to_path_buf());
            }
        }
        Ok(path)
    }

    fn record(&self, written: Written) {
        self.written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(written);
    }
}

/// Links the earlier page's file in at `path` when the new site can be its only holder and
/// it looks as a file written afresh would (`fresh`: permissions, owner), so that the site
/// is the one a clean build makes. False when it cannot be (another link to the file, other
/// permissions, another file system), or when the name no longer leads to the inode whose
/// bytes were checked; the caller then writes the bytes. An edit made in place to the old
/// file after the check reaches the new site, as it would any file of a live site: the next
/// build finds it by its hash, as it finds any edit of the site.
#[cfg(unix)]
fn link_earlier(page: &EarlierPage, path: &Path, fresh: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let was = &page.metadata;
    let fits = was.nlink() == 1
        && was.mode() == fresh.mode()
        && (was.uid(), was.gid()) == (fresh.uid(), fresh.gid());
    if !fits || fs::hard_link(&page.file, path).is_err() {
        return false;
    }
    let same = fs::symlink_metadata(path)
        .is_ok_and(|now| (now.dev(), now.ino(), now.nlink()) == (was.dev(), was.ino(), 2));
    if !same {
        let _ = fs::remove_file(path);
    }
    same
}

#[cfg(not(unix))]
fn link_earlier(_: &EarlierPage, _: &Path, _: &fs::Metadata) -> bool {
    false
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            let _ = remove_ours(&self.dir);
        }
    }
}

/// The folder that holds `out` (created if missing) and `out`'s own name.
fn parent_and_name(out: &Path) -> Result<(PathBuf, String)> {
    let name = out
        .file_name()
        .filter(|_| matches!(out.components().next_back(), Some(Component::Normal(_))))
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
    Ok((parent.to_path_buf(), name))
}

/// Only a missing or empty folder, or one that sourcebook built, may be replaced.
fn check_replaceable(out: &Path) -> Result<()> {
    let metadata = match fs::symlink_metadata(out) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(out, "inspect the output folder", e)),
    };
    let refuse = |message: &str, help: &str| Err(Error::input(Location::file(out), message, help));
    if metadata.file_type().is_symlink() {
        return refuse(
            "the output folder is a symbolic link",
            "pass the folder it points to with --out, or choose another output folder",
        );
    }
    if !metadata.is_dir() {
        return refuse(
            "the output path exists and is not a folder",
            "remove that file or choose another --out",
        );
    }
    if is_ours(out) {
        return Ok(());
    }
    let mut entries = fs::read_dir(out).map_err(|e| Error::io(out, "read the folder", e))?;
    if entries.next().is_none() {
        return Ok(());
    }
    refuse(
        &format!(
            "this folder exists and is not a site sourcebook built (it has no {MARKER} file); \
             a build replaces its output folder whole, so it leaves this one alone"
        ),
        "build into a new or empty folder (--out DIR, or build-dir in book.toml); if this \
         folder is really yours to replace, empty or delete it yourself first",
    )
}

fn is_ours(dir: &Path) -> bool {
    fs::symlink_metadata(dir.join(MARKER)).is_ok_and(|m| m.is_file())
}

/// Cleans up after interrupted builds into `out`: the folders they left beside it (a staging
/// folder, or the previous site moved aside) are removed, and when a kill between two renames
/// left no site at all, the previous one is put back first.
fn heal(parent: &Path, name: &str, out: &Path, emitted: &mut Emitted) -> Result<()> {
    let mut leftovers: Vec<PathBuf> = fs::read_dir(parent)
        .map_err(|e| Error::io(parent, "read the folder", e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| is_leftover_name(path, name))
        .collect();
    leftovers.sort();
    if fs::symlink_metadata(out).is_err() {
        let previous = leftovers
            .iter()
            .filter(|path| path.to_string_lossy().contains(".old-") && is_ours(path))
            .max_by_key(|path| modified(path));
        if let Some(previous) = previous.cloned() {
            fs::rename(&previous, out)
                .map_err(|e| Error::io(&previous, "restore the previous site", e))?;
            emitted.warnings.push(Warning::new(
                Location::file(out),
                format!(
                    "an interrupted build had left no site here; the previous one was restored \
                     from {}",
                    previous.display()
                ),
            ));
            leftovers.retain(|path| *path != previous);
        }
    }
    for leftover in leftovers {
        let removed = if is_ours(&leftover) {
            remove_ours(&leftover)
        } else {
            // A staging folder killed before its first file: nothing to lose.
            fs::remove_dir(&leftover)
        };
        if let Err(error) = removed {
            emitted.warnings.push(Warning::new(
                Location::file(&leftover),
                format!("left by an interrupted build and could not be removed: {error}"),
            ));
        }
    }
    Ok(())
}

/// `.<name>.building-<pid>` and `.<name>.old-<pid>`: the folders emit creates beside `out`.
fn is_leftover_name(path: &Path, name: &str) -> bool {
    let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(rest) = file_name.strip_prefix(&format!(".{name}.")) else {
        return false;
    };
    ["building-", "old-"].iter().any(|kind| {
        rest.strip_prefix(kind)
            .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
    })
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(path.join(MARKER))
        .and_then(|m| m.modified())
        .ok()
}

/// Writes one new file and records it. Never opens an existing file: one linked in from the
/// previous site shares its inode with that live site, which must not change under a reader.
fn write_file(relative: &str, bytes: &[u8], path: &Path) -> Result<Written> {
    use std::io::Write;
    create_new(path)
        .and_then(|mut file| file.write_all(bytes))
        .and_then(|()| manifest::record(relative, path, digest(bytes)))
        .map_err(|e| Error::io(path, "write", e))
}

/// Writes one new file as `write` streams it, hashing the bytes as they go, and records it.
fn write_streamed(relative: &str, write: &mut Stream<'_>, path: &Path) -> Result<Written> {
    let mut file = Hashing {
        file: create_new(path).map_err(|e| Error::io(path, "write", e))?,
        hasher: Sha256::new(),
    };
    write(&mut file)
        .and_then(|()| manifest::record(relative, path, hex(&file.hasher.finalize())))
        .map_err(|e| Error::io(path, "write", e))
}

/// A new file, never an existing one.
fn create_new(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// A file being written, and the sha256 of what was written to it.
struct Hashing {
    file: fs::File,
    hasher: Sha256,
}

impl std::io::Write for Hashing {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.file.write(bytes)?;
        self.hasher.update(&bytes[..written]);
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// `dir/relative`, refusing any path that would leave `dir`.
fn contained(dir: &Path, relative: &str) -> Result<PathBuf> {
    let path = Path::new(relative);
    if path.components().all(|c| matches!(c, Component::Normal(_))) && relative != MARKER {
        Ok(dir.join(path))
    } else {
        Err(Error::input(
            Location::file(relative),
            "refusing to write outside the output folder",
            "this is a bug in sourcebook or a template override; please report it",
        ))
    }
}

/// Puts `staging` in the place of `out`. Returns the folder now holding the previous site,
/// if there was one, for removal.
fn swap_in(staging: &Path, out: &Path, parent: &Path, name: &str) -> Result<Option<PathBuf>> {
    if fs::symlink_metadata(out).is_err() {
        fs::rename(staging, out).map_err(|e| Error::io(out, "move the new site into place", e))?;
        return Ok(None);
    }
    if exchange(staging, out).map_err(|e| Error::io(out, "swap in the new site", e))? {
        return Ok(Some(staging.to_path_buf()));
    }
    // No atomic exchange here: two renames, with the previous site restored if the second
    // fails, and by the next build's `heal` if a kill falls between them.
    let retired = parent.join(format!(".{name}.old-{}", std::process::id()));
    fs::rename(out, &retired).map_err(|e| Error::io(out, "move the previous site aside", e))?;
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(&retired, out);
        return Err(Error::io(out, "move the new site into place", e));
    }
    Ok(Some(retired))
}

/// Atomically exchanges two folders. `Ok(false)` when the system or file system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    let status = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if status == 0 {
        return Ok(true);
    }
    let error = std::io::Error::last_os_error();
    match error.raw_os_error() {
        Some(libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP) => Ok(false),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

/// Removes a folder this module created. Read-only subfolders (a template may copy them in
/// through static/, or a user may protect a site) are made writable first, as `rm -rf`
/// would not need but `remove_dir_all` does.
fn remove_ours(dir: &Path) -> std::io::Result<()> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            make_writable(dir);
            fs::remove_dir_all(dir)
        }
        other => other,
    }
}

fn make_writable(dir: &Path) {
    for entry in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        if entry.file_type().is_dir() {
            if let Ok(metadata) = entry.metadata() {
                let mut permissions = metadata.permissions();
                #[allow(clippy::permissions_set_readonly_false)] // folders only, and our own
                permissions.set_readonly(false);
                let _ = fs::set_permissions(entry.path(), permissions);
            }
        }
    }
}

/// An exclusive lock on the output's parent folder for the length of the emit, so two
/// builds into one folder never clean up each other's staging. Released when dropped,
/// including when the process is killed.
fn lock(parent: &Path) -> Result<Option<fs::File>> {
    let Ok(handle) = fs::File::open(parent) else {
        return Ok(None);
    };
    match handle.lock() {
        Ok(()) => Ok(Some(handle)),
        // Some file systems cannot lock folders; the build goes on unlocked there.
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => Ok(None),
        Err(e) => Err(Error::io(parent, "lock the folder for the build", e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::Site;

    /// What a build does: stage, write every file, swap in.
    fn emit(site: &Site, out: &Path) -> Result<Emitted> {
        let staging = Staging::begin(out)?;
        for (path, bytes) in &site.files {
            staging.put(path, bytes.clone())?;
        }
        staging.finish()
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn paths_cannot_escape_the_output() {
        let dir = Path::new("/tmp/out");
        assert!(contained(dir, "sources/a.html").is_ok());
        for bad in ["../x", "/etc/passwd", "a/../../b", "./a", MARKER] {
            assert!(contained(dir, bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_new_site_replaces_the_old_one_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        emit(&Site::of_texts(&[("old.html", "old")]), &out).unwrap();
        assert!(is_ours(&out));
        emit(&Site::of_texts(&[("a/new.html", "new")]), &out).unwrap();
        assert!(!out.join("old.html").exists());
        assert_eq!(fs::read(out.join("a/new.html")).unwrap(), b"new");
        assert_eq!(
            names(tmp.path()),
            ["site"],
            "no staging or retired folders remain"
        );
    }

    #[test]
    fn the_manifest_holds_until_the_folder_changes() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        let emitted = emit(
            &Site::of_texts(&[("a/page.html", "one"), ("b.css", "x")]),
            &out,
        )
        .unwrap();
        let written: Vec<&str> = emitted.written.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(written, [MARKER, "a/page.html", "b.css"]);
        assert!(holds(&out, &emitted.written).unwrap());
        fs::write(out.join("a/page.html"), "two").unwrap();
        assert!(
            !holds(&out, &emitted.written).unwrap(),
            "same size, other bytes"
        );
        fs::write(out.join("a/page.html"), "one").unwrap();
        assert!(holds(&out, &emitted.written).unwrap());
        fs::create_dir(out.join("a/more")).unwrap();
        assert!(!holds(&out, &emitted.written).unwrap(), "a folder more");
        fs::remove_dir(out.join("a/more")).unwrap();
        fs::remove_file(out.join("b.css")).unwrap();
        assert!(!holds(&out, &emitted.written).unwrap(), "a file less");
    }

    #[test]
    fn a_folder_sourcebook_did_not_build_is_never_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("notes");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("diary.txt"), "mine").unwrap();
        let err = emit(&Site::of_texts(&[("index.html", "x")]), &out)
            .unwrap_err()
            .to_string();
        assert!(err.contains("notes") && err.contains(MARKER), "{err}");
        assert_eq!(fs::read(out.join("diary.txt")).unwrap(), b"mine");
        assert_eq!(names(tmp.path()), ["notes"]);

        let empty = tmp.path().join("empty");
        fs::create_dir(&empty).unwrap();
        emit(&Site::of_texts(&[("index.html", "x")]), &empty).unwrap();
        assert!(empty.join("index.html").is_file());
    }

    #[test]
    fn a_symlinked_output_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let real = tmp.path().join("real");
        emit(&Site::of_texts(&[("index.html", "x")]), &real).unwrap();
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let err = emit(&Site::of_texts(&[("index.html", "y")]), &link)
            .unwrap_err()
            .to_string();
        assert!(err.contains("symbolic link"), "{err}");
    }

    #[test]
    fn leftovers_of_killed_builds_are_cleaned_and_a_lost_site_restored() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        emit(&Site::of_texts(&[("index.html", "previous")]), &out).unwrap();
        // A kill between the two renames of the fallback swap: the site is aside, none live.
        fs::rename(&out, tmp.path().join(".site.old-4242")).unwrap();
        // A kill while staging, and one before the staging folder got its marker.
        let half = tmp.path().join(".site.building-77");
        fs::create_dir(&half).unwrap();
        fs::write(half.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(half.join("index.html"), "half").unwrap();
        fs::create_dir(tmp.path().join(".site.building-78")).unwrap();
        // Not ours by name or by marker: left alone.
        fs::create_dir(tmp.path().join(".site.old-notes")).unwrap();

        let mut emitted = Emitted::default();
        heal(tmp.path(), "site", &out, &mut emitted).unwrap();
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"previous");
        assert_eq!(names(tmp.path()), [".site.old-notes", "site"]);
        assert!(
            emitted.warnings[0].message.contains("restored"),
            "{:?}",
            emitted.warnings
        );
    }

    #[test]
    fn read_only_folders_in_the_old_site_do_not_hide_that_the_new_one_is_live() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        emit(&Site::of_texts(&[("locked/page.html", "old")]), &out).unwrap();
        fs::set_permissions(out.join("locked"), fs::Permissions::from_mode(0o555)).unwrap();
        let emitted = emit(&Site::of_texts(&[("index.html", "new")]), &out).unwrap();
        assert!(emitted.warnings.is_empty(), "{:?}", emitted.warnings);
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"new");
        assert_eq!(names(tmp.path()), ["site"]);
    }

    #[test]
    fn a_staging_folder_dropped_unfinished_is_removed_and_the_old_site_kept() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        emit(&Site::of_texts(&[("index.html", "old")]), &out).unwrap();
        let staging = Staging::begin(&out).unwrap();
        staging.put("index.html", b"new".to_vec()).unwrap();
        staging.put("a/b/page.html", b"new".to_vec()).unwrap();
        assert_eq!(names(tmp.path()).len(), 2, "staging beside the site");
        drop(staging);
        assert_eq!(names(tmp.path()), ["site"]);
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"old");
    }

    /// A page of the old site is linked in when the new site can be its only holder, copied
    /// when another name holds its file too; no file is ever written over.
    #[test]
    fn a_carried_page_is_linked_when_the_new_site_can_hold_it_alone() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("site");
        emit(&Site::of_texts(&[("a.html", "a"), ("b.html", "b")]), &out).unwrap();
        fs::hard_link(out.join("b.html"), tmp.path().join("b-elsewhere")).unwrap();
        let earlier = |name: &str| {
            let file = out.join(name);
            let (bytes, metadata) = crate::analyse::cache::read_regular_file(&file).unwrap();
            EarlierPage {
                sha256: digest(&bytes),
                bytes,
                file,
                metadata,
            }
        };
        let (a, b) = (earlier("a.html"), earlier("b.html"));
        let (a_inode, b_inode) = (a.metadata.ino(), b.metadata.ino());
        let staging = Staging::begin(&out).unwrap();
        staging.carry("a.html", a).unwrap();
        staging.carry("b.html", b).unwrap();
        let again = staging.put("a.html", b"over".to_vec()).unwrap_err();
        assert!(again.to_string().contains("a.html"), "{again}");
        let emitted = staging.finish().unwrap();
        assert!(emitted.warnings.is_empty(), "{:?}", emitted.warnings);
        let a_now = fs::metadata(out.join("a.html")).unwrap();
        assert_eq!((a_now.ino(), a_now.nlink()), (a_inode, 1));
        assert_ne!(fs::metadata(out.join("b.html")).unwrap().ino(), b_inode);
        assert_eq!(fs::read(out.join("a.html")).unwrap(), b"a");
        assert_eq!(fs::read(out.join("b.html")).unwrap(), b"b");
        assert!(holds(&out, &emitted.written).unwrap());
    }

    #[test]
    fn the_exchange_swaps_two_folders_atomically() {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        fs::create_dir(&a).unwrap();
        fs::create_dir(&b).unwrap();
        fs::write(a.join("x"), "a").unwrap();
        if exchange(&a, &b).unwrap() {
            assert!(b.join("x").is_file() && !a.join("x").exists());
        }
    }
}
