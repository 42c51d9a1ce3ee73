#!/usr/bin/env node
// Proves in a real browser that a site built by sourcebook is safe WITHOUT its
// Content-Security-Policy: nothing an editor or a source wrote may run, add a handler or a
// style, or navigate anywhere but http(s) and file.
//
//   node tests/browser/hostile.mjs SITE_DIR
//
// Every .html page of SITE_DIR is loaded twice in Debian's Chromium (playwright-core): over
// HTTP from a sub-path, with the `<meta http-equiv="Content-Security-Policy">` removed on the
// fly (and no CSP header), and over file:// from a copy of the site with the meta removed.
// While a page is open the script listens for dialogs (alert, confirm, prompt), console
// messages and uncaught exceptions, requests to any URL containing "pwned" (other than the
// site's own files), navigations to anything but http(s)/file, frames, popups and web sockets.
// After load it focuses every element (focus() on each, then Tab through the page), hovers and
// clicks every link whose href is a fragment ("#", "#x") or has a scheme other than
// http(s)/mailto (javascript:, data:, vbscript:…), and never follows any other link. Then it
// checks that window.__pwned is unset, document.title is the page's own <title>, and that no
// element has an on* attribute, a style attribute, autofocus or srcdoc, no URL attribute has
// a javascript:/data:/vbscript: value, no iframe/object/embed/base/style/meta-refresh
// element exists, and the only scripts are the site's static/search.js,
// static/search-index.js and the index's shards in static/search/ (plus inert
// application/ld+json data that parses as JSON).
// search.html is also loaded with hostile ?q= queries and a hostile #hash, and searched for
// words of the hostile text so that results built from it are on the page.
//
// A canary page (the site's index.html plus a live payload) is checked first over both
// schemes: every detector must fire on it, which proves the CSP really was removed and the
// checks can see an injection. Any hit on a real page is a FAIL naming the page and the
// vector; the script exits 1 on failure and prints a summary.

import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { climbs, contentType, launchChromium, listFiles, requestPath, siteFromArguments, siteResolver } from './lib.mjs';

const PREFIX = '/hostile/';
const NAV_TIMEOUT = 30_000;
const SETTLE_MS = 150;
const MAX_TABS = 150;
const MAX_CLICKS = 250;
const MARKER = /pwned/i;
const CANARY = '__hostile-canary__.html';
const SEARCH_QUERIES = [
  '<img src=x onerror=window.__pwned=1>',
  '"><svg onload=window.__pwned=1>',
  "</script><script>document.title='PWNED'</script>",
  'javascript:window.__pwned=1',
  'onerror',
  'script',
  'pwned',
  'svg onload',
  'Valdez',
  'breakwater',
];

// ---------------------------------------------------------------- reporting

const failures = []; // { where, vector, message }
const warnings = [];
function fail(where, vector, message) {
  failures.push({ where, vector, message });
  console.log(`FAIL ${where} [${vector}] ${message}`);
}
function warn(where, message) {
  warnings.push({ where, message });
}

// ---------------------------------------------------------------- arguments and the site

const SITE = siteFromArguments('hostile.mjs');
const HTML_FILES = listFiles(SITE).filter((f) => f.endsWith('.html'));

