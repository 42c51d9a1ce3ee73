#!/usr/bin/env node
// Browser tests for a site built by sourcebook.
//
//   node tests/browser/run.mjs SITE_DIR
//
// Serves SITE_DIR from a sub-path over HTTP (and opens it over file://), then checks, with
// Debian's Chromium driven by playwright-core:
//   - every internal link and #fragment reachable from index.html (BFS crawl), console errors,
//     failed requests, responses >= 400, the 404 page, links that would break over file://;
//   - each page type over file:// (console errors, stylesheet applied);
//   - search (search.html: name and alias queries, typed and from ?q=), over HTTP and file://;
//   - sharded search: words in two term shards, a prefix, no results, a title match ranked
//     first, and never every shard loaded, over HTTP and file://;
//   - citations: a reference-list link to a source passage lands on a highlighted :target;
//   - screenshots at 375 and 1280 px, no horizontal overflow at 320 or 375 px;
//   - axe-core (serious and critical violations), light and dark colour schemes;
//   - the Nu HTML checker (vnu.jar) on one built file of each page type.
// Exits 1 and prints every failure when anything fails. Screenshots go to
// tests/browser/artifacts/ (or $SOURCEBOOK_BROWSER_ARTIFACTS).

import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { climbs, launchChromium, listFiles, contentType, requestPath, siteFromArguments, siteResolver } from './lib.mjs';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const PREFIX = '/briefing/';
const ARTIFACTS = path.resolve(process.env.SOURCEBOOK_BROWSER_ARTIFACTS || path.join(HERE, 'artifacts'));
const NAV_TIMEOUT = 30_000;
const SEARCH_TIMEOUT = 5_000;

// ---------------------------------------------------------------- reporting

const failures = []; // { check, where, message }
const warnings = [];
const skips = [];
function fail(check, where, message) {
  failures.push({ check, where, message });
}
function warn(check, where, message) {
  warnings.push({ check, where, message });
}
function skip(check, message) {
  skips.push({ check, message });
  console.log(`SKIP ${check}: ${message}`);
}
function step(title) {
  console.log(`\n== ${title}`);
}
async function guarded(check, where, fn) {
  try {
    return await fn();
  } catch (err) {
    fail(check, where, `check crashed: ${String(err && err.stack ? err.stack : err).split('\n').slice(0, 3).join(' | ')}`);
    return undefined;
  }
}

// ---------------------------------------------------------------- arguments

const SITE = siteFromArguments('run.mjs');

// ---------------------------------------------------------------- the site on disk

const ALL_FILES = listFiles(SITE);
const HTML_FILES = ALL_FILES.filter((f) => f.endsWith('.html'));

function firstMatching(re, exclude = () => false) {
  return HTML_FILES.filter((f) => re.test(f) && !exclude(f)).sort()[0];
}
const isIndex = (f) => f.endsWith('/index.html');
const PAGE_TYPE_RULES = [
  ['index', () => (HTML_FILES.includes('index.html') ? 'index.html' : undefined)],
  ['timeline', () => (HTML_FILES.includes('timeline.html') ? 'timeline.html' : undefined)],
  ['discrepancies', () => (HTML_FILES.includes('discrepancies.html') ? 'discrepancies.html' : undefined)],
  ['actors-index', () => (HTML_FILES.includes('actors/index.html') ? 'actors/index.html' : undefined)],
  ['actor', () => firstMatching(/^actors\/[^/]+\.html$/, isIndex)],
  ['events-index', () => (HTML_FILES.includes('events/index.html') ? 'events/index.html' : undefined)],
  ['event', () => firstMatching(/^events\/[^/]+\.html$/, isIndex)],
  ['sources-index', () => (HTML_FILES.includes('sources/index.html') ? 'sources/index.html' : undefined)],
  ['source', () => firstMatching(/^sources\/[^/]+\.html$/, (f) => isIndex(f) || f.endsWith('.original.html'))],
  ['original', () => firstMatching(/^sources\/[^/]+\.original\.html$/)],
  ['themes-index', () => (HTML_FILES.includes('themes/index.html') ? 'themes/index.html' : undefined)],
  ['theme', () => firstMatching(/^themes\/[^/]+\.html$/, isIndex)],
  ['search', () => (HTML_FILES.includes('search.html') ? 'search.html' : undefined)],
  ['404', () => (HTML_FILES.includes('404.html') ? '404.html' : undefined)],
];
const PAGE_TYPES = []; // { type, file }
for (const [type, pick] of PAGE_TYPE_RULES) {
  const file = pick();
  if (file) PAGE_TYPES.push({ type, file });
}
const EXPECTED_TYPES = ['index', 'timeline', 'discrepancies', 'actors-index', 'actor', 'event', 'sources-index', 'source', 'original', 'themes-index', 'theme', 'search', '404'];

// ---------------------------------------------------------------- the HTTP server

/** The file inside SITE that a request path names, or null (never anything outside SITE). */
const resolveRequestPath = siteResolver(SITE, PREFIX);

