// page.mjs - the playground page's budgets (issue 12), in headless
// Chromium, served from dist/<version>/ as a static host would: the bytes the page fetches before its first step (gzip -9 of
// each response, as a static host would send it; the editor bundle shown
// apart), the time from navigation to the first step rendered, and the
// median and worst time of a step with its render (the gather example,
// scheduler steps, then line steps of the generator example), from the
// call to its layout done (the worker's reply can wait for a frame).
//   BENCH_ONLY=page npm run bench
import { fileURLToPath } from 'node:url';
import { serveInChromium, recordResponses, bytesOnce } from '../lib/browser.mjs';
import { bundle } from '../../web/bundle.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function benchPage() {
  const dist = await bundle();            // the page as deployed: dist/<version>/
  const site = await serveInChromium(dist);
  const { browser } = site;
  try {
    // the time to the first step, on pages that record nothing (reading responses slows the page)
    const firstSteps = [];
    for (let run = 0; run < 3; run++) {
      const fresh = await browser.newContext({ viewport: { width: 1400, height: 900 } });   // an empty cache
      firstSteps.push(await timeFirstStep(await fresh.newPage(), site.url));
      await fresh.close();
    }
    firstSteps.sort((a, b) => a - b);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const fetched = recordResponses(page);
    await timeFirstStep(page, site.url);
    await page.waitForTimeout(500);                   // the timeline's scan worker fetches too
    // each URL once (the timeline's worker loads the same script as the stepping one)
    const editor = bytesOnce(fetched, (url) => url.includes('/codemirror'));
    const total = bytesOnce(fetched);
    const wasm = bytesOnce(fetched, (url) => url.endsWith('.wasm'));
    const times = await page.evaluate(async () => {
      const el = document.getElementById('scope');
      const out = [];
      for (const [example, steps] of [['gather', 40], ['generator', 25]]) {
        await el.loadExample(example);
        for (let i = 0; i < steps && el.snapshot.state === 'paused'; i++) {
          const t0 = performance.now();
          await el.step();
          el.shadowRoot.querySelector('.cs-root').getBoundingClientRect();   // its layout done
          out.push(performance.now() - t0);
        }
      }
      return out.sort((a, b) => a - b);
    });
    console.log('page budgets (headless chromium, this machine)');
    console.log(`  fetched before the first step: ${kb(total - editor)} gzip without the editor (wasm ${kb(wasm)}), editor ${kb(editor)} if fetched`);
    console.log(`  navigation to the first step rendered: median ${firstSteps[1].toFixed(0)} ms of ${firstSteps.map((t) => t.toFixed(0)).join(', ')} (goal 300 ms)`);
    console.log(`  a step with its render: median ${times[times.length >> 1].toFixed(1)} ms, worst ${times.at(-1).toFixed(1)} ms over ${times.length} (goal 16.7 ms)`);
  } finally {
    await site.close();
  }
}

/**
 * Opens the page and presses Step the moment its program is loaded (a
 * capture listener: 'loaded' does not bubble); resolves to the time from
 * navigation to that step painted.
 */
async function timeFirstStep(page, url) {
  await page.addInitScript(() => {
    addEventListener('loaded', (event) => {
      if (window.firstStep) return;
      window.firstStep = event.target.step()
        .then(() => new Promise(requestAnimationFrame)).then(() => performance.now());
    }, true);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.firstStep, null, { timeout: 60_000 });
  return page.evaluate(() => window.firstStep);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchPage();