const CSP_META = /<meta\b[^>]*\bhttp-equiv\s*=\s*(["']?)content-security-policy\1[^>]*>/gi;
/** The page without its CSP meta; `removed` counts what went. */
function stripCsp(html) {
  let removed = 0;
  const out = html.replace(CSP_META, () => {
    removed++;
    return '';
  });
  return { html: out, removed };
}

/** The site's index.html with a payload that every detector must see. */
function canaryHtml() {
  const index = fs.readFileSync(path.join(SITE, 'index.html'), 'utf8');
  const payload = `<section id="hostile-canary">
<script>window.__pwned = 1;</script>
<img src="missing-canary.png" onerror="alert('canary')" alt="">
<h2 tabindex="0" onfocus="document.title = 'PWNED'" style="outline: 1px solid red" autofocus>canary</h2>
<a href="javascript:void(fetch('pwned-canary').catch(function () {}), console.log('pwned canary link'))">canary link</a>
</section>
`;
  if (!index.includes('</main>')) throw new Error('index.html has no </main> to put the canary before');
  return index.replace('</main>', `${payload}</main>`);
}
/** What must fire on the canary, over each scheme. */
const CANARY_EXPECTS = ['dialog', 'console', 'request', 'window.__pwned', 'document.title', 'script', 'handler attribute', 'style attribute', 'autofocus', 'javascript: URL'];

// ---------------------------------------------------------------- serving without the CSP

const resolveRequestPath = siteResolver(SITE, PREFIX);
let strippedOverHttp = 0;

function startServer() {
  const canary = stripCsp(canaryHtml());
  const server = http.createServer((req, res) => {
    const pathname = requestPath(req, res);
    if (pathname === null) return;
    // No Content-Security-Policy header, ever: that is the point.
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (pathname === `${PREFIX}${CANARY}`) {
      res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' });
      res.end(canary.html);
      return;
    }
    const file = climbs(req.url) ? null : resolveRequestPath(pathname);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    let body = fs.readFileSync(file);
    if (/\.html?$/i.test(file)) {
      const stripped = stripCsp(body.toString('utf8'));
      strippedOverHttp += stripped.removed;
      body = Buffer.from(stripped.html, 'utf8');
    }
    res.writeHead(200, { ...headers, 'Content-Type': contentType(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A copy of the site with the CSP meta removed from every page, and the canary beside them. */
function strippedCopy() {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-hostile-')));
  fs.cpSync(SITE, dir, { recursive: true });
  let removed = 0;
  for (const file of HTML_FILES) {
    const abs = path.join(dir, file);
    const stripped = stripCsp(fs.readFileSync(abs, 'utf8'));
    removed += stripped.removed;
    fs.writeFileSync(abs, stripped.html);
  }
  fs.writeFileSync(path.join(dir, CANARY), stripCsp(canaryHtml()).html);
  return { dir, removed };
}

// ---------------------------------------------------------------- one page, watched

/**
 * Loads `url`, provokes it (focus, Tab, hover and click on fragment and script-like links,
 * then `act`), and returns every hit as { vector, detail }.
 */
async function visit(context, mode, url, raw, { act } = {}) {
  const page = await context.newPage();
  page.setDefaultTimeout(NAV_TIMEOUT);
  const hits = [];
  const hit = (vector, detail) => hits.push({ vector, detail });
  const stats = { focused: 0, tabs: 0, clicked: 0, ms: 0 };
  page.on('dialog', (dialog) => {
    hit('dialog', `${dialog.type()}(${JSON.stringify(dialog.message())})`);
    dialog.dismiss().catch(() => {});
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (MARKER.test(text)) hit('console', `console.${msg.type()}: ${text.slice(0, 200)}`);
    else if (msg.type() === 'error') warn(`${mode.name} ${mode.label(url)}`, `console error: ${text.slice(0, 200)}`);
  });
  page.on('pageerror', (err) => hit('exception', `uncaught exception: ${String(err.message).slice(0, 200)}`));
  page.on('request', (req) => {
    const u = req.url();
    const scheme = u.slice(0, Math.max(0, u.indexOf(':'))).toLowerCase();
    if (req.isNavigationRequest() && !['http', 'https', 'file', 'about'].includes(scheme)) hit('navigation', `navigation to ${u.slice(0, 200)}`);
    if (MARKER.test(u) && !mode.isSiteFile(u)) hit('request', `request to ${u.slice(0, 200)}`);
  });
  page.on('framenavigated', (frame) => {
    const u = frame.url();
    if (frame !== page.mainFrame()) hit('frame', `a frame loaded ${u.slice(0, 200)}`);
    else if (!/^(https?|file):/i.test(u) && u !== 'about:blank') hit('navigation', `the page navigated to ${u.slice(0, 200)}`);
  });
  page.on('frameattached', () => hit('frame', 'a frame was attached to the page'));
  page.on('popup', (popup) => {
    hit('popup', `a window was opened: ${popup.url()}`);
    popup.close().catch(() => {});
  });
  page.on('websocket', (ws) => hit('request', `web socket to ${ws.url()}`));

  const t0 = Date.now();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    // The page's own title, parsed without running anything.
    const expectedTitle = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').title, raw);

    // Focus: focus() on every element, then Tab through the page from the top.
    stats.focused = await page.evaluate(() => {
      let n = 0;
      for (const el of document.querySelectorAll('*')) {
        if (typeof el.focus !== 'function') continue;
        el.focus({ preventScroll: true });
        if (document.activeElement === el) n++;
      }
      if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
      return n;
    });
    const focusable = await page.evaluate(() => document.querySelectorAll('a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]').length);
    const tabs = Math.min(focusable + 1, MAX_TABS);
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    stats.tabs = tabs;

    // Hover and click fragment and script-like links, never any other.
    const links = await page.$$('a, area');
    let clickable = 0;
    for (const link of links) {
      const href = await link.evaluate((el) => el.getAttribute('href') ?? el.getAttributeNS('http://www.w3.org/1999/xlink', 'href'));
      if (href === null) continue;
      const plain = href.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(plain);
      const inPage = plain.startsWith('#') && href.trim().length > 0;
      const scriptLike = scheme && !['http', 'https', 'mailto'].includes(scheme[1]);
      if (!inPage && !scriptLike) continue;
      clickable++;
      if (stats.clicked >= MAX_CLICKS) continue;
      stats.clicked++;
      await link.hover({ timeout: 1000, force: true }).catch(() => {});
      await link.click({ timeout: 1000, force: true, noWaitAfter: true }).catch(() =>
        link.evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }))).catch(() => {}),
      );
      if (!samePage(page.url(), url)) {
        hit('navigation', `clicking href ${JSON.stringify(href.slice(0, 120))} left the page for ${page.url().slice(0, 200)}`);
        await page.goto(url, { waitUntil: 'load' });
        break; // the other links' handles died with the page
      }
    }
    if (clickable > MAX_CLICKS) warn(`${mode.name} ${mode.label(url)}`, `${clickable} in-page or script-like links; only the first ${MAX_CLICKS} were clicked`);

    if (act) await act(page, hit);
    await page.waitForTimeout(SETTLE_MS);

    for (const h of await page.evaluate(inspect, { expectedTitle, root: mode.root })) hit(h.vector, h.detail);
  } catch (err) {
    hit('harness', `the check crashed: ${String(err && err.message ? err.message : err).split('\n')[0]}`);
  }
  await page.close().catch(() => {});
  stats.ms = Date.now() - t0;
  return { hits, stats };
}

/** Whether two URLs name the same document (the fragment aside, however the query is encoded). */
function samePage(a, b) {
  const key = (u) => {
    const p = new URL(u);
    let search = p.search;
    try {
      search = decodeURIComponent(search.replace(/\+/g, ' '));
    } catch {
      // keep it encoded
    }
    return `${p.protocol}//${p.host}${decodeURIComponent(p.pathname)}${search}`;
  };
  try {
    return key(a) === key(b);
  } catch {
    return a.split('#')[0] === b.split('#')[0];
  }
}

/** Runs in the page: what is on it now that should not be. */
function inspect({ expectedTitle, root }) {
  const out = [];
  const hit = (vector, detail) => out.push({ vector, detail });
  const show = (el) => {
    const html = el.outerHTML || String(el);
    return html.length > 160 ? `${html.slice(0, 160)}…` : html;
  };
  if (typeof window.__pwned !== 'undefined') hit('window.__pwned', `window.__pwned is ${String(window.__pwned)}`);
  if (document.title !== expectedTitle) hit('document.title', `document.title changed to ${JSON.stringify(document.title.slice(0, 120))}`);
  if (document.querySelector('meta[http-equiv="content-security-policy" i]')) hit('harness', 'the CSP meta is still on the page: this run would prove nothing');

  const URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'ping', 'srcset', 'imagesrcset', 'lowsrc', 'dynsrc', 'codebase', 'archive', 'longdesc', 'manifest', 'icon', 'usemap', 'classid', 'profile']);
  const BAD_SCHEME = /^(javascript|vbscript|data|livescript|mocha):/;
  const BAD_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'style', 'fencedframe']);
  const OWN_SCRIPTS = new Set([`${root}static/search.js`, `${root}static/search-index.js`]);
  for (const el of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
    const tag = el.localName.toLowerCase();
    if (BAD_ELEMENTS.has(tag)) hit(`<${tag}> element`, show(el));
    if (tag === 'meta' && /refresh|set-cookie/i.test(el.getAttribute('http-equiv') || '')) hit('meta refresh', show(el));
    if (tag === 'link' && /\b(stylesheet|import|preload|modulepreload|prefetch)\b/i.test(el.getAttribute('rel') || '') && !String(el.href).startsWith(root)) hit('foreign link', show(el));
    if (tag === 'script') {
      const src = el.getAttribute('src');
      if (src !== null) {
        // The search index's shards come and go while a search loads them.
        const shard = el.src.startsWith(`${root}static/search/`) && /^[td]\d+\.js$/.test(el.src.slice(`${root}static/search/`.length));
        if (!OWN_SCRIPTS.has(el.src) && !shard) hit('script', `a script from ${el.src}: ${show(el)}`);
      } else if ((el.getAttribute('type') || '').trim().toLowerCase() === 'application/ld+json') {
        try {
          JSON.parse(el.textContent);
        } catch {
          hit('script', `application/ld+json that is not JSON: ${show(el)}`);
        }
      } else {
        hit('script', `an inline script: ${show(el)}`);
      }
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) hit('handler attribute', `${name} on ${show(el)}`);
      else if (name === 'style') hit('style attribute', show(el));
      else if (name === 'autofocus') hit('autofocus', show(el));
      else if (name === 'srcdoc') hit('srcdoc', show(el));
      if (URL_ATTRIBUTES.has(name)) {
        const values = name.endsWith('srcset') ? attr.value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [attr.value];
        for (const v of values) {
          const plain = v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          const m = BAD_SCHEME.exec(plain);
          if (m) hit(`${m[1]}: URL`, `${name}=${JSON.stringify(v.slice(0, 80))} on ${show(el)}`);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- search.html, provoked

/** Types each query into the search box and submits it, so results from hostile text show. */
async function typeQueries(page, hit) {
  for (const q of SEARCH_QUERIES) {
    const input = await page.$('#search-input');
    if (!input) {
      hit('harness', 'search.html has no #search-input to type into');
      return;
    }
    await input.fill(q);
    await input.press('Enter');
    await page.waitForTimeout(SETTLE_MS);
  }
}

// ---------------------------------------------------------------- main

const started = Date.now();
console.log(`site: ${SITE}`);
console.log(`${HTML_FILES.length} HTML pages`);
const server = await startServer();
const port = server.address().port;
const base = `http://127.0.0.1:${port}${PREFIX}`;
const copy = strippedCopy();
const copyRoot = pathToFileURL(copy.dir).href.replace(/\/?$/, '/');
console.log(`serving at ${base} (CSP meta removed on the fly); file:// copy at ${copy.dir} (${copy.removed} CSP metas removed)`);
if (copy.removed < HTML_FILES.length) warn('file://', `only ${copy.removed} of ${HTML_FILES.length} pages had a CSP meta to remove`);

const modes = [
  {
    name: 'HTTP',
    root: base,
    url: (file) => `${base}${file}`,
    label: (u) => decodeURIComponent(new URL(u).pathname.slice(PREFIX.length)) + new URL(u).search + new URL(u).hash,
    isSiteFile: (u) => {
      try {
        const parsed = new URL(u);
        return parsed.origin === `http://127.0.0.1:${port}` && parsed.pathname !== `${PREFIX}${CANARY}` && !!resolveRequestPath(parsed.pathname);
      } catch {
        return false;
      }
    },
  },
  {
    name: 'file://',
    root: copyRoot,
    url: (file) => pathToFileURL(path.join(copy.dir, file)).href,
    label: (u) => path.relative(copy.dir, fileURLToPath(u.split('#')[0].split('?')[0])) + new URL(u).search + new URL(u).hash,
    isSiteFile: (u) => {
      if (!u.startsWith('file:')) return false;
      try {
        const p = fileURLToPath(u.split('#')[0].split('?')[0]);
        return p.startsWith(copy.dir + path.sep) && fs.existsSync(p) && path.basename(p) !== CANARY;
      } catch {
        return false;
      }
    },
  },
];

const browser = await launchChromium();
const totals = { pages: 0, visits: 0, focused: 0, tabs: 0, clicked: 0, canary: 0 };
try {
  for (const mode of modes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // Nothing leaves the machine: requests elsewhere are refused (and a marker in them is a hit).
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(`http://127.0.0.1:${port}/`) || u.startsWith('file:') || u.startsWith('data:')) return route.continue();
      warn(mode.name, `request outside the site refused: ${u.slice(0, 160)}`);
      return route.abort();
    });

    console.log(`\n== ${mode.name}: canary`);
    const canaryRaw = stripCsp(canaryHtml()).html;
    const canary = await visit(context, mode, mode.url(CANARY), canaryRaw);
    const seen = new Set(canary.hits.map((h) => h.vector));
    const missed = CANARY_EXPECTS.filter((v) => !seen.has(v));
    if (missed.length) fail(`${mode.name} ${CANARY}`, 'harness', `the canary's injection went unseen by: ${missed.join(', ')} (saw: ${[...seen].join(', ') || 'nothing'}); is the CSP really removed?`);
    else console.log(`ok canary: every detector fired (${CANARY_EXPECTS.join(', ')})`);
    totals.canary += CANARY_EXPECTS.length - missed.length;

    console.log(`\n== ${mode.name}: ${HTML_FILES.length} pages without the CSP`);
    const visits = HTML_FILES.map((file) => ({ file, url: mode.url(file) }));
    if (HTML_FILES.includes('search.html')) {
      for (const q of SEARCH_QUERIES) visits.push({ file: 'search.html', url: `${mode.url('search.html')}?q=${encodeURIComponent(q)}` });
      visits.push({ file: 'search.html', url: `${mode.url('search.html')}#${encodeURIComponent('<img src=x onerror=window.__pwned=1>')}` });
      visits.push({ file: 'search.html', url: mode.url('search.html'), act: typeQueries, note: ' (queries typed)' });
    }
    for (const v of visits) {
      const raw = stripCsp(fs.readFileSync(path.join(SITE, v.file), 'utf8')).html;
      const where = `${mode.name} ${mode.label(v.url)}${v.note || ''}`;
      const { hits, stats } = await visit(context, mode, v.url, raw, { act: v.act });
      totals.visits++;
      if (!v.act && !v.url.includes('?') && !v.url.includes('#')) totals.pages++;
      totals.focused += stats.focused;
      totals.tabs += stats.tabs;
      totals.clicked += stats.clicked;
      const seenHere = new Set();
      for (const h of hits) {
        const key = `${h.vector}\u0000${h.detail}`;
        if (seenHere.has(key)) continue;
        seenHere.add(key);
        fail(where, h.vector, h.detail);
      }
      if (!hits.length) console.log(`ok ${where}: ${stats.focused} focused, ${stats.tabs} tabs, ${stats.clicked} links hovered and clicked (${(stats.ms / 1000).toFixed(1)} s)`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  fs.rmSync(copy.dir, { recursive: true, force: true });
}
if (strippedOverHttp === 0) fail('HTTP', 'harness', 'no CSP meta was removed over HTTP: the pages were not the site\'s, or the meta changed shape');

// ---------------------------------------------------------------- summary

console.log('\n== summary');
console.log(`pages:              ${HTML_FILES.length} (.html), each over HTTP and file:// without the CSP`);
console.log(`visits:             ${totals.visits} (search.html also with ${SEARCH_QUERIES.length} hostile ?q= queries, a #hash and typed queries)`);
console.log(`provoked:           ${totals.focused} elements focused, ${totals.tabs} Tab presses, ${totals.clicked} links hovered and clicked`);
console.log(`canary detectors:   ${totals.canary} of ${CANARY_EXPECTS.length * modes.length} fired`);
console.log(`time:               ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (warnings.length) {
  const grouped = new Map();
  for (const w of warnings) {
    if (!grouped.has(w.message)) grouped.set(w.message, []);
    if (!grouped.get(w.message).includes(w.where)) grouped.get(w.message).push(w.where);
  }
  console.log(`\n${grouped.size} warning(s) (not failures):`);
  for (const [message, places] of grouped) console.log(`WARN ${places.slice(0, 4).join(', ')}${places.length > 4 ? `, … (${places.length} places)` : ''}: ${message}`);
}
if (failures.length) {
  console.log(`\n${failures.length} FAILURE(S): a page is unsafe without its Content-Security-Policy`);
  for (const f of failures) console.log(`FAIL ${f.where} [${f.vector}] ${f.message}`);
  process.exit(1);
}
console.log('\nno injection: every page is safe without its Content-Security-Policy');