function startServer() {
  const server = http.createServer((req, res) => {
    const pathname = requestPath(req, res);
    if (pathname === null) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    // The raw path too: "/briefing/../x" must not be served even if a client sends it as is.
    const file = climbs(req.url) ? null : resolveRequestPath(pathname);
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (!file) {
      const notFound = path.join(SITE, '404.html');
      if (fs.existsSync(notFound)) {
        const body = fs.readFileSync(notFound);
        res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      } else {
        res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(req.method === 'HEAD' ? undefined : 'not found\n');
      }
      return;
    }
    const body = fs.readFileSync(file);
    res.writeHead(200, { ...headers, 'Content-Type': contentType(file), 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function rawGet(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

// ---------------------------------------------------------------- helpers

function levenshtein(a, b) {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
const stripHash = (u) => u.split('#')[0];
const stripQueryHash = (u) => u.split('#')[0].split('?')[0];
const relFromHttp = (url) => decodeURIComponent(new URL(url).pathname.slice(PREFIX.length));
const isTransparent = (c) => !c || c === 'transparent' || /^rgba\(\s*0,\s*0,\s*0,\s*0\s*\)$/.test(c);

/** Attach console/pageerror/request watchers; `state.label` names what is being checked. */
function watch(page, state, { console: watchConsole = true } = {}) {
  const FAVICON_NOTE = ' [the page declares no <link rel="icon">, so the browser asked for /favicon.ico at the server root, outside the sub-path]';
  if (watchConsole) {
    page.on('console', (msg) => {
      if (msg.type() !== 'error' || state.quiet) return;
      if (state.expect404 && /status of 404/.test(msg.text())) return;
      const loc = msg.location();
      const at = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      const favicon = loc && loc.url && new URL(loc.url).pathname === '/favicon.ico';
      // The browser asks once per context, late: no single page is to blame.
      fail('console', favicon ? 'every page' : state.label, `console error: ${msg.text()}${at}${favicon ? FAVICON_NOTE : ''}`);
    });
    page.on('pageerror', (err) => {
      if (!state.quiet) fail('console', state.label, `uncaught exception: ${err.message}`);
    });
  }
  page.on('requestfailed', (req) => {
    if (state.quiet) return;
    const why = req.failure() ? req.failure().errorText : 'failed';
    // Cancelled, not failed: a navigation superseded by the next, or the icon load Chromium
    // drops when the page is left at once. A missing file fails as 404 or ERR_FILE_NOT_FOUND.
    if (why === 'net::ERR_ABORTED' && (req.isNavigationRequest() || /favicon/.test(req.url()))) return;
    fail('requests', state.label, `request failed: ${req.url()} (${why})`);
  });
  page.on('response', (res) => {
    if (res.status() < 400 || state.quiet) return;
    if (state.expect404 && res.status() === 404 && res.request().isNavigationRequest()) return;
    const favicon = new URL(res.url()).pathname === '/favicon.ico';
    fail('requests', favicon ? 'every page' : state.label, `HTTP ${res.status()} for ${res.url()}${favicon ? FAVICON_NOTE : ''}`);
  });
}

async function newWatchedPage(context, options) {
  const page = await context.newPage();
  page.setDefaultTimeout(NAV_TIMEOUT);
  const state = { label: '', expect404: false, quiet: false };
  watch(page, state, options);
  return { page, state };
}

// ---------------------------------------------------------------- checks

async function serverSelfTest(port) {
  step('server self-test');
  for (const p of [`${PREFIX}../../../../etc/passwd`, `${PREFIX}%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`, `${PREFIX}..%2f..%2f..%2f..%2fetc%2fpasswd`, '/etc/passwd', `${PREFIX}/etc/passwd`]) {
    const r = await rawGet(port, p);
    if (r.status !== 404) fail('server', p, `expected 404 for a path outside the site, got HTTP ${r.status}`);
  }
  const css = ALL_FILES.find((f) => f.endsWith('.css'));
  if (css) {
    const r = await rawGet(port, PREFIX + css);
    if (r.status !== 200 || !String(r.type).startsWith('text/css')) fail('server', css, `expected 200 text/css, got ${r.status} ${r.type}`);
  }
  console.log('ok');
}

/** BFS over every internal link from index.html, over HTTP. */
async function crawl(context, base) {
  step(`crawl over HTTP from ${base}index.html`);
  const { page, state } = await newWatchedPage(context);
  const start = `${base}index.html`;
  const queue = [start];
  const seen = new Set([start]);
  const brokenReported = new Set();
  const idsByPage = new Map(); // page URL (no hash) -> Set of ids and a[name]s
  const fragmentChecks = []; // { from, href, target, fragment }
  const nonHtml = new Map(); // URL -> [from, href]
  let linksChecked = 0;
  let external = 0;
  while (queue.length) {
    const url = queue.shift();
    const rel = relFromHttp(url);
    state.label = rel;
    let response;
    try {
      response = await page.goto(url, { waitUntil: 'load' });
    } catch (err) {
      fail('links', rel, `could not load: ${err.message.split('\n')[0]}`);
      continue;
    }
    if (!response || response.status() !== 200) {
      fail('links', rel, `HTTP ${response ? response.status() : 'no response'}`);
      continue;
    }
    const info = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const names = [...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name'));
      const links = [...document.querySelectorAll('a[href], area[href]')].map((a) => a.getAttribute('href'));
      return { ids, names, links };
    });
    const idSet = new Set([...info.ids, ...info.names]);
    idsByPage.set(url, idSet);
    const dups = [...new Set(info.ids.filter((id, i) => info.ids.indexOf(id) !== i))];
    if (dups.length) fail('links', rel, `duplicate ids (fragments to them are ambiguous): ${dups.slice(0, 10).join(', ')}${dups.length > 10 ? ', …' : ''}`);
    const fileUrl = pathToFileURL(path.join(SITE, rel)).href;
    for (const href of info.links) {
      let target;
      try {
        target = new URL(href, url);
      } catch {
        fail('links', rel, `unparsable href ${JSON.stringify(href)}`);
        continue;
      }
      if (!['http:', 'https:', 'file:'].includes(target.protocol)) continue; // mailto: and the like
      if (target.origin !== new URL(base).origin) {
        external++;
        continue;
      }
      linksChecked++;
      if (!target.pathname.startsWith(PREFIX)) {
        fail('links', rel, `link ${JSON.stringify(href)} leaves the site's sub-path (${target.pathname}): absolute or too many ../`);
        continue;
      }
      // The same relative link opened from file:// must name a file (not a folder) inside the site.
      try {
        const viaFile = new URL(href, fileUrl);
        if (viaFile.protocol === 'file:') {
          const p = fileURLToPath(stripQueryHash(viaFile.href));
          const inside = p === SITE || p.startsWith(SITE + path.sep);
          // (A missing target is reported once, as a broken link, below.)
          if (!inside || (fs.existsSync(p) && !fs.statSync(p).isFile())) {
            fail('links', rel, `link ${JSON.stringify(href)} does not name a file over file:// (${inside ? `${path.relative(SITE, p) || '.'} is a folder` : `${p} is outside the site`})`);
          }
        }
      } catch (err) {
        fail('links', rel, `link ${JSON.stringify(href)} cannot be opened over file://: ${err.message}`);
      }
      const noHash = stripHash(target.href);
      const fragment = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
      const targetPath = target.pathname;
      const isHtml = /\.html?$/.test(targetPath) || targetPath.endsWith('/');
      if (isHtml) {
        let pageUrl = stripQueryHash(noHash);
        if (pageUrl.endsWith('/')) pageUrl += 'index.html'; // a folder link: flagged above for file://
        if (!resolveRequestPath(new URL(pageUrl).pathname)) {
          const key = `${rel} ${href}`;
          if (!brokenReported.has(key)) fail('links', rel, `broken link ${JSON.stringify(href)}: ${relFromHttp(pageUrl)} does not exist`);
          brokenReported.add(key);
          continue;
        }
        if (!seen.has(pageUrl)) {
          seen.add(pageUrl);
          queue.push(pageUrl);
        }
        if (fragment && !fragment.startsWith(':~:')) fragmentChecks.push({ from: rel, href, target: pageUrl, fragment });
      } else {
        const key = stripQueryHash(noHash);
        if (!nonHtml.has(key)) nonHtml.set(key, { from: rel, href });
        if (fragment) fail('links', rel, `link ${JSON.stringify(href)} has a #fragment on a non-HTML file`);
      }
    }
  }
  for (const [url, { from, href }] of nonHtml) {
    try {
      const r = await fetch(url);
      if (r.status !== 200) fail('links', from, `link ${JSON.stringify(href)}: HTTP ${r.status}`);
      await r.arrayBuffer();
    } catch (err) {
      fail('links', from, `link ${JSON.stringify(href)}: ${err.message}`);
    }
  }
  let fragmentsChecked = 0;
  for (const c of fragmentChecks) {
    const ids = idsByPage.get(c.target);
    if (!ids) continue; // the target itself failed to load: reported above
    fragmentsChecked++;
    if (!ids.has(c.fragment)) fail('links', c.from, `link ${JSON.stringify(c.href)}: no id or a[name] "${c.fragment}" on ${relFromHttp(c.target)}`);
  }
  const crawled = new Set([...idsByPage.keys()].map(relFromHttp));
  const orphans = HTML_FILES.filter((f) => !crawled.has(f) && f !== '404.html');
  if (orphans.length) warn('links', 'crawl', `${orphans.length} HTML file(s) not reachable from index.html: ${orphans.slice(0, 8).join(', ')}${orphans.length > 8 ? ', …' : ''}`);

  // The deliberate 404: a missing page answers 404 (with 404.html when the site has one).
  state.label = '404 check';
  state.expect404 = true;
  try {
    const r = await page.goto(`${base}no-such-page-${Date.now()}.html`, { waitUntil: 'load' });
    if (!r || r.status() !== 404) fail('404', 'missing page', `expected HTTP 404, got ${r ? r.status() : 'nothing'}`);
    if (HTML_FILES.includes('404.html')) {
      const hasMain = await page.evaluate(() => !!document.querySelector('main, h1'));
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (!hasMain) fail('404', 'missing page', 'the 404 response is not the site\'s 404.html');
      if (bg === 'rgba(0, 0, 0, 0)') fail('404', 'missing page', '404.html served for a missing page has no stylesheet applied');
      // Deeper misses: relative links in 404.html break there unless it uses absolute URLs.
      state.quiet = true;
      const deep = await page.goto(`${base}actors/missing/deeper.html`, { waitUntil: 'load' });
      // The icon loads after 'load': let it finish while quiet, or it is reported after.
      await page.waitForLoadState('networkidle').catch(() => {});
      const deepBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      if (deep && deep.status() === 404 && deepBg === 'rgba(0, 0, 0, 0)') warn('404', 'actors/missing/deeper.html', '404.html served two folders deep loses its stylesheet (relative links)');
    }
  } catch (err) {
    fail('404', 'missing page', `could not load: ${err.message.split('\n')[0]}`);
  }
  state.expect404 = false;
  state.quiet = false;
  await page.close();
  console.log(`crawled ${idsByPage.size} pages, ${linksChecked} internal links (${fragmentsChecked} with #fragments), ${nonHtml.size} non-HTML targets, ${external} external links not followed`);
  return { pages: idsByPage.size, links: linksChecked, fragments: fragmentsChecked };
}

/** Each page type over file://: no console errors, no failed requests, stylesheet applied. */
async function fileChecks(context) {
  step('page types over file://');
  const { page, state } = await newWatchedPage(context);
  for (const { type, file } of PAGE_TYPES) {
    state.label = `file:// ${file}`;
    await guarded('file://', file, async () => {
      await page.goto(pathToFileURL(path.join(SITE, file)).href, { waitUntil: 'load' });
      const s = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        bgVar: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
        sheets: [...document.querySelectorAll('link[rel~="stylesheet"]')].map((l) => ({ href: l.href, loaded: !!l.sheet })),
      }));
      if (isTransparent(s.bg) || s.bg === 'rgb(255, 255, 255)' || !s.bgVar) fail('file://', file, `stylesheet not applied over file:// (body background ${s.bg}, --bg "${s.bgVar}")`);
      for (const sh of s.sheets) if (!sh.loaded) fail('file://', file, `stylesheet did not load: ${sh.href}`);
      console.log(`ok ${type} (${file})`);
    });
  }
  await page.close();
}

function pickSearchTargets() {
  const data = JSON.parse(fs.readFileSync(path.join(SITE, 'data', 'briefing.json'), 'utf8'));
  const actors = (data.actors || []).filter((a) => a.page && fs.existsSync(path.join(SITE, a.page)));
  const byClaims = (a, b) => (b.claims || []).length - (a.claims || []).length || String(a.id).localeCompare(String(b.id));
  const top = [...actors].sort(byClaims)[0];
  const withAliases = actors.filter((a) => Array.isArray(a.aliases) && a.aliases.some((x) => String(x).trim().length >= 3)).sort(byClaims)[0];
  let alias;
  if (withAliases) {
    const name = withAliases.name.toLowerCase();
    alias = withAliases.aliases
      .filter((x) => String(x).trim().length >= 3)
      .map((x) => ({ x, d: levenshtein(name, x.toLowerCase()) }))
      .sort((p, q) => q.d - p.d || p.x.localeCompare(q.x))[0].x;
  }
  return { top, aliasActor: withAliases, alias };
}

async function searchChecks(context, base, targets) {
  step('search');
  if (!HTML_FILES.includes('search.html')) {
    skip('search', 'search.html is not in the site yet');
    return;
  }
  const cases = [];
  if (targets.top) cases.push({ what: `actor name "${targets.top.name}"`, query: targets.top.name, page: targets.top.page });
  else fail('search', 'data/briefing.json', 'no actor with a page to search for');
  if (targets.aliasActor) cases.push({ what: `alias "${targets.alias}" of ${targets.aliasActor.name}`, query: targets.alias, page: targets.aliasActor.page });
  else fail('search', 'data/briefing.json', 'no actor with aliases to search for');
  const { page, state } = await newWatchedPage(context);
  const origins = [
    ['HTTP', `${base}search.html`],
    ['file://', pathToFileURL(path.join(SITE, 'search.html')).href],
  ];
  for (const [scheme, searchUrl] of origins) {
    for (const c of cases) {
      for (const how of ['typed', '?q=']) {
        const where = `${scheme} search.html (${how})`;
        state.label = where;
        await guarded('search', where, async () => {
          const url = how === '?q=' ? `${searchUrl}?q=${encodeURIComponent(c.query)}` : searchUrl;
          await page.goto(url, { waitUntil: 'load' });
          const contract = await page.evaluate(() => ({
            input: !!document.querySelector('form[role="search"] input#search-input[type="search"]'),
            results: !!document.querySelector('ol#search-results'),
          }));
          if (!contract.input) fail('search', where, 'no <input id="search-input" type="search"> inside <form role="search">');
          if (!contract.results) fail('search', where, 'no <ol id="search-results">');
          if (!contract.input || !contract.results) return;
          if (how === 'typed') {
            await page.fill('#search-input', '');
            await page.fill('#search-input', c.query);
          }
          const expected = stripQueryHash(new URL(c.page, searchUrl).href);
          let found = true;
          try {
            await page.waitForFunction(
              (exp) => [...document.querySelectorAll('#search-results li a[href]')].some((a) => a.href.split('#')[0].split('?')[0] === exp),
              expected,
              { timeout: SEARCH_TIMEOUT },
            );
          } catch {
            found = false;
          }
          const got = await page.evaluate(() => [...document.querySelectorAll('#search-results li')].map((li) => {
            const a = li.querySelector('a[href]');
            return a ? a.href.split('#')[0].split('?')[0] : '(li without a link)';
          }));
          if (!found) {
            const shown = got.slice(0, 5).map((u) => (u.includes(PREFIX) ? relFromHttp(u) : path.relative(SITE, fileURLToPath(u)))).join(', ');
            fail('search', where, `${c.what} did not find ${c.page} within ${SEARCH_TIMEOUT} ms; results: ${got.length ? shown : 'none'}`);
          } else {
            console.log(`ok ${scheme} ${how}: ${c.what} → ${c.page} (rank ${got.indexOf(expected) + 1} of ${got.length})`);
          }
        });
      }
    }
  }
  await page.close();
}

// ---------------------------------------------------------------- sharded search

/** The value a generated search script (manifest or shard) hands over, read from disk. */
function searchScriptValue(file) {
  const js = fs.readFileSync(path.join(SITE, file), 'utf8');
  return JSON.parse(js.slice(js.indexOf('{'), js.lastIndexOf('}') + 1));
}

/** As static/search.js folds text into words. */
function searchWords(text) {
  return String(text).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The term shard that holds `word`, by the manifest's first terms. */
function shardOf(manifest, word) {
  let at = 0;
  manifest.terms.forEach((first, n) => {
    if (first <= word) at = n;
  });
  return `t${at}`;
}

/** Queries chosen from the built index: two words in two term shards, a prefix, no results, a ranking. */
function pickShardedQueries(targets) {
  const manifest = searchScriptValue('static/search-index.js');
  const stop = new Set(manifest.stop);
  const terms = manifest.terms.flatMap((_, n) => searchScriptValue(`${manifest.dir}t${n}.js`).terms);
  const data = JSON.parse(fs.readFileSync(path.join(SITE, 'data', 'briefing.json'), 'utf8'));
  const byClaims = (a, b) => (b.claims || []).length - (a.claims || []).length || String(a.id).localeCompare(String(b.id));
  const titled = [...(data.actors || []).map((a) => ({ title: a.name, page: a.page, claims: a.claims })), ...(data.events || []).map((e) => ({ title: e.title, page: e.page, claims: e.claims }))]
    .filter((t) => t.page && fs.existsSync(path.join(SITE, t.page)))
    .sort(byClaims);
  const queries = {};
  for (const t of titled) {
    const ws = [...new Set(searchWords(t.title).filter((w) => w.length >= 3 && !stop.has(w)))];
    const pair = ws.flatMap((a) => ws.map((b) => [a, b])).find(([a, b]) => shardOf(manifest, a) < shardOf(manifest, b));
    if (pair) {
      queries.twoShards = { query: pair.join(' '), page: t.page, shards: pair.map((w) => shardOf(manifest, w)) };
      break;
    }
  }
  if (targets.top) {
    const word = searchWords(targets.top.name).filter((w) => !stop.has(w)).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (word && word.length >= 4) queries.prefix = { query: word.slice(0, Math.max(3, word.length - 2)), page: targets.top.page };
    queries.ranking = { query: targets.top.name };
  }
  let nothing = 'qzxjv';
  while (terms.some((t) => t.startsWith(nothing))) nothing += 'q';
  queries.nothing = { query: nothing };
  const shardFiles = ALL_FILES.filter((f) => f.startsWith(manifest.dir));
  return { queries, shardFiles, termShards: manifest.terms.length };
}

/** Searches from ?q=, clicking "Show more" until `expected` (a URL without #) shows or no more do. */
async function searchFor(page, url, expected) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => /results? for|No results/.test(document.getElementById('search-status').textContent), null, { timeout: SEARCH_TIMEOUT });
  for (let pages = 0; expected && pages < 10; pages++) {
    const shown = await page.evaluate(() => [...document.querySelectorAll('#search-results li a[href]')].map((a) => a.href.split('#')[0].split('?')[0]));
    if (shown.includes(expected)) break;
    const more = await page.$('.search-more:not([hidden])');
    if (!more) break;
    const before = shown.length;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before, { timeout: SEARCH_TIMEOUT });
  }
  return page.evaluate(() => ({
    status: document.getElementById('search-status').textContent,
    results: [...document.querySelectorAll('#search-results li')].map((li) => {
      const a = li.querySelector('a[href]');
      return { href: a ? a.href.split('#')[0].split('?')[0] : '', title: a ? a.textContent : '', kind: (li.querySelector('.kind') || {}).textContent || '' };
    }),
  }));
}

/**
 * The sharded index: a query loads only the shards its words need (never the whole index),
 * words in two shards, a prefix, no results, and a title match ranked first; HTTP and file://.
 */
async function shardedSearchChecks(context, base, targets) {
  step('sharded search');
  if (!HTML_FILES.includes('search.html') || !ALL_FILES.includes('static/search-index.js')) {
    skip('sharded search', 'no search.html or static/search-index.js');
    return;
  }
  const { queries, shardFiles, termShards } = pickShardedQueries(targets);
  if (!queries.twoShards) skip('sharded search', `no title with words in two term shards (${termShards} term shard(s))`);
  const { page, state } = await newWatchedPage(context);
  const requested = new Set();
  page.on('request', (r) => {
    if (r.url().includes('/static/search/')) requested.add(r.url().split('/static/search/')[1]);
  });
  const origins = [
    ['HTTP', `${base}search.html`],
    ['file://', pathToFileURL(path.join(SITE, 'search.html')).href],
  ];
  for (const [scheme, searchUrl] of origins) {
    for (const [what, c] of Object.entries(queries)) {
      const where = `${scheme} search.html?q=${c.query} (${what})`;
      state.label = where;
      await guarded('sharded search', where, async () => {
        requested.clear();
        const failedBefore = failures.length;
        const expected = c.page ? stripQueryHash(new URL(c.page, searchUrl).href) : undefined;
        const got = await searchFor(page, `${searchUrl}?q=${encodeURIComponent(c.query)}`, expected);
        if (expected && !got.results.some((r) => r.href === expected)) fail('sharded search', where, `did not find ${c.page}; status "${got.status}"`);
        if (what === 'nothing' && (got.results.length || !got.status.startsWith('No results'))) fail('sharded search', where, `expected no results, got "${got.status}" and ${got.results.length} item(s)`);
        if (what === 'ranking') {
          const first = got.results[0];
          const titleWords = first ? searchWords(first.title) : [];
          const stop = new Set(searchScriptValue('static/search-index.js').stop);
          const missing = searchWords(c.query).filter((w) => !stop.has(w) && !titleWords.some((t) => t.startsWith(w)));
          if (!first || missing.length || first.kind === 'Claim') fail('sharded search', where, `the first result is not a title match: ${first ? `${first.kind} "${first.title}"` : 'none'}`);
        }
        if (scheme === 'HTTP') {
          if (requested.size >= shardFiles.length) fail('sharded search', where, `loaded all ${shardFiles.length} shard files`);
          for (const shard of c.shards || []) if (!requested.has(`${shard}.js`)) fail('sharded search', where, `did not load ${shard}.js; loaded ${[...requested].sort().join(' ')}`);
        }
        if (failures.length === failedBefore) console.log(`ok ${where}: ${got.status}${scheme === 'HTTP' ? ` (${requested.size} of ${shardFiles.length} shard files loaded)` : ''}`);
      });
    }
  }
  await page.close();
}

/** A reference-list link to a source passage lands on a highlighted :target. */
async function citationCheck(page, state, startUrl, label) {
  state.label = `citations ${label}`;
  await page.goto(startUrl, { waitUntil: 'load' });
  const selector = '.references ol li a[href*="sources/"][href*="#c-"]';
  const links = page.locator(selector);
  const n = await links.count();
  if (!n) {
    fail('citations', label, `no reference links to source passages (${selector})`);
    return false;
  }
  const href = await links.first().getAttribute('href');
  await Promise.all([page.waitForURL((u) => u.hash.startsWith('#c-')), links.first().click()]);
  await page.waitForLoadState('load');
  const r = await page.evaluate(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    const el = document.getElementById(id);
    const t = document.querySelector(':target');
    return { id, exists: !!el, isTarget: !!el && t === el, target: t ? `${t.tagName.toLowerCase()}#${t.id}` : null, bg: el ? getComputedStyle(el).backgroundColor : null };
  });
  if (!r.exists) fail('citations', label, `clicked ${href}: no element with id "${r.id}"`);
  else if (!r.isTarget) fail('citations', label, `clicked ${href}: :target is ${r.target}, not #${r.id}`);
  else if (isTransparent(r.bg)) fail('citations', label, `clicked ${href}: the :target passage is not highlighted (background ${r.bg})`);
  else console.log(`ok ${label}: ${n} reference links; ${href} → :target highlighted (${r.bg})`);
  return true;
}

