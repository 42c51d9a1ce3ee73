//! `sourcebook serve` over real HTTP: the binary is started on a copy of a fixture project with
//! `--port 0` (the kernel picks a free port; the binary prints it), and spoken to over raw TCP
//! so that no client normalises a path before sending it.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream, UdpSocket};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// Generous: a debug build of the fixture on a busy machine.
const PATIENCE: Duration = Duration::from_secs(120);

/// A running `sourcebook serve`, killed when dropped if it is still running.
struct Serving {
    child: Child,
    port: u16,
    stdout: Receiver<String>,
}

impl Serving {
    fn start(project: &Path) -> Serving {
        Serving::start_with(project, |_| {})
    }

    /// Starts serving `project`, with what `set_up` adds to the command.
    fn start_with(project: &Path, set_up: impl FnOnce(&mut Command)) -> Serving {
        let mut command = Command::new(env!("CARGO_BIN_EXE_sourcebook"));
        command
            .args(["serve", "--port", "0", "--project"])
            .arg(project);
        set_up(&mut command);
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let (send, stdout) = channel();
        let lines = BufReader::new(child.stdout.take().unwrap()).lines();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        let mut serving = Serving {
            child,
            port: 0,
            stdout,
        };
        let line = serving.line_starting("serving ");
        let address = line
            .strip_prefix("serving http://")
            .and_then(|rest| rest.split_once('/'))
            .map(|(address, _)| address.to_string())
            .unwrap_or_else(|| panic!("an address in {line:?}"));
        let address: SocketAddr = address.parse().unwrap();
        assert_eq!(address.ip(), Ipv4Addr::LOCALHOST, "{line}");
        serving.port = address.port();
        serving
    }

    /// The next line of its output that starts with `prefix`.
    fn line_starting(&self, prefix: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self
                .stdout
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("no line starting {prefix:?} in time"));
            if line.starts_with(prefix) {
                return line;
            }
        }
    }

    fn get(&self, target: &str) -> Answer {
        get(self.port, target)
    }

    /// An event stream opened by a page of the generation the front page carries now.
    fn events(&self) -> Events {
        let front = self.get("/");
        let generation = front
            .body
            .split("data-generation=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .expect("the front page carries its generation")
            .to_string();
        Events::open(self.port, &generation)
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A response, read whole.
struct Answer {
    status: u16,
    /// Header lines, lowercased.
    head: String,
    body: String,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.head
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{name}: ")))
    }
}

/// Sends `GET target` exactly as written and reads the whole response.
fn get(port: u16, target: &str) -> Answer {
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("a response");
    let response = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = response
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("a head and a body in {response:?}"));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or_else(|| panic!("a status in {head:?}"));
    Answer {
        status,
        head: head.to_ascii_lowercase(),
        body: body.to_string(),
    }
}

/// A server-sent event stream, read as it comes.
struct Events {
    stream: TcpStream,
    received: String,
}

impl Events {
    fn open(port: u16, generation: &str) -> Events {
        let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("connect");
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        write!(
            stream,
            "GET /__sourcebook/events?since={generation} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        )
        .unwrap();
        let mut events = Events {
            stream,
            received: String::new(),
        };
        events.wait_for("retry:");
        assert!(
            events
                .received
                .to_ascii_lowercase()
                .contains("content-type: text/event-stream"),
            "{}",
            events.received
        );
        events
    }

    /// Reads until `text` has arrived (or the patience runs out).
    fn wait_for(&mut self, text: &str) {
        let mut buffer = [0; 4096];
        while !self.received.contains(text) {
            let read = self
                .stream
                .read(&mut buffer)
                .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}; got {}", self.received));
            assert!(
                read > 0,
                "the stream ended before {text:?}: {}",
                self.received
            );
            self.received
                .push_str(&String::from_utf8_lossy(&buffer[..read]));
        }
    }
}

