#!/bin/sh
# Installs what the browser tests need (tests/browser/run.mjs) on a Debian machine with apt:
# Chromium (and its driver, when the archive has it), a Java runtime for the Nu HTML checker
# (only when no `java` is on PATH), Node.js and npm (only when missing), then the pinned npm
# packages (npm ci). Idempotent: installed packages are left alone and `apt-get update` runs
# at most once, and only when something is missing. Run as root (or with sudo available).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
export DEBIAN_FRONTEND=noninteractive

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

UPDATED=""
apt_update_once() {
    if [ -z "$UPDATED" ]; then
        $SUDO apt-get update -q
        UPDATED=yes
    fi
}

missing=""
installed chromium || missing="$missing chromium"
command -v java >/dev/null 2>&1 || missing="$missing default-jre-headless"
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
    apt_update_once
    # shellcheck disable=SC2086
    $SUDO apt-get install -y -q $missing
fi

# Optional (run.mjs drives Chromium over CDP, not WebDriver): installed when the package lists
# know it, without an extra `apt-get update` just for it.
if ! installed chromium-driver; then
    if apt-cache show chromium-driver >/dev/null 2>&1; then
        $SUDO apt-get install -y -q chromium-driver \
            || echo "install.sh: could not install chromium-driver (optional; not needed by run.mjs)" >&2
    else
        echo "install.sh: chromium-driver is not in the package lists (optional; skipped)" >&2
    fi
fi

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
    echo "install.sh: node $(node --version) is too old: playwright-core needs Node.js 20 or later" >&2
    echo "install.sh: (Debian 12's nodejs is 18; install 20+ from Debian 13, backports or nodejs.org)" >&2
    exit 1
fi

# The exact versions of package-lock.json. Scripts are skipped: vnu-jar's postinstall would
# download a JDK, and the system Java is used instead.
cd "$HERE"
npm ci --ignore-scripts --no-audit --no-fund

echo "install.sh: ready: $(command -v chromium || echo /usr/bin/chromium), java $(java -version 2>&1 | head -n 1), node $(node --version)"
echo "install.sh: run: node $HERE/run.mjs SITE_DIR"