async function citationChecks(context, base) {
  step('citations');
  const { page, state } = await newWatchedPage(context);
  // Also exercise the mechanism on the first page of another type that has references,
  // so that a front page without references does not hide a broken :target.
  const withRefs = HTML_FILES.filter((f) => f !== 'index.html' && /<section class="references"/.test(fs.readFileSync(path.join(SITE, f), 'utf8')))[0];
  const targets = [['index.html', 'index.html']];
  if (withRefs) targets.push([withRefs, withRefs]);
  for (const [file, label] of targets) {
    await guarded('citations', `HTTP ${label}`, () => citationCheck(page, state, `${base}${file}`, `HTTP ${label}`));
    await guarded('citations', `file:// ${label}`, () => citationCheck(page, state, pathToFileURL(path.join(SITE, file)).href, `file:// ${label}`));
  }
  await page.close();
}

/** Screenshots at 375 and 1280 px; no horizontal overflow at 320 or 375 px (320 is not kept). */
async function screenshotChecks(context, base) {
  step('screenshots and overflow');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const { page, state } = await newWatchedPage(context);
  const written = [];
  for (const { type, file } of PAGE_TYPES) {
    for (const [w, h] of [[320, 700], [375, 800], [1280, 900]]) {
      state.label = `${file} @${w}px`;
      await guarded('screenshots', `${file} @${w}px`, async () => {
        await page.setViewportSize({ width: w, height: h });
        await page.goto(`${base}${file}`, { waitUntil: 'load' });
        if (w < 400) {
          const o = await page.evaluate(() => {
            const vw = window.innerWidth;
            const sw = document.documentElement.scrollWidth;
            const clips = (el) => {
              for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
                const ox = getComputedStyle(p).overflowX;
                if (ox !== 'visible') return true;
              }
              return false;
            };
            const describe = (el) => {
              let s = el.tagName.toLowerCase();
              if (el.id) s += `#${el.id}`;
              if (el.classList.length) s += `.${[...el.classList].join('.')}`;
              const parent = el.parentElement;
              if (parent && parent !== document.body) {
                let p = parent.tagName.toLowerCase();
                if (parent.classList.length) p += `.${[...parent.classList].join('.')}`;
                s = `${p} > ${s}`;
              }
              return s;
            };
            const offenders = [];
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.right <= vw + 1 || clips(el)) continue;
              const pr = el.parentElement ? el.parentElement.getBoundingClientRect() : null;
              if (pr && pr.right > vw + 1 && el.parentElement !== document.body) continue; // report the outermost
              const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
              offenders.push(`${describe(el)} (right edge ${Math.round(r.right)}px${text ? `, "${text}"` : ''})`);
            }
            return { vw, sw, offenders: offenders.slice(0, 6) };
          });
          if (o.sw > o.vw + 1) fail('overflow', file, `horizontal overflow at ${w} px: scrollWidth ${o.sw} > ${o.vw}; widest: ${o.offenders.join('; ') || 'unknown'}`);
        }
        if (w !== 320) {
          const out = path.join(ARTIFACTS, `${type}-${w}.png`);
          await page.screenshot({ path: out, fullPage: true });
          written.push(out);
        }
      });
    }
  }
  await page.close();
  console.log(`${written.length} screenshots in ${ARTIFACTS}`);
  return written;
}

