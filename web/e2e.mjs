// End-to-end test in a real browser: builds chronicle, serves the demo corpus on a free loopback
// port, and drives Debian's chromium (playwright-core, no browser download) through the article
// page, the events table (filtered and paged with htmx) and the dashboard's charts. Any console
// error, page error, failed request or CSP violation fails it. Screenshots go to
// web/e2e-screenshots/.
//
//   cd web && npm ci && node e2e.mjs
//
// CHROMIUM (default /usr/bin/chromium) picks the browser; CHRONICLE_URL tests a server that is
// already running instead of starting one.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, '..');
const shots = join(web, 'e2e-screenshots');
mkdirSync(shots, { recursive: true });

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err.message.split('\n')[0]}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

// startServer builds and starts `chronicle serve --demo` on a free port, and resolves with its
// URL once /healthz answers.
async function startServer() {
  const tmp = mkdtempSync(join(tmpdir(), 'chronicle-e2e-'));
  const bin = join(tmp, 'chronicle');
  execFileSync('go', ['build', '-o', bin, './cmd/chronicle'], { cwd: root, stdio: 'inherit' });
  const proc = spawn(bin, ['serve', '--demo', '--addr', '127.0.0.1:0'], { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`no URL from chronicle serve within 60s:\n${log}`)), 60000);
    proc.stderr.on('data', (chunk) => {
      log += chunk;
      process.stderr.write(chunk);
      const m = log.match(/serving on (http:\/\/\S+?)\/? /);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => reject(new Error(`chronicle serve exited with ${code}:\n${log}`)));
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url + '/healthz')).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () => {
    proc.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  };
  return { url, stop };
}

