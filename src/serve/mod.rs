//! `sourcebook serve`, the editor's preview: builds the project into memory, serves the site on
//! 127.0.0.1, rebuilds when book.toml or the content, templates or static folders change, and
//! tells the open pages to reload. Nothing is written to disk: the user's output folder is
//! never touched. Only the binary uses this module; the build path never does.
//!
//! Threads: tiny_http accepts connections; one thread hands each request to a thread of its
//! own (an event stream lasts as long as its page); one thread rebuilds, one change batch at a
//! time; the caller's thread waits for Ctrl-C. They share `Shared`, behind an `Arc`.

mod http;
mod signals;
mod watch;

use crate::error::{Error, Result, Warning};
use crate::load::config::{not_a_project, BOOK_FILE};
use crate::render::Site;
use signals::StopSignals;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use watch::Watches;

/// How long the project must stay unchanged before a rebuild starts: editors save in bursts.
const QUIET: Duration = Duration::from_millis(200);
/// How often an idle event stream says it is alive, which also notices a closed page.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// What one build gives `serve`: the site and the problems the build went on with.
pub type Rendered = (Site, Vec<Warning>);

/// What is being served. Every build, good or failed, is a new generation; a page carries the
/// generation it was served from, so its event stream knows when to reload it.
#[derive(Clone, Default)]
struct Published {
    generation: u64,
    /// The last site that built.
    site: Option<Arc<Site>>,
    /// The last build's error, as the command line prints it, while it stands.
    failure: Option<String>,
}

#[derive(Default)]
struct Shared {
    published: Mutex<Published>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Published> {
        self.published
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn publish(&self, built: Result<Rendered>) {
        let mut published = self.lock();
        published.generation += 1;
        match built {
            Ok((site, _)) => {
                published.site = Some(Arc::new(site));
                published.failure = None;
            }
            Err(error) => published.failure = Some(format!("error: {error}")),
        }
        self.changed.notify_all();
    }

    /// The generation published after `since`, or `None` if there is none within `timeout`.
    fn wait_for_change(&self, since: u64, timeout: Duration) -> Option<u64> {
        let (published, _) = self
            .changed
            .wait_timeout_while(self.lock(), timeout, |p| p.generation == since)
            .unwrap_or_else(PoisonError::into_inner);
        (published.generation != since).then_some(published.generation)
    }
}

/// A running preview server.
pub struct Server {
    address: SocketAddr,
    stop: StopSignals,
}

impl Server {
    /// Listens on 127.0.0.1:`port` (0: any free port), builds once with `build`, and serves;
    /// rebuilds call `build` with the changed files. A build that fails is served as an error
    /// page, not returned: only a folder that is no project, a port that cannot be had or a
    /// watch that cannot be set up is an error here.
    pub fn start<B>(root: &Path, port: u16, mut build: B) -> Result<Server>
    where
        B: FnMut(&[PathBuf]) -> Result<Rendered> + Send + 'static,
    {
        let book = root.join(BOOK_FILE);
        if !book.is_file() {
            return Err(not_a_project(&book));
        }
        let root =
            std::path::absolute(root).map_err(|e| Error::io(root, "find the project folder", e))?;
        // Before any thread starts, so that every thread inherits the mask.
        let stop = StopSignals::block().map_err(|cause| Error::Serve {
            what: "could not take over Ctrl-C".into(),
            cause,
            help: "report this as a bug".into(),
        })?;
        let (listener, address) = listen(port)?;
        let server =
            tiny_http::Server::from_listener(listener, None).map_err(|e| Error::Serve {
                what: format!("could not serve on {address}"),
                cause: std::io::Error::other(e.to_string()),
                help: "try another --port".into(),
            })?;

        let (changes, events) = mpsc::channel();
        let watch_error = |e: notify::Error| Error::Serve {
            what: format!("could not watch {} for changes", root.display()),
            cause: std::io::Error::other(e.to_string()),
            help: "on Linux, raise fs.inotify.max_user_watches if it is exhausted".into(),
        };
        let mut watcher = notify::recommended_watcher(changes).map_err(watch_error)?;
        let mut watches = Watches::new(&root, &mut watcher).map_err(watch_error)?;

        let shared = Arc::new(Shared::default());
        shared.publish(build(&[]));
        let rebuilder = Arc::clone(&shared);
        std::thread::spawn(move || {
            while let Some(changed) = watches.next_batch(&events, QUIET) {
                watches.refresh(&mut watcher);
                rebuilder.publish(build(&changed));
            }
        });
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || respond(request, &shared));
            }
        });
        Ok(Server { address, stop })
    }

    /// The address of the site's front page.
    pub fn url(&self) -> String {
        format!("http://{}/", self.address)
    }

    /// Serves until Ctrl-C or SIGTERM. The listening socket closes as the process ends.
    pub fn wait_for_stop(self) {
        self.stop.wait();
    }
}

