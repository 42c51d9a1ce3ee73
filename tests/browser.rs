//! Browser tests: each builds a project with the real binary into a temporary folder, then runs
//! a script of `tests/browser/` on the site in Chromium (through playwright-core):
//!
//! - the showcase, with `run.mjs`: links and anchors, console errors, search, citations,
//!   screenshots, overflow, axe-core, the Nu HTML checker;
//! - `sourcebook serve` on a copy of `tests/fixtures/valid`, with `serve.mjs`: an edit reloads
//!   the open page, a broken citation shows the error page, the fix brings the site back;
//! - `tests/fixtures/hostile`, with `hostile.mjs`: every page without its Content-Security-Policy
//!   (over HTTP and file://), focused, tabbed through and clicked, runs nothing from its text.
//!
//! Opt-in, as they need Chromium, Node.js 20+ and (for the showcase) Java:
//! `tests/browser/install.sh && SOURCEBOOK_BROWSER_TESTS=1 cargo test --test browser -- --nocapture`

mod common;

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

/// One browser at a time: the suites are timing-sensitive (search waits, settling) and the
/// machine may be small.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The `tests/browser` folder when the browser tests are to run (`SOURCEBOOK_BROWSER_TESTS=1`),
/// after checking that Node.js, Chromium, the npm `packages` and (if `java`) Java are there;
/// `None` when they are not asked for.
fn browser_suite(packages: &[&str], java: bool) -> Option<PathBuf> {
    if std::env::var("SOURCEBOOK_BROWSER_TESTS").as_deref() != Ok("1") {
        println!("skipped: set SOURCEBOOK_BROWSER_TESTS=1 (and run tests/browser/install.sh)");
        return None;
    }
    let suite = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());

    let mut missing = Vec::new();
    if !runs("node", "--version") {
        missing.push("node (Node.js 20 or later)".to_string());
    }
    if java && !runs("java", "-version") {
        missing.push("java (for the Nu HTML checker)".to_string());
    }
    if !Path::new(&chromium).exists() {
        missing.push(format!("Chromium at {chromium}"));
    }
    for package in packages {
        let manifest = suite
            .join("node_modules")
            .join(package)
            .join("package.json");
        if !manifest.exists() {
            missing.push(format!("tests/browser/node_modules/{package}"));
        }
    }
    assert!(
        missing.is_empty(),
        "SOURCEBOOK_BROWSER_TESTS=1 but the browser tests cannot run; missing: {}.\n\
         Run tests/browser/install.sh (as root) first.",
        missing.join(", ")
    );
    Some(suite)
}

/// Builds `project` with the real binary into `site` inside a new temporary folder.
fn build(project: &Path) -> (tempfile::TempDir, PathBuf) {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let site = temp.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_sourcebook"))
        .arg("build")
        .arg("--project")
        .arg(project)
        .arg("--out")
        .arg(&site)
        .output()
        .expect("run sourcebook build");
    assert!(
        build.status.success(),
        "sourcebook build failed:\n{}{}",
        String::from_utf8_lossy(&build.stdout),
        String::from_utf8_lossy(&build.stderr)
    );
    (temp, site)
}

/// Runs `node tests/browser/<script> ARGS…`, shows its output, and fails the test if it fails.
fn run_script(suite: &Path, script: &str, args: &[&OsStr]) {
    let _browser = ONE_BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let run = Command::new("node")
        .arg(suite.join(script))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run node tests/browser/{script}: {e}"));
    println!("{}", String::from_utf8_lossy(&run.stdout));
    eprintln!("{}", String::from_utf8_lossy(&run.stderr));
    assert!(
        run.status.success(),
        "tests/browser/{script} failed (exit {:?}); the FAIL lines above say what and where",
        run.status.code()
    );
}

#[test]
fn showcase_site_passes_the_browser_checks() {
    let Some(suite) = browser_suite(&["playwright-core", "axe-core", "vnu-jar"], true) else {
        return;
    };
    let (_temp, site) = build(Path::new(env!("CARGO_MANIFEST_DIR")));
    run_script(&suite, "run.mjs", &[site.as_os_str()]);
}

#[test]
fn hostile_fixture_runs_nothing_without_the_content_security_policy() {
    let Some(suite) = browser_suite(&["playwright-core"], false) else {
        return;
    };
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let (_temp, site) = build(&fixture);
    run_script(&suite, "hostile.mjs", &[site.as_os_str()]);
}

#[test]
fn serve_reloads_the_page_and_shows_a_failed_build() {
    let Some(suite) = browser_suite(&["playwright-core"], false) else {
        return;
    };
    let (_temp, project) = common::copy_fixture("valid");
    let mut server = Command::new(env!("CARGO_BIN_EXE_sourcebook"))
        .args(["serve", "--port", "0", "--project"])
        .arg(&project)
        .stdout(Stdio::piped())
        .spawn()
        .expect("run sourcebook serve");
    let mut lines = BufReader::new(server.stdout.take().unwrap()).lines();
    let url = lines.by_ref().map_while(Result::ok).find_map(|line| {
        line.strip_prefix("serving ")
            .and_then(|rest| rest.split_whitespace().next())
            .map(str::to_string)
    });
    // What it says about rebuilds is shown with the test's output.
    std::thread::spawn(move || {
        lines
            .map_while(Result::ok)
            .for_each(|line| println!("{line}"))
    });
    let run = std::panic::catch_unwind(|| {
        let url = url.expect("serve prints the address it serves");
        run_script(&suite, "serve.mjs", &[url.as_ref(), project.as_os_str()]);
    });
    let _ = server.kill();
    let _ = server.wait();
    if let Err(panic) = run {
        std::panic::resume_unwind(panic);
    }
}
