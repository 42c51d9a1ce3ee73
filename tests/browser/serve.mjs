#!/usr/bin/env node
// `sourcebook serve` in a real browser: live reload and the error page.
//
//   node tests/browser/serve.mjs URL PROJECT_DIR
//
// URL is the front page a running `sourcebook serve --project PROJECT_DIR` printed. The script
// opens it in Debian's Chromium (playwright-core) and, editing PROJECT_DIR/content/index.md:
//   1. adds a sentence: the open page must reload by itself (a mark set on the old page's
//      window is gone) and show the sentence;
//   2. breaks a citation: the page must turn into the error page, with the file:line and the
//      caret snippet;
//   3. restores the file: the page must come back as the site.
// Throughout, the page must log no console error (a Content-Security-Policy that refused the
// live-reload script would) and throw nothing. Exits 1 with FAIL lines on failure.

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib.mjs';

const WAIT = 60_000;
const [url, project] = process.argv.slice(2);
if (!url || !project) {
  console.error('usage: node tests/browser/serve.mjs URL PROJECT_DIR');
  process.exit(2);
}
const index = path.join(project, 'content', 'index.md');
const original = fs.readFileSync(index, 'utf8');

const failures = [];
function fail(step, message) {
  failures.push(`${step}: ${message}`);
  console.log(`FAIL ${step}: ${message}`);
}

/** Sets a mark on the page's window: a page that reloads loses it. */
const mark = (page) => page.evaluate(() => { window.__beforeReload = true; });
const marked = (page) => page.evaluate(() => window.__beforeReload === true);

async function waitFor(step, page, predicate, arg) {
  try {
    await page.waitForFunction(predicate, arg, { timeout: WAIT, polling: 100 });
    return true;
  } catch (err) {
    const text = await page.evaluate(() => document.body && document.body.innerText).catch(() => '');
    fail(step, `timed out; the page shows: ${String(text).slice(0, 400)}`);
    return false;
  }
}

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    // The error page is served with status 500, which Chromium reports as a failed load.
    if (message.type() === 'error' && !/status of 500/.test(message.text())) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));

  await page.goto(url, { waitUntil: 'load' });
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')));
  if (!scripts.includes('/__sourcebook/live.js')) fail('page', `no live-reload script among ${JSON.stringify(scripts)}`);
  console.log('== edit: the page reloads with the new text');
  await mark(page);
  const sentence = 'The lighthouse keeper counted four hundred gulls.';
  fs.writeFileSync(index, original.replace('A fixture briefing.', `A fixture briefing. ${sentence}`));
  if (await waitFor('edit', page, (text) => document.body.innerText.includes(text), sentence)) {
    if (await marked(page)) fail('edit', 'the text changed without a reload');
  }

  console.log('== a broken citation: the error page');
  await mark(page);
  const quote = 'The original design was rejected by the environmental agency';
  fs.writeFileSync(index, original.replace(quote, 'The silver design was rejected by the gulls'));
  if (await waitFor('error', page, () => document.getElementById('sourcebook-error') !== null)) {
    const error = await page.locator('#sourcebook-error').innerText();
    if (!/content\/index\.md:6:\d+/.test(error)) fail('error', `no file:line in ${error}`);
    if (!error.includes('^') || !error.includes('6 | ')) fail('error', `no caret snippet in ${error}`);
    if (!error.includes('the gulls')) fail('error', `not the citation's error: ${error}`);
  }

  console.log('== fixed: the site is back');
  fs.writeFileSync(index, original);
  if (await waitFor('fixed', page, () => document.getElementById('sourcebook-error') === null
      && document.querySelector('h1') !== null && document.body.innerText.includes('Harbour briefing'))) {
    const title = await page.title();
    if (!title.includes('Harbour briefing')) fail('fixed', `title ${title}`);
  }
  for (const problem of problems) fail('page', problem);
} finally {
  fs.writeFileSync(index, original);
  await browser.close();
}

if (failures.length) {
  console.log(`\n${failures.length} failure(s)`);
  process.exit(1);
}
console.log('\nserve: live reload and the error page work in Chromium');
