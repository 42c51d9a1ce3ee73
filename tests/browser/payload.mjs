#!/usr/bin/env node
// What a first query costs: for each QUERY, opens search.html?q=QUERY of a built site in a
// fresh Chromium context (nothing cached) and counts the bytes of the search index it loads
// (the manifest static/search-index.js and the shards in static/search/), for the benchmark.
//
//   node tests/browser/payload.mjs SITE_DIR QUERY...
//
// Prints one tab-separated line per query: bytes, files, the search's status line, the query.

import fs from 'node:fs';
import path from 'node:path';
import { contentType, launchChromium, siteFromArguments, siteResolver } from './lib.mjs';

const SITE = siteFromArguments('payload.mjs');
const ORIGIN = 'http://site.invalid';
const resolve = siteResolver(SITE, '/');
const isIndex = (rel) => rel === 'static/search-index.js' || rel.startsWith('static/search/');

const browser = await launchChromium();
try {
  for (const query of process.argv.slice(3)) {
    const context = await browser.newContext();
    let bytes = 0;
    let files = 0;
    // Served from disk by the page's own requests: nothing else is loaded, nothing cached.
    await context.route(`${ORIGIN}/**`, (route) => {
      const file = resolve(new URL(route.request().url()).pathname);
      if (!file) return route.fulfill({ status: 404 });
      const body = fs.readFileSync(file);
      if (isIndex(path.relative(SITE, file).split(path.sep).join('/'))) {
        bytes += body.length;
        files += 1;
      }
      return route.fulfill({ status: 200, body, contentType: contentType(file) });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/search.html?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    await page.waitForFunction(() => /results? for|No results|did not load/.test(document.getElementById('search-status').textContent), null, { timeout: 60_000 });
    const status = await page.evaluate(() => document.getElementById('search-status').textContent);
    console.log(`${bytes}\t${files}\t${status}\t${query}`);
    await context.close();
  }
} finally {
  await browser.close();
}
