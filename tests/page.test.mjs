// page.test.mjs - the static page in a real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core), served from 127.0.0.1 by
// esbuild's static server, as a reader would get it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const webDir = fileURLToPath(new URL('../web', import.meta.url));
let server, browser, baseUrl;

before(async () => {
  const ctx = await esbuild.context({});
  server = { ctx, ...(await ctx.serve({ servedir: webDir, host: '127.0.0.1', port: 0 })) };
  baseUrl = `http://127.0.0.1:${server.port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    // playwright gives every launch a fresh, empty profile of its own
  });
});

after(async () => {
  await browser?.close();
  await server?.ctx.dispose();
});

test('the page loads the wasm engine and steps a generator in a worker', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  assert.equal(await page.getAttribute('body', 'data-ready'), 'yes', await page.textContent('#status'));
  assert.match(await page.textContent('#status'), /Engine \d+\.\d+\.\d+ loaded/);
  const log = await page.textContent('#log');
  // stepped at coroutine granularity: created, started, suspended at its yields, closed
  assert.match(log, /: gen_create -> countdown GEN_CREATED at line 1\n/);
  assert.match(log, /: gen_yield -> countdown GEN_SUSPENDED at line 4\n/);
  assert.match(log, /: gen_resume -> countdown GEN_RUNNING at line 4\n/);
  assert.match(log, /: gen_return -> countdown GEN_CLOSED at line null\n/);
  assert.match(log, /ended: normal\n$/);
  // the Python generator ran in the page, with CPython's output and its steps
  assert.equal(await page.textContent('#output'), '시작\n2\n받음 hello\n1\n끝\n');
  const steps = await page.textContent('#steps');
  assert.match(steps, /gen_create \[GEN_CREATED\]/);
  assert.match(steps, /gen_resume send 'hello' \[GEN_RUNNING\]/);
  assert.match(steps, /gen_return '끝' \[GEN_CLOSED\]/);
  assert.deepEqual(errors, []);
  if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
  await page.close();
});