/** axe-core on each page type, light and dark. */
async function axeChecks(browser, base, searchQuery) {
  step('axe-core (serious and critical fail; others are warnings)');
  const axePath = require.resolve('axe-core/axe.min.js');
  const axeVersion = require('axe-core/package.json').version;
  // The site's CSP (script-src 'self') blocks injected scripts; bypass it for axe only.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  // Console errors are not recorded here: without the CSP the page may behave differently.
  const { page, state } = await newWatchedPage(context, { console: false });
  for (const { type, file } of PAGE_TYPES) {
    for (const scheme of ['light', 'dark']) {
      const where = `${file} (${scheme})`;
      state.label = `axe ${where}`;
      await guarded('axe', where, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        const q = type === 'search' && searchQuery ? `?q=${encodeURIComponent(searchQuery)}` : '';
        await page.goto(`${base}${file}${q}`, { waitUntil: 'load' });
        if (q) await page.waitForTimeout(500);
        await page.addScriptTag({ path: axePath });
        const results = await page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const r = await axe.run(document, { resultTypes: ['violations', 'incomplete'] });
          const summary = (v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({
              target: n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' '),
              detail: (n.any[0] && n.any[0].message) || (n.all[0] && n.all[0].message) || (n.none[0] && n.none[0].message) || '',
            })),
          });
          return { violations: r.violations.map(summary), incomplete: r.incomplete.map(summary) };
        });
        const { violations, incomplete } = results;
        // "Needs review" results (axe cannot decide, e.g. contrast of very short or translucent
        // text) are warnings, one line per rule.
        for (const v of incomplete) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          const n = v.nodes[0];
          warn('axe', where, `needs review: ${v.id} [${v.impact}] ${v.nodes.length} node(s), e.g. ${n ? `${n.target}${n.detail ? ` — ${n.detail}` : ''}` : '?'}`);
        }
        let bad = 0;
        for (const v of violations) {
          const serious = v.impact === 'serious' || v.impact === 'critical';
          if (serious) bad++;
          const nodes = v.nodes.slice(0, 8).map((n) => `      ${n.target}${n.detail ? ` — ${n.detail}` : ''}`).join('\n');
          const more = v.nodes.length > 8 ? `\n      … and ${v.nodes.length - 8} more` : '';
          const msg = `${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}; ${v.helpUrl})\n${nodes}${more}`;
          (serious ? fail : warn)('axe', where, msg);
        }
        console.log(`${bad ? 'FAIL' : 'ok'} ${type} ${scheme}: ${violations.length} violation rule(s), ${bad} serious/critical`);
      });
    }
  }
  await context.close();
  return axeVersion;
}

