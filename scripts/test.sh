#!/usr/bin/env bash
# The whole test suite, browser tests included, on a fresh Debian machine: installs Chromium,
# a Java runtime and the pinned npm packages (tests/browser/install.sh), then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/browser/install.sh
# The fuzz harness runs 10 s under a plain `cargo test`; CI gives it a minute.
export SOURCEBOOK_FUZZ_SECONDS=${SOURCEBOOK_FUZZ_SECONDS:-60}
SOURCEBOOK_BROWSER_TESTS=1 cargo test --locked "$@"