fn write(path: impl AsRef<Path>, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn pages_and_assets_are_served_from_memory_with_their_types() {
    let (_tmp, root) = common::copy_fixture("valid");
    let serving = Serving::start(&root);

    let front = serving.get("/");
    assert_eq!(front.status, 200);
    assert_eq!(
        front.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(front.body.contains("Harbour briefing"));
    assert!(front
        .body
        .contains(r#"<script src="/__sourcebook/live.js" data-generation="#));
    for (target, content_type, text) in [
        ("/actors/", "text/html; charset=utf-8", "Northbay"),
        (
            "/sources/harbour-text.html",
            "text/html; charset=utf-8",
            "approved a plan",
        ),
        ("/static/style.css", "text/css; charset=utf-8", "{"),
        ("/data/briefing.json", "application/json", "sourcebook/1"),
        ("/feed.xml", "application/xml", "<feed"),
        ("/static/favicon.svg", "image/svg+xml", "<svg"),
        (
            "/__sourcebook/live.js",
            "text/javascript; charset=utf-8",
            "EventSource",
        ),
    ] {
        let answer = serving.get(target);
        assert_eq!(answer.status, 200, "{target}");
        assert_eq!(
            answer.header("content-type"),
            Some(content_type),
            "{target}"
        );
        assert!(answer.body.contains(text), "{target}: {}", answer.body);
    }
    let style = serving.get("/static/style.css");
    assert!(
        !style.body.contains("__sourcebook"),
        "only pages get the script"
    );

    let folder = serving.get("/actors");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), Some("/actors/"));
    let missing = serving.get("/no-such-page.html");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("<html"), "the site's 404 page");

    assert!(
        !root.join("site").exists(),
        "serve writes no site to disk: {:?}",
        std::fs::read_dir(&root).unwrap().collect::<Vec<_>>()
    );
}

#[test]
fn no_path_reaches_outside_the_site() {
    let (tmp, root) = common::copy_fixture("valid");
    let secret = "the keeper's ledger is private";
    write(tmp.path().join("secret.txt"), secret);
    let serving = Serving::start(&root);
    let escapes = [
        "/../secret.txt",
        "/../../secret.txt",
        "/static/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/static%2f..%2f..%2fsecret.txt",
        "/static/..%2f..%2fsecret.txt",
        "/..\\..\\secret.txt",
        "/%5c..%5csecret.txt",
        "//secret.txt",
        "/./index.html",
        "/index.html%00.css",
        "/%c0%ae%c0%ae/secret.txt",
        "../secret.txt",
        &format!("{}/secret.txt", tmp.path().display()),
        &format!("/{}/secret.txt", tmp.path().display()),
    ];
    for target in escapes {
        let answer = serving.get(target);
        assert!(
            answer.status == 400 || answer.status == 404,
            "{target}: {}",
            answer.status
        );
        assert!(!answer.body.contains(secret), "{target} leaked the file");
    }
    // Files of the project that are not pages of the site stay unserved too.
    for target in [
        "/book.toml",
        "/content/index.md",
        "/content/sources/harbour-text.md",
    ] {
        assert_eq!(serving.get(target).status, 404, "{target}");
    }
}

#[test]
fn it_listens_on_the_loopback_interface_only() {
    let (_tmp, root) = common::copy_fixture("valid");
    let serving = Serving::start(&root);
    #[cfg(target_os = "linux")]
    {
        // The kernel's own table of listening sockets: 0100007F is 127.0.0.1.
        let port = format!(":{:04X} ", serving.port);
        let table = std::fs::read_to_string("/proc/net/tcp").unwrap();
        let listening: Vec<&str> = table
            .lines()
            .filter(|line| line.contains(&port) && line.split_whitespace().nth(3) == Some("0A"))
            .map(|line| line.split_whitespace().nth(1).unwrap())
            .collect();
        assert_eq!(listening, [format!("0100007F{}", port.trim_end())]);
        let table6 = std::fs::read_to_string("/proc/net/tcp6").unwrap_or_default();
        assert!(
            !table6.lines().any(|line| line
                .split_whitespace()
                .nth(1)
                .is_some_and(|local| local.ends_with(port.trim()))
                && line.split_whitespace().nth(3) == Some("0A")),
            "no IPv6 listener"
        );
    }
    // This machine's address on its network, if it has one: nothing answers there.
    let outward = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))
        .and_then(|socket| {
            socket
                .connect((Ipv4Addr::new(192, 0, 2, 1), 9))
                .map(|()| socket)
        })
        .and_then(|socket| socket.local_addr())
        .map(|address| address.ip())
        .ok();
    if let Some(ip) = outward.filter(|ip| !ip.is_loopback() && !ip.is_unspecified()) {
        assert!(
            TcpStream::connect_timeout(&SocketAddr::new(ip, serving.port), Duration::from_secs(2))
                .is_err(),
            "{ip}:{} answered",
            serving.port
        );
    }
    assert_eq!(serving.get("/").status, 200);
}

#[test]
fn a_port_in_use_is_a_clear_error_naming_it() {
    let (_tmp, root) = common::copy_fixture("valid");
    let taken = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let err = common::fails(&root, &["serve", "--port", &port]);
    assert!(err.contains(&format!("port {port} is in use")), "{err}");
    assert!(err.contains("--port"), "says what to do: {err}");
}

#[test]
fn a_folder_without_book_toml_is_refused_before_serving() {
    let tmp = tempfile::tempdir().unwrap();
    let err = common::fails(tmp.path(), &["serve", "--port", "0"]);
    assert!(err.contains("book.toml"), "{err}");
}

