//! Browser tests of the showcase site: builds it with the real binary into a temporary folder,
//! then runs `tests/browser/run.mjs` on it (Chromium through playwright-core: links and anchors,
//! console errors, search, citations, screenshots, overflow, axe-core, the Nu HTML checker).
//!
//! Opt-in, as they need Chromium, Java and Node.js 20+:
//! `tests/browser/install.sh && SOURCEBOOK_BROWSER_TESTS=1 cargo test --test browser -- --nocapture`

use std::path::Path;
use std::process::Command;

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn showcase_site_passes_the_browser_checks() {
    if std::env::var("SOURCEBOOK_BROWSER_TESTS").as_deref() != Ok("1") {
        println!("skipped: set SOURCEBOOK_BROWSER_TESTS=1 (and run tests/browser/install.sh)");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let suite = root.join("tests").join("browser");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());

    let mut missing = Vec::new();
    if !runs("node", "--version") {
        missing.push("node (Node.js 20 or later)".to_string());
    }
    if !runs("java", "-version") {
        missing.push("java (for the Nu HTML checker)".to_string());
    }
    if !Path::new(&chromium).exists() {
        missing.push(format!("Chromium at {chromium}"));
    }
    for package in ["playwright-core", "axe-core", "vnu-jar"] {
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

    let temp = tempfile::tempdir().expect("a temporary folder");
    let site = temp.path().join("site");
    let build = Command::new(env!("CARGO_BIN_EXE_sourcebook"))
        .arg("build")
        .arg("--project")
        .arg(root)
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

    let run = Command::new("node")
        .arg(suite.join("run.mjs"))
        .arg(&site)
        .output()
        .expect("run node tests/browser/run.mjs");
    println!("{}", String::from_utf8_lossy(&run.stdout));
    eprintln!("{}", String::from_utf8_lossy(&run.stderr));
    assert!(
        run.status.success(),
        "the browser checks failed (exit {:?}); the FAIL lines above say what and where",
        run.status.code()
    );
}