/** The Nu HTML checker on one built file of each page type. */
function vnuChecks() {
  step('Nu HTML checker (vnu.jar --errors-only)');
  const jar = String(require('vnu-jar'));
  if (!fs.existsSync(jar)) {
    fail('vnu', jar, 'vnu.jar missing: run npm ci in tests/browser');
    return;
  }
  const files = PAGE_TYPES.map((p) => path.join(SITE, p.file));
  const typeOf = new Map(PAGE_TYPES.map((p) => [path.join(SITE, p.file), p.type]));
  const r = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 180_000 });
  if (r.error) {
    fail('vnu', 'java', `could not run java: ${r.error.message}`);
    return;
  }
  let report;
  try {
    report = JSON.parse(r.stderr || r.stdout || '{"messages":[]}');
  } catch {
    fail('vnu', 'vnu.jar', `unreadable output (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 500)}`);
    return;
  }
  let errors = 0;
  for (const m of report.messages || []) {
    if (m.type === 'info') continue; // --errors-only leaves errors and non-document-errors
    errors++;
    const file = m.url ? fileURLToPath(m.url) : '?';
    const rel = file === '?' ? '?' : path.relative(SITE, file);
    const extract = m.extract ? ` — ${JSON.stringify(m.extract.replace(/\s+/g, ' ').trim().slice(0, 100))}` : '';
    fail('vnu', `${rel} [${typeOf.get(file) || '?'}] line ${m.lastLine ?? '?'}`, `${m.message}${extract}`);
  }
  if (!errors && r.status !== 0) fail('vnu', 'vnu.jar', `exit ${r.status} without messages: ${(r.stderr || '').slice(0, 300)}`);
  console.log(`${files.length} files checked, ${errors} error(s)`);
}