#[test]
fn an_edit_reloads_the_page_with_the_new_text() {
    let (_tmp, root) = common::copy_fixture("valid");
    let serving = Serving::start(&root);
    let mut events = serving.events();
    let index = root.join("content/index.md");
    let text = common::read(&index);
    write(
        &index,
        &text.replace(
            "A fixture briefing.",
            "A fixture briefing about the lighthouse gulls.",
        ),
    );
    events.wait_for("event: reload");
    serving.line_starting("built ");
    assert!(serving.get("/").body.contains("the lighthouse gulls"));
}

#[test]
fn a_broken_citation_shows_its_error_until_it_is_fixed() {
    let (_tmp, root) = common::copy_fixture("valid");
    let serving = Serving::start(&root);
    let index = root.join("content/index.md");
    let good = common::read(&index);

    let mut events = serving.events();
    write(
        &index,
        &good.replace(
            "[@harbour-text \"The original design was rejected by the environmental agency\"]",
            "[@harbour-text \"the <b>moon</b> sang over the quay\"]",
        ),
    );
    events.wait_for("event: reload");
    let failed = serving.get("/");
    assert_eq!(failed.status, 500);
    assert!(failed.body.contains("The build failed"), "{}", failed.body);
    assert!(
        failed.body.contains("content/index.md:6:"),
        "file:line: {}",
        failed.body
    );
    assert!(
        failed.body.contains("&lt;b&gt;moon&lt;/b&gt;"),
        "escaped: {}",
        failed.body
    );
    assert!(!failed.body.contains("<b>moon"), "never raw");
    assert!(failed.body.contains(" | "), "the snippet: {}", failed.body);
    assert!(failed.body.contains('^'), "the caret: {}", failed.body);
    assert_eq!(serving.get("/actors/").status, 500, "every page shows it");
    assert_eq!(
        serving.get("/static/style.css").status,
        200,
        "the last good site's assets stay"
    );

    let mut events = serving.events();
    write(&index, &good);
    events.wait_for("event: reload");
    let back = serving.get("/");
    assert_eq!(back.status, 200);
    assert!(back.body.contains("Harbour briefing"));
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_cleanly_and_frees_the_port() {
    let (_tmp, root) = common::copy_fixture("valid");
    let mut serving = Serving::start(&root);
    let _events = serving.events();
    let interrupt = Command::new("kill")
        .args(["-INT", &serving.child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupt.success());
    serving.line_starting("stopped");
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = serving.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "still running after Ctrl-C");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
    TcpListener::bind((Ipv4Addr::LOCALHOST, serving.port)).expect("the port is free again");
}

#[test]
fn the_built_site_never_carries_the_live_reload_script() {
    let (_tmp, root) = common::built_fixture("valid");
    let pages = common::html_pages(&root.join("site"));
    assert!(!pages.is_empty());
    for (path, html) in pages {
        assert!(!html.contains("__sourcebook"), "{path}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_out_of_the_project_is_never_served() {
    let (tmp, root) = common::copy_fixture("valid");
    let secret = "the keeper's ledger is private";
    write(tmp.path().join("secret.txt"), secret);
    std::fs::create_dir(root.join("static")).unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.txt"), root.join("static/leak.txt"))
        .unwrap();
    let serving = Serving::start(&root);
    let answer = serving.get("/static/leak.txt");
    assert!(!answer.body.contains(secret), "the link leaked the file");
    assert_eq!(answer.status, 500, "the build refuses the link");
    assert!(
        answer.body.contains("outside the project folder"),
        "{}",
        answer.body
    );
}

#[cfg(target_os = "linux")]
#[test]
fn open_hands_the_address_to_xdg_open_and_goes_on_without_it() {
    use std::os::unix::fs::PermissionsExt;
    let (tmp, root) = common::copy_fixture("valid");
    let bin = tmp.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let opened = tmp.path().join("opened.txt");
    let launcher = bin.join("xdg-open");
    write(
        &launcher,
        &format!("#!/bin/sh\necho \"$1\" > '{}'\n", opened.display()),
    );
    std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755)).unwrap();
    let opening_with = |path: &Path| {
        let path = path.to_path_buf();
        move |command: &mut Command| {
            command.arg("--open").env("PATH", path);
        }
    };

    let serving = Serving::start_with(&root, opening_with(&bin));
    let deadline = Instant::now() + PATIENCE;
    let written = || std::fs::read_to_string(&opened).is_ok_and(|text| text.ends_with('\n'));
    while !written() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        common::read(&opened).trim(),
        format!("http://127.0.0.1:{}/", serving.port)
    );
    drop(serving);

    let nothing = tmp.path().join("empty");
    std::fs::create_dir(&nothing).unwrap();
    let serving = Serving::start_with(&root, opening_with(&nothing));
    assert_eq!(serving.get("/").status, 200, "no launcher, no error");
}
