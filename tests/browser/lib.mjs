// What the browser scripts share: how Chromium is launched, how a built site is listed, and
// how a request path maps to a file inside the site (never outside it).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing phoning home. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * The built site named on the command line, as a real path; exits with a usage line (status 2)
 * when it is missing or not a site, or when Chromium is not installed.
 */
export function siteFromArguments(script) {
  const siteArg = process.argv[2];
  if (!siteArg || siteArg === '--help' || siteArg === '-h') {
    console.error(`usage: node tests/browser/${script} SITE_DIR`);
    process.exit(2);
  }
  const site = fs.realpathSync(path.resolve(siteArg));
  if (!fs.existsSync(path.join(site, 'index.html'))) {
    console.error(`error: ${site} has no index.html; build the site first (sourcebook build --out DIR)`);
    process.exit(2);
  }
  if (!fs.existsSync(CHROMIUM)) {
    console.error(`error: no Chromium at ${CHROMIUM}; run tests/browser/install.sh (or set CHROMIUM)`);
    process.exit(2);
  }
  return site;
}

/** The path of a request, or null after answering 400 to one that is not a URL. */
export function requestPath(req, res) {
  try {
    return new URL(req.url, 'http://127.0.0.1').pathname;
  } catch {
    res.writeHead(400).end();
    return null;
  }
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function listFiles(dir, rel = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, r));
    else if (entry.isFile()) out.push(r);
  }
  return out.sort();
}

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};
export const contentType = (file) => CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';

/**
 * A function from a request's URL path to the file inside `site` (a real path) that it names
 * below `prefix`, or null: never anything outside the site, through `..` or symlinks.
 */
export function siteResolver(site, prefix) {
  return function resolveRequestPath(pathname) {
    if (!pathname.startsWith(prefix)) return null;
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return null;
    }
    if (rel.includes('\0') || rel.includes('\\')) return null;
    const normal = path.posix.normalize(`/${rel}`); // ".." cannot climb above "/"
    let abs = path.resolve(site, `.${normal}`);
    if (abs !== site && !abs.startsWith(site + path.sep)) return null;
    try {
      abs = fs.realpathSync(abs); // symlinks must not lead out either
    } catch {
      return null;
    }
    if (abs !== site && !abs.startsWith(site + path.sep)) return null;
    let stat = fs.statSync(abs);
    if (stat.isDirectory()) {
      abs = path.join(abs, 'index.html');
      if (!fs.existsSync(abs)) return null;
      stat = fs.statSync(abs);
    }
    return stat.isFile() ? abs : null;
  };
}

/** Whether a raw request URL has a `..` segment, plain or percent-encoded. */
export const climbs = (rawUrl) => rawUrl.split('?')[0].split('/').some((seg) => seg === '..' || seg.toLowerCase() === '%2e%2e');