const server = process.env.CHRONICLE_URL ? { url: process.env.CHRONICLE_URL.replace(/\/$/, ''), stop() {} } : await startServer();
const base = server.url;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content Security Policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    if (!res.url().startsWith(base)) problems.push(`request off the server: ${res.url()}`);
  });
  const noProblems = (where) => assert(problems.length === 0, `${where}: ${problems.splice(0).join('; ')}`);

  // the seed article: entities marked, quotes listed
  const { articles } = await (await fetch(base + '/api/articles?limit=500')).json();
  const seed = articles.find((a) => a.doc_id.endsWith('seed.txt'));
  await check('the demo store holds the seed article', () => assert(seed, 'no seed.txt in /api/articles'));
  if (seed) {
    await check('article page marks Muqtada al-Sadr, lists quotes, links speakers', async () => {
      await page.goto(`${base}/articles/${seed.id}`);
      const sadr = page.locator('mark.PERSON[title*="Muqtada al-Sadr"]');
      assert((await sadr.count()) > 0, 'no PERSON mark for Muqtada al-Sadr');
      assert(await sadr.first().isVisible(), 'the mark is not visible');
      const quotes = await page.locator('ol.quotes li').count();
      assert(quotes > 0, 'no quotes listed');
      assert((await page.locator('.text .quote').count()) > 0, 'no quote marked in the text');
      // a speaker in the quote list leads to the speaker in the text
      const speaker = page.locator('ol.quotes li strong a').first();
      const target = (await speaker.getAttribute('href')) || '';
      await speaker.click();
      assert(new URL(page.url()).hash === target, `clicking the speaker went to ${page.url()}, want ${target}`);
      assert((await page.locator(`.text a[id="${target.slice(1)}"]`).count()) === 1, `no ${target} in the text`);
      await page.screenshot({ path: join(shots, 'article.png'), fullPage: true });
      noProblems('article page');
    });
  }

  // the events table: htmx filter and paging swap the results without reloading the page
  await check('events table filters by country and pages with htmx', async () => {
    await page.goto(`${base}/events`);
    await page.waitForFunction(() => window.htmx !== undefined);
    await page.evaluate(() => (window.__sameDocument = true)); // gone if the page reloads
    const rows = page.locator('#results tbody tr');
    const before = await rows.allTextContents();
    assert(before.length > 1, `only ${before.length} rows before filtering`);
    const partial = page.waitForResponse((r) => r.url().includes('country=IRQ') && r.request().headers()['hx-request'] === 'true');
    await page.fill('input[name=country]', 'IRQ');
    await page.click('form.filters button[type=submit]');
    const body = await (await partial).text();
    assert(!body.includes('<html'), 'htmx got a whole page, not the results');
    await page.waitForFunction(() => [...document.querySelectorAll('#results tbody tr')].every((tr) => tr.textContent.includes('IRQ')));
    const after = await rows.allTextContents();
    assert(after.length > 0 && after.join() !== before.join(), 'rows did not change');
    assert(await page.evaluate(() => window.__sameDocument), 'the page reloaded instead of swapping the results');
    assert(new URL(page.url()).searchParams.get('country') === 'IRQ', `URL not pushed: ${page.url()}`);
    await page.screenshot({ path: join(shots, 'events-irq.png'), fullPage: true });

    await page.goto(`${base}/events?limit=20`);
    await page.waitForFunction(() => window.htmx !== undefined);
    const first = await rows.first().textContent();
    await page.click('a[rel=next]');
    await page.waitForFunction((f) => document.querySelector('#results tbody tr')?.textContent !== f, first);
    assert((await page.locator('a[rel=prev]').count()) === 1, 'no previous-page link on page 2');
    assert(new URL(page.url()).searchParams.get('offset') === '20', `URL not pushed: ${page.url()}`);
    noProblems('events page');
  });

  await check('events table works without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${base}/events`);
    await p.fill('input[name=country]', 'IRQ');
    await Promise.all([p.waitForNavigation(), p.click('form.filters button[type=submit]')]);
    const texts = await p.locator('#results tbody tr').allTextContents();
    assert(texts.length > 0 && texts.every((t) => t.includes('IRQ')), 'plain form submit did not filter');
    await plain.close();
  });

  // the dashboard: map with countries and places, timeline canvas, actor graph canvas
  await check('quotes page filters by speaker with htmx and links to the article', async () => {
    await page.goto(`${base}/quotes`);
    await page.waitForFunction(() => window.htmx !== undefined);
    await page.evaluate(() => (window.__sameDocument = true));
    const rows = page.locator('#results tbody tr');
    const before = await rows.allTextContents();
    assert(before.length > 1, `only ${before.length} quotes before filtering`);
    await page.fill('input[name=speaker]', 'Sadr');
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction(() => {
      const trs = [...document.querySelectorAll('#results tbody tr')];
      return trs.length > 0 && trs.every((tr) => tr.children[1]?.textContent.includes('Sadr'));
    });
    assert(await page.evaluate(() => window.__sameDocument), 'the page reloaded instead of swapping the results');
    assert(new URL(page.url()).searchParams.get('speaker') === 'Sadr', `URL not pushed: ${page.url()}`);
    const link = await page.locator('#results tbody tr a[href^="/articles/"]').first().getAttribute('href');
    assert(link, 'no link to the reporting article');
    await page.screenshot({ path: join(shots, 'quotes-sadr.png'), fullPage: true });
    noProblems('quotes page');
  });

  await check('dashboard draws the map, timeline and actor graph', async () => {
    await page.goto(`${base}/dashboard`);
    await page.waitForSelector('#map.ready, #map.failed', { timeout: 20000 });
    await page.waitForSelector('#timeline.ready, #timeline.failed', { timeout: 20000 });
    await page.waitForSelector('#graph.ready, #graph.failed', { timeout: 20000 });
    for (const id of ['map', 'timeline', 'graph']) {
      assert(!(await page.locator(`#${id}.failed`).count()), `${id}: ${await page.locator('#' + id).textContent()}`);
    }
    const countries = await page.locator('#map path.country').count();
    assert(countries > 150, `${countries} country outlines`);
    const places = await page.locator('#map path.place').count();
    assert(places > 5, `${places} place circles`);
    // no ring of a country outline spans most of the map (a polygon smeared across the antimeridian)
    const widest = await page.evaluate(() => {
      const world = document.querySelector('#map').getBoundingClientRect().width;
      let widest = 0;
      for (const path of document.querySelectorAll('#map path.country')) {
        for (const ring of (path.getAttribute('d') || '').split(/[Mm]/).slice(1)) {
          const xs = [...ring.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => +m[1]);
          if (xs.length) widest = Math.max(widest, (Math.max(...xs) - Math.min(...xs)) / world);
        }
      }
      return widest;
    });
    assert(widest < 0.7, `a country ring spans ${(widest * 100).toFixed(0)}% of the map width`);
    assert((await page.locator('#timeline .uplot canvas').count()) > 0, 'no uPlot canvas');
    assert((await page.locator('#timeline .u-legend .u-series').count()) > 1, 'no timeline series');
    assert((await page.locator('#graph canvas').count()) > 0, 'no cytoscape canvas');
    const nodes = Number(await page.locator('#graph').getAttribute('data-nodes'));
    assert(nodes > 5, `${nodes} graph nodes`);
    await page.waitForTimeout(300); // let the canvases paint
    await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });
    await page.locator('#map').screenshot({ path: join(shots, 'map.png') });
    await page.locator('#timeline').screenshot({ path: join(shots, 'timeline.png') });
    await page.locator('#graph').screenshot({ path: join(shots, 'graph.png') });
    noProblems('dashboard');
  });

  await check('the timeline follows the filters', async () => {
    const asked = page.waitForRequest((r) => r.url().includes('/api/stats/timeline'));
    await page.goto(`${base}/dashboard?plover=PROTEST`);
    const url = new URL((await asked).url());
    assert(url.searchParams.get('plover') === 'PROTEST', `timeline asked ${url.search}`);
    await page.waitForSelector('#timeline.ready, #timeline.failed', { timeout: 20000 });
    assert(!(await page.locator('#timeline.failed').count()), 'timeline failed');
    noProblems('filtered dashboard');
  });

  await check('a place on the map leads to its events', async () => {
    await page.goto(`${base}/dashboard?country=IRQ`);
    await page.waitForSelector('#map.ready', { timeout: 20000 });
    await page.locator('#map path.place').first().click({ force: true });
    const link = page.locator('.leaflet-popup-content a');
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert(/place=/.test(href) && /country=IRQ/.test(href), `popup link ${href}`);
    noProblems('dashboard popup');
  });
} finally {
  await browser.close();
  server.stop();
}

console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