// ---------------------------------------------------------------- main

const started = Date.now();
console.log(`site: ${SITE}`);
console.log(`page types: ${PAGE_TYPES.map((p) => `${p.type}=${p.file}`).join(', ')}`);
for (const t of EXPECTED_TYPES) if (!PAGE_TYPES.some((p) => p.type === t)) skip(`page type ${t}`, 'not in the site');

const server = await startServer();
const port = server.address().port;
const base = `http://127.0.0.1:${port}${PREFIX}`;
console.log(`serving at ${base}`);

const browser = await launchChromium();
let crawlResult = { pages: 0, links: 0, fragments: 0 };
let shots = [];
let axeVersion = '?';
try {
  await guarded('server', 'self-test', () => serverSelfTest(port));
  const httpContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const fileContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  crawlResult = (await guarded('links', 'crawl', () => crawl(httpContext, base))) || crawlResult;
  await guarded('file://', 'page types', () => fileChecks(fileContext));
  const targets = (await guarded('search', 'data/briefing.json', () => pickSearchTargets())) || {};
  if (targets.top) console.log(`search targets: most-cited actor "${targets.top.name}" (${targets.top.page}); alias "${targets.alias}" of "${targets.aliasActor && targets.aliasActor.name}"`);
  await guarded('search', 'search', () => searchChecks(httpContext, base, targets));
  await guarded('sharded search', 'sharded search', () => shardedSearchChecks(httpContext, base, targets));
  await guarded('citations', 'citations', () => citationChecks(httpContext, base));
  shots = (await guarded('screenshots', 'screenshots', () => screenshotChecks(httpContext, base))) || [];
  axeVersion = (await guarded('axe', 'axe', () => axeChecks(browser, base, targets.top && targets.top.name))) || axeVersion;
  await httpContext.close();
  await fileContext.close();
} finally {
  await browser.close();
  server.close();
}
await guarded('vnu', 'vnu', async () => vnuChecks());

