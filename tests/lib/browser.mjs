// browser.mjs - a folder served on 127.0.0.1 by esbuild's static server and
// Debian's Chromium driven by playwright-core, as the browser tests and
// page benchmarks use them.  CHROMIUM=path picks another browser.
//   const site = await serveInChromium(dir);   // { url, browser, close() }
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Serves `dir` and launches Chromium; close() ends both. */
export async function serveInChromium(dir) {
  const ctx = await esbuild.context({});
  const { port } = await ctx.serve({ servedir: dir, host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
  return {
    url: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await ctx.dispose();
    },
  };
}

/**
 * Records every response the page and its workers get, as { url, gz }
 * (gz: gzip -9 bytes, as a static host would send it, computed when first
 * read so the compression never competes with the page being measured).
 */
export function recordResponses(page) {
  const fetched = [];
  page.context().on('response', async (response) => {
    let body;
    try { body = await response.body(); } catch { return; }      // redirects have none
    let gz = null;
    fetched.push({ url: response.url(), get gz() { return (gz ??= gzipSync(body, { level: 9 }).length); } });
  });
  return fetched;
}

/**
 * The gzip bytes of the responses `keep` accepts, each URL once: a static
 * host's caching headers (GitHub Pages: max-age=600 and an ETag) let the
 * browser reuse what it fetched, which esbuild's test server does not ask for.
 */
export function bytesOnce(fetched, keep = () => true) {
  const once = new Map(fetched.filter((f) => keep(f.url)).map((f) => [f.url, f]));
  return [...once.values()].reduce((sum, f) => sum + f.gz, 0);
}
