// embed.mjs - the embed's budgets (issue 13), in headless Chromium, with
// host pages that load dist/<version>/embed.mjs as a blog would (the
// folder copied under assets/): the bytes an embed downloads before its
// first step (gzip -9 of each response; the editor apart), the time from
// an embed scrolled into the viewport to its first step rendered, and the
// extra bytes of a second and a fifth embed on the same page (each URL
// counted once, as a static host's caching headers allow).
//   BENCH_ONLY=embed npm run bench
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveInChromium, recordResponses, bytesOnce } from '../lib/browser.mjs';
import { bundle } from '../../web/bundle.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const EXAMPLES = ['generator', 'send', 'gather', 'sequential', 'create-task'];
const filler = (n) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the post, long enough to need its own line on a phone.</p>`).join('\n');

/** A post with `count` embeds, each several screens below the last (further than the lazy margin of one viewport). */
function post(count) {
  const embeds = EXAMPLES.slice(0, count).map((id, i) =>
    `${filler(150)}\n<coro-scope id="e${i}" example="${id}" lang="en" panels="code objects loop console"></coro-scope>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>post</title></head><body>
${embeds}
${filler(40)}
<script type="module" src="assets/coroscope/embed.mjs"></script></body></html>`;
}

export async function benchEmbed() {
  const dist = await bundle();
  const host = mkdtempSync(join(tmpdir(), 'coroscope-bench-'));
  cpSync(dist, join(host, 'assets/coroscope'), { recursive: true });
  writeFileSync(join(host, 'one.html'), post(1));
  writeFileSync(join(host, 'five.html'), post(5));
  const site = await serveInChromium(host);
  const { browser } = site;
  try {
    const one = await measure(browser, `${site.url}one.html`, 1);
    const five = await measure(browser, `${site.url}five.html`, 5);
    console.log('embed budgets (headless chromium, this machine, dist/ bundle)');
    console.log(`  before the page's first embed is near: ${kb(one.idle)} gzip (the post's own HTML and embed.mjs)`);
    console.log(`  bytes up to the first embed's first step (the post's HTML included): ${kb(one.bytes[0])} gzip without the editor (goal 150 KB; wasm ${kb(one.wasm)})`);
    console.log(`  entering the viewport to its first step rendered: ${one.times[0].toFixed(0)} ms (goal 300 ms)`);
    console.log(`  extra bytes: second embed ${kb(five.bytes[1] - five.bytes[0])}, fifth ${kb(five.bytes[4] - five.bytes[3])} (goal 5 KB each)`);
    console.log(`  five embeds: the wasm fetched ${five.wasmFetches} time(s); times to first step ${five.times.map((t) => t.toFixed(0)).join(', ')} ms`);
  } finally {
    await site.close();
    rmSync(host, { recursive: true, force: true });
  }
}

/** Scrolls each embed into view in turn; after each first step, the bytes so far and the time it took. */
async function measure(browser, url, count) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const fetched = recordResponses(page);
  const bytes = () => bytesOnce(fetched, (address) => !address.includes('codemirror'));
  await page.goto(url);
  await page.waitForTimeout(500);
  const idle = bytes();
  const times = [];
  const sizes = [];
  for (let i = 0; i < count; i++) {
    const took = await page.evaluate(async (id) => {
      const el = document.getElementById(id);
      if (el.snapshot) throw new Error(`${id} started before it came near the viewport`);
      const loaded = new Promise((resolve) => el.addEventListener('loaded', resolve, { once: true }));
      const t0 = performance.now();
      el.scrollIntoView({ block: 'center' });
      await loaded;
      await el.step();
      await new Promise(requestAnimationFrame);
      return performance.now() - t0;
    }, `e${i}`);
    await page.waitForTimeout(300);                  // responses still being read
    times.push(took);
    sizes.push(bytes());
  }
  const wasmFetches = fetched.filter((f) => f.url.endsWith('.wasm')).length;
  const wasm = bytesOnce(fetched, (address) => address.endsWith('.wasm'));
  await page.close();
  return { idle, bytes: sizes, times, wasmFetches, wasm };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchEmbed();