// ---------------------------------------------------------------- summary

console.log('\n== summary');
console.log(`pages crawled:      ${crawlResult.pages}`);
console.log(`links checked:      ${crawlResult.links} internal (${crawlResult.fragments} #fragments)`);
console.log(`page types:         ${PAGE_TYPES.length} (${PAGE_TYPES.map((p) => p.type).join(', ')})`);
console.log(`screenshots:        ${shots.length} in ${ARTIFACTS}`);
console.log(`axe-core:           ${axeVersion}`);
console.log(`time:               ${((Date.now() - started) / 1000).toFixed(1)} s`);
for (const s of skips) console.log(`SKIP ${s.check}: ${s.message}`);
if (warnings.length) {
  const grouped = new Map();
  for (const w of warnings) {
    const key = `${w.check}\u0000${w.message}`;
    if (!grouped.has(key)) grouped.set(key, { ...w, places: [] });
    if (!grouped.get(key).places.includes(w.where)) grouped.get(key).places.push(w.where);
  }
  console.log(`\n${grouped.size} warning(s) (not failures):`);
  for (const w of grouped.values()) console.log(`WARN [${w.check}] ${w.places.join(', ')}: ${w.message}`);
}
if (failures.length) {
  // The same message seen in several places (a page visited by several checks, both colour
  // schemes) is printed once, with every place it was seen.
  const byCheck = new Map();
  for (const f of failures) {
    if (!byCheck.has(f.check)) byCheck.set(f.check, new Map());
    const messages = byCheck.get(f.check);
    if (!messages.has(f.message)) messages.set(f.message, []);
    const places = messages.get(f.message);
    if (!places.includes(f.where)) places.push(f.where);
  }
  const distinct = [...byCheck.values()].reduce((n, m) => n + m.size, 0);
  console.log(`\n${distinct} FAILURE(S):`);
  for (const [check, messages] of byCheck) {
    console.log(`\n-- ${check} (${messages.size})`);
    for (const [message, places] of messages) console.log(`FAIL [${check}] ${places.join(', ')}: ${message}`);
  }
  process.exit(1);
}
console.log('\nall browser checks passed');
