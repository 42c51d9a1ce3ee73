//! What `serve` watches (book.toml and the content, templates and static folders) and when a
//! burst of changes is over.

use crate::load::config::{Config, BOOK_FILE};
use crate::load::project::Project;
use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// The folders of a project that a build reads, watched recursively; book.toml is seen through
/// a watch on the project folder itself, which also sees those folders appear.
pub(super) struct Watches {
    root: PathBuf,
    /// The folders a build reads, as of the last refresh.
    wanted: [PathBuf; 3],
    watched: BTreeSet<PathBuf>,
}

impl Watches {
    /// Watches the project folder at `root` (an absolute path, as the events' paths are).
    pub(super) fn new(root: &Path, watcher: &mut impl Watcher) -> notify::Result<Watches> {
        watcher.watch(root, RecursiveMode::NonRecursive)?;
        let mut watches = Watches {
            root: root.to_path_buf(),
            wanted: wanted_folders(root),
            watched: BTreeSet::new(),
        };
        watches.refresh(watcher);
        Ok(watches)
    }

    /// Reads book.toml again for the content folder, starts watching the wanted folders that
    /// exist, and forgets those that went away or are no longer wanted (a watch on a removed
    /// folder ends with it).
    pub(super) fn refresh(&mut self, watcher: &mut impl Watcher) {
        self.wanted = wanted_folders(&self.root);
        let wanted = &self.wanted;
        let gone: Vec<PathBuf> = self
            .watched
            .iter()
            .filter(|folder| !folder.is_dir() || !wanted.contains(folder))
            .cloned()
            .collect();
        for folder in gone {
            let _ = watcher.unwatch(&folder);
            self.watched.remove(&folder);
        }
        for folder in wanted {
            if folder.is_dir()
                && !self.watched.contains(folder)
                && watcher.watch(folder, RecursiveMode::Recursive).is_ok()
            {
                self.watched.insert(folder.clone());
            }
        }
    }

    /// Whether a change at `path` can change the site: book.toml, or anything in (or being)
    /// a wanted folder.
    fn concerns(&self, path: &Path) -> bool {
        path == self.root.join(BOOK_FILE) || self.wanted.iter().any(|f| path.starts_with(f))
    }