/// A listener on the loopback interface only: the preview serves drafts, not the network.
fn listen(port: u16) -> Result<(TcpListener, SocketAddr)> {
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let listener = TcpListener::bind(address).map_err(|cause| {
        let help = if cause.kind() == std::io::ErrorKind::AddrInUse {
            format!(
                "port {port} is in use (another `sourcebook serve`?): pass another with \
                 --port N, or --port 0 for any free one"
            )
        } else {
            "pass another port with --port N, or --port 0 for any free one".into()
        };
        Error::Serve {
            what: format!("could not listen on {address}"),
            cause,
            help,
        }
    })?;
    let address = listener
        .local_addr()
        .map_err(|e| Error::io(Path::new("."), "read the listening address", e))?;
    Ok((listener, address))
}

fn respond(request: tiny_http::Request, shared: &Shared) {
    use tiny_http::Method;
    if !matches!(request.method(), Method::Get | Method::Head) {
        let refused = tiny_http::Response::from_string("405: only GET and HEAD")
            .with_status_code(405)
            .with_header(header("Allow", "GET, HEAD"));
        let _ = request.respond(refused);
        return;
    }
    let published = shared.lock().clone();
    match http::answer(&published, request.url()) {
        http::Request::Answer(reply) => send(request, reply),
        http::Request::Events { since } => stream_events(request, shared, since),
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name, value).expect("an ASCII header")
}

fn send(request: tiny_http::Request, reply: http::Reply) {
    let mut response = tiny_http::Response::from_data(reply.body)
        .with_status_code(reply.status)
        .with_header(header("Content-Type", reply.content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    if let Some(policy) = reply.policy {
        response.add_header(header("Content-Security-Policy", policy));
    }
    // A path with bytes a header cannot carry gets no redirect target; the client shows 301.
    if let Some(location) = reply.location {
        if let Ok(location) = tiny_http::Header::from_bytes("Location", location) {
            response.add_header(location);
        }
    }
    let _ = request.respond(response);
}

/// Server-sent events for a page of generation `since`: `reload` once a newer generation is
/// published (at once if one already is), then the stream ends. Written by hand on the
/// connection, since tiny_http buffers a response body.
fn stream_events(request: tiny_http::Request, shared: &Shared, since: u64) {
    let mut stream = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
                Connection: close\r\n\r\nretry: 1000\n\n";
    let mut say = |text: &str| {
        stream
            .write_all(text.as_bytes())
            .and_then(|()| stream.flush())
            .is_ok()
    };
    if !say(head) {
        return;
    }
    loop {
        let said = match shared.wait_for_change(since, KEEP_ALIVE) {
            Some(generation) => {
                say(&format!("event: reload\ndata: {generation}\n\n"));
                return;
            }
            None => say(": waiting for a change\n\n"),
        };
        if !said {
            return;
        }
    }
}

/// Opens `url` in the default browser where a launcher is installed (xdg-open, or open on
/// macOS); without one, nothing happens: the caller prints the address anyway.
pub fn open_in_browser(url: &str) {
    let launcher = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let launched = std::process::Command::new(launcher)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Ok(mut child) = launched {
        // Reaped in the background so that no zombie stays behind.
        std::thread::spawn(move || child.wait());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wait_ends_with_the_next_generation_or_times_out() {
        let shared = Arc::new(Shared::default());
        assert_eq!(shared.wait_for_change(0, Duration::from_millis(10)), None);
        let publisher = Arc::clone(&shared);
        let waiting = std::thread::spawn(move || publisher.wait_for_change(0, KEEP_ALIVE));
        shared.publish(Ok((Site::default(), Vec::new())));
        assert_eq!(waiting.join().unwrap(), Some(1));
        assert_eq!(shared.wait_for_change(0, KEEP_ALIVE), Some(1));
    }

    #[test]
    fn a_failed_build_keeps_the_last_good_site() {
        let shared = Shared::default();
        shared.publish(Ok((Site::default(), Vec::new())));
        shared.publish(Err(Error::input(
            crate::error::Location::at("content/index.md", 3, 5),
            "no such passage",
            "fix the quote",
        )));
        let published = shared.lock().clone();
        assert_eq!(published.generation, 2);
        assert!(published.site.is_some());
        assert_eq!(
            published.failure.as_deref(),
            Some("error: content/index.md:3:5: no such passage\n  help: fix the quote")
        );
        shared.publish(Ok((Site::default(), Vec::new())));
        assert_eq!(shared.lock().failure, None);
    }

    #[test]
    fn the_listener_is_on_the_loopback_interface_and_a_taken_port_is_named() {
        let (listener, address) = listen(0).unwrap();
        assert!(address.ip().is_loopback());
        let taken = listen(address.port()).unwrap_err().to_string();
        assert!(
            taken.contains(&format!("port {} is in use", address.port()))
                && taken.contains("--port"),
            "{taken}"
        );
        drop(listener);
    }
}