    /// Whether an event changes a file: opening or reading one (as every build does) does not.
    fn changes(&self, event: &Event) -> bool {
        let writes = match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) => false,
            _ => true,
        };
        writes && event.paths.iter().any(|path| self.concerns(path))
    }

    /// Waits for a change, then for `quiet` without one, and returns the files changed (sorted,
    /// each once); `None` once the watcher is gone. Changes made during a rebuild wait in the
    /// channel, so they make one batch for the next rebuild.
    pub(super) fn next_batch(
        &self,
        events: &Receiver<notify::Result<Event>>,
        quiet: Duration,
    ) -> Option<Vec<PathBuf>> {
        let mut changed = BTreeSet::new();
        let mut take = |event: notify::Result<Event>| match event {
            Ok(event) if self.changes(&event) => {
                changed.extend(event.paths);
                true
            }
            _ => false,
        };
        while !take(events.recv().ok()?) {}
        loop {
            match events.recv_timeout(quiet) {
                Ok(event) => {
                    take(event);
                }
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
        Some(changed.into_iter().collect())
    }
}

/// The content folder as book.toml names it (the default while book.toml does not load, or
/// names a folder outside the project), templates/ and static/.
fn wanted_folders(root: &Path) -> [PathBuf; 3] {
    let content_dir = Project::open(root)
        .map(|(_, config)| config.build.content_dir)
        .unwrap_or_else(|_| Config::default().build.content_dir);
    [
        root.join(content_dir),
        root.join("templates"),
        root.join("static"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind};
    use std::sync::mpsc::channel;
    use std::time::Instant;

    /// A watcher that records nothing: these tests feed events by hand.
    struct Still;

    impl Watcher for Still {
        fn new<F: notify::EventHandler>(_: F, _: notify::Config) -> notify::Result<Self> {
            Ok(Still)
        }
        fn watch(&mut self, _: &Path, _: RecursiveMode) -> notify::Result<()> {
            Ok(())
        }
        fn unwatch(&mut self, _: &Path) -> notify::Result<()> {
            Ok(())
        }
        fn kind() -> notify::WatcherKind {
            notify::WatcherKind::NullWatcher
        }
    }

    fn project() -> (tempfile::TempDir, Watches) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(BOOK_FILE), "[book]\ntitle = \"Test\"\n").unwrap();
        std::fs::create_dir(dir.path().join("content")).unwrap();
        let watches = Watches::new(dir.path(), &mut Still).unwrap();
        (dir, watches)
    }

    fn event(kind: EventKind, path: PathBuf) -> notify::Result<Event> {
        Ok(Event::new(kind).add_path(path))
    }

    #[test]
    fn only_writes_to_what_a_build_reads_count() {
        let (dir, watches) = project();
        let root = dir.path();
        let modify = EventKind::Modify(ModifyKind::Any);
        let changes = |kind: EventKind, path: PathBuf| watches.changes(&event(kind, path).unwrap());
        assert!(changes(modify, root.join("book.toml")));
        assert!(changes(modify, root.join("content/index.md")));
        assert!(changes(
            EventKind::Create(CreateKind::Folder),
            root.join("templates")
        ));
        assert!(changes(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            root.join("static/x.css")
        ));
        assert!(!changes(
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            root.join("content/index.md")
        ));
        assert!(!changes(modify, root.join("site/index.html")));
        assert!(!changes(modify, root.join("notes.txt")));
    }

    #[test]
    fn the_content_folder_follows_book_toml() {
        let (dir, mut watches) = project();
        let root = dir.path();
        std::fs::write(
            root.join(BOOK_FILE),
            "[book]\ntitle = \"Test\"\n[build]\ncontent-dir = \"words\"\n",
        )
        .unwrap();
        watches.refresh(&mut Still);
        assert!(watches.concerns(&root.join("words/index.md")));
        assert!(!watches.concerns(&root.join("content/index.md")));
        // A content folder outside the project is refused by the build, and never watched.
        std::fs::write(
            root.join(BOOK_FILE),
            "[book]\ntitle = \"Test\"\n[build]\ncontent-dir = \"/\"\n",
        )
        .unwrap();
        watches.refresh(&mut Still);
        assert!(watches.concerns(&root.join("content/index.md")));
        assert!(!watches.concerns(Path::new("/etc/hostname")));
    }

    #[test]
    fn a_burst_of_changes_is_one_batch() {
        let (dir, watches) = project();
        let (send, receive) = channel();
        let index = dir.path().join("content/index.md");
        let modify = EventKind::Modify(ModifyKind::Any);
        send.send(event(modify, index.clone())).unwrap();
        send.send(event(modify, dir.path().join("book.toml")))
            .unwrap();
        send.send(event(modify, index.clone())).unwrap();
        send.send(event(modify, dir.path().join("site/x.html")))
            .unwrap();
        let started = Instant::now();
        let batch = watches
            .next_batch(&receive, Duration::from_millis(50))
            .unwrap();
        assert!(started.elapsed() >= Duration::from_millis(50));
        assert_eq!(batch, [dir.path().join("book.toml"), index.clone()]);
        // What changes while a rebuild runs waits in the channel: one more batch, at once.
        send.send(event(modify, index.clone())).unwrap();
        send.send(event(modify, dir.path().join("content/b.md")))
            .unwrap();
        let batch = watches
            .next_batch(&receive, Duration::from_millis(50))
            .unwrap();
        assert_eq!(batch, [dir.path().join("content/b.md"), index]);
        drop(send);
        assert_eq!(
            watches.next_batch(&receive, Duration::from_millis(50)),
            None
        );
    }
}
