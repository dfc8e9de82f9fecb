// embed.test.mjs - embedding in blog posts (web/embed.mjs, web/embed.html,
// the demo posts in web/demo/) in a real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core), served by esbuild's static
// server as in page.test.mjs.  Checks what a blogger and a reader get: the
// marked code blocks each static-site generator emits become playgrounds
// holding exactly their code; nothing heavy loads before an embed nears the
// viewport; nothing jumps; embeds step on their own; the host's CSS and the
// embed leave each other alone; dark mode follows the host; the iframe page
// opens where its URL says and reports its height; five embeds download the
// wasm once.  Screenshots go to test-results/embed/ (SHOTS=dir: elsewhere).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync } from 'node:fs';
import { serveInChromium } from './lib/browser.mjs';
import { buildVendor } from '../web/coro-scope/vendor.mjs';

const webDir = fileURLToPath(new URL('../web', import.meta.url));
const fixtures = new URL('./fixtures/embed/', import.meta.url);
const shots = process.env.SHOTS ?? fileURLToPath(new URL('../test-results/embed', import.meta.url));
let server, browser, baseUrl;

before(async () => {
  await buildVendor();
  mkdirSync(shots, { recursive: true });
  server = await serveInChromium(webDir);
  ({ url: baseUrl, browser } = server);
});

after(() => server?.close());

/**
 * A fresh page (not yet navigated) that counts requests by kind and fails
 * the test on any console error or page error; a screenshot at the end.
 */
async function newPage(t, { locale = 'ko-KR', colorScheme = 'light', width = 1280, height = 800, errorsAllowed = false } = {}) {
  const page = await browser.newPage({ locale, colorScheme, viewport: { width, height } });
  const errors = [];
  const requests = { element: 0, wasm: 0, worker: 0, all: [] };
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => {
    const url = r.url();
    requests.all.push(url);
    if (url.endsWith('/coro-scope/element.mjs')) requests.element++;
    if (url.endsWith('/stepper-worker.mjs')) requests.worker++;
  });
  page.on('response', (r) => { if (r.url().endsWith('.wasm')) requests.wasm++; });
  t.after(async () => {
    await page.screenshot({ path: `${shots}/${t.name.replace(/\W+/g, '_').slice(0, 60)}.png` });
    if (!errorsAllowed) assert.deepEqual(errors, []);
    await page.close();
  });
  return { page, requests };
}

/** Scrolls so the element's top is `offset` px below the viewport's top. */
function scrollTo(page, selector, offset = 80) {
  return page.evaluate(({ selector, offset }) => {
    const el = document.querySelector(selector);
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - offset);
  }, { selector, offset });
}

/** Waits until an embed (in a page or a frame) has started: its program loaded and opened at its step. */
function whenReady(page, selector) {
  return page.evaluate(async (s) => {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${s} did not start`)), 30_000));
    const started = customElements.whenDefined('coro-scope').then(() => document.querySelector(s).ready);
    await Promise.race([started, timeout]);
  }, selector);
}

/** A page position (not a viewport one) for each selector: top, left, width, height. */
function boxes(page, selectors) {
  return page.evaluate((selectors) => selectors.map((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return { top: r.top + window.scrollY, left: r.left, width: r.width, height: r.height };
  }), selectors);
}

const countdown = readFileSync(new URL('countdown.py', fixtures), 'utf8');

// Each fixture's marked blocks (one per fenced block the fixture holds).
const FIXTURES = { 'jekyll-kramdown': 1, 'jekyll-chirpy': 1, 'hugo-chroma': 3, 'mkdocs-material': 2, 'docusaurus': 2 };

/** Serves a fixture as a page of the test server, with or without the embed script. */
async function openFixture(page, name, { script = true } = {}) {
  const body = readFileSync(new URL(`${name}.html`, fixtures), 'utf8');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${body}`
    + `${script ? '<script type="module" src="/embed.mjs"></script>' : ''}</body></html>`;
  const url = `${baseUrl}fixture/${name}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
}

for (const [name, blocks] of Object.entries(FIXTURES)) {
  test(`${name}: each marked block becomes a <coro-scope> holding exactly its Python text`, async (t) => {
    const { page } = await newPage(t, { errorsAllowed: true });
    // the element is not needed to check the upgrade: keep it (and the engine) from loading
    await page.route('**/coro-scope/element.mjs', (route) => route.abort());
    await openFixture(page, name);
    await page.waitForFunction((n) => document.querySelectorAll('coro-scope[height]').length === n, blocks);
    const seen = await page.evaluate(async () => {
      const { inlineSource } = await import('/coro-scope/code-text.mjs');
      return {
        sources: [...document.querySelectorAll('coro-scope')].map(inlineSource),
        heights: [...document.querySelectorAll('coro-scope')].map((e) => [e.getBoundingClientRect().height, e.getAttribute('height')]),
        markedOutside: [...document.querySelectorAll('.coro-scope, [data-coro-scope]')].filter((b) => !b.closest('coro-scope')).length,
      };
    });
    assert.deepEqual(seen.sources, Array(blocks).fill(countdown));
    assert.equal(seen.markedOutside, 0, 'every marked block was upgraded');
    for (const [box, reserved] of seen.heights) assert.equal(`${box}px`, reserved, 'the reserved height is there at once');
  });
}

test('without JavaScript a marked block stays an ordinary, readable code block', async (t) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  t.after(() => context.close());
  await openFixture(page, 'jekyll-chirpy');
  const text = await page.locator('.rouge-code pre').innerText();
  assert.equal(text.trim(), countdown.trim());
  assert.ok(await page.locator('.rouge-code pre').isVisible());
});

test('the Korean post: nothing heavy loads until an embed nears the viewport; each starts as the reader reaches it', async (t) => {
  const { page, requests } = await newPage(t, { height: 700 });
  await page.goto(`${baseUrl}demo/post-ko.html`);
  await page.waitForFunction(() => document.querySelectorAll('coro-scope[height]').length === 3);
  const [first] = await boxes(page, ['#embed-send']);
  assert.ok(first.top > 2 * 700, 'the first embed starts more than a viewport below the fold');
  await page.waitForTimeout(500);
  assert.deepEqual({ element: requests.element, wasm: requests.wasm, worker: requests.worker }, { element: 0, wasm: 0, worker: 0 });
  // the reader scrolls until the first embed is within a viewport of the bottom edge
  await scrollTo(page, '#embed-send', 700 + 400);
  await whenReady(page, '#embed-send');
  assert.equal(requests.element, 1);
  assert.ok(requests.wasm >= 1);
  assert.equal(await page.evaluate(() => document.getElementById('embed-gather').shadowRoot), null, 'the second has not started');
  const before = requests.worker;
  await scrollTo(page, '#embed-gather');
  await whenReady(page, '#embed-gather');
  assert.ok(requests.worker > before, 'the second started its own worker once reached');
  assert.equal(requests.element, 1, 'the element module is imported once');
});

test('a focused embed starts even when far from the viewport, and only that one', async (t) => {
  const { page, requests } = await newPage(t, { height: 700 });
  await page.goto(`${baseUrl}demo/post-ko.html`);
  await page.waitForFunction(() => document.querySelectorAll('coro-scope[height]').length === 3);
  const upgraded = 'coro-scope:not([id])';
  await page.evaluate((s) => document.querySelector(s).focus({ preventScroll: true }), upgraded);
  await whenReady(page, upgraded);
  assert.equal(requests.element, 1);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll');
  assert.deepEqual(await page.evaluate(() => ['embed-send', 'embed-gather'].map((id) => document.getElementById(id).shadowRoot)), [null, null]);
});

test('no layout jump: what follows each embed stays where it was when the embed loads', async (t) => {
  const { page } = await newPage(t, { height: 700 });
  await page.goto(`${baseUrl}demo/post-ko.html`);
  await page.waitForFunction(() => document.querySelectorAll('coro-scope[height]').length === 3);
  const below = ['#embed-send + p', '#embed-gather + p', '#after-upgraded', 'footer'];
  const reserved = await boxes(page, below);
  for (const id of ['#embed-send', '#embed-gather', 'coro-scope:not([id])']) {
    await scrollTo(page, id);
    await whenReady(page, id);
  }
  await page.waitForTimeout(300);
  const loaded = await boxes(page, below);
  for (const [i, box] of loaded.entries()) {
    assert.ok(Math.abs(box.top - reserved[i].top) <= 2, `${below[i]} moved from ${reserved[i].top} to ${box.top}`);
    assert.ok(Math.abs(box.height - reserved[i].height) <= 2);
  }
});

test('an embed opening at a step, below the reader, does not scroll the reader\'s page', async (t) => {
  const { page } = await newPage(t, { height: 950 });
  await page.goto(`${baseUrl}demo/post-ko.html`);
  // the reader reads the first embed; the second (step="4") is within a viewport below and starts
  await scrollTo(page, '#embed-send');
  const reading = await page.evaluate(() => window.scrollY);
  const [second] = await boxes(page, ['#embed-gather']);
  assert.ok(second.top > reading + 950, 'the second embed is out of sight, below');
  await whenReady(page, '#embed-gather');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.scrollY), reading);
});

test('embeds step independently; the arrow keys act only on the focused embed', async (t) => {
  const { page } = await newPage(t);
  await page.goto(`${baseUrl}demo/post-ko.html`);
  for (const id of ['#embed-send', '#embed-gather']) {
    await scrollTo(page, id);
    await whenReady(page, id);
  }
  const steps = () => page.evaluate(() => ['embed-send', 'embed-gather'].map((id) => document.getElementById(id).snapshot.step));
  const [send0, gather0] = await steps();
  assert.equal(gather0, 4, 'the second opens at its step attribute');
  // a step at coroutine or scheduler granularity may pass several events: wait for the step number to move
  const moved = (id, from) => page.waitForFunction(([id, from]) => document.getElementById(id).snapshot.step !== from, [id, from]);
  await page.focus('#embed-send');
  await page.keyboard.press('ArrowRight');
  await moved('embed-send', send0);
  const [send1] = await steps();
  await page.keyboard.press('ArrowRight');
  await moved('embed-send', send1);
  const [send2, gatherAfter] = await steps();
  assert.ok(send0 < send1 && send1 < send2);
  assert.equal(gatherAfter, gather0, 'the other embed stays where it was');
  await page.focus('#embed-gather');
  await page.keyboard.press('ArrowLeft');
  await moved('embed-gather', gather0);
  const [sendNow, gather1] = await steps();
  assert.ok(gather1 < gather0);
  assert.equal(sendNow, send2);
  // with the focus on the page itself, the keys are the page's
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(400);
  assert.deepEqual(await steps(), [send2, gather1]);
});

test('the upgraded Rouge block runs its own code: run to the end, the console shows its output', async (t) => {
  const { page } = await newPage(t);
  await page.goto(`${baseUrl}demo/post-ko.html`);
  const upgraded = 'coro-scope:not([id])';
  await scrollTo(page, upgraded);
  await whenReady(page, upgraded);
  const el = page.locator(upgraded);
  assert.match(await el.evaluate((e) => e.source), /^import asyncio\n\nasync def brew\(name, seconds\):\n/);
  assert.equal(await el.getAttribute('granularity'), 'scheduler', 'data-granularity on the block');
  await el.locator('button[part~="runToEnd"]').click();
  await page.waitForFunction((s) => document.querySelector(s).dataset.state === 'normal', upgraded);
  assert.equal(await el.locator('.cs-console .cs-panel-body').textContent(),
    "커피 시작\n차 시작\n차 완료\n커피 완료\n['커피', '차']\n");
  await scrollTo(page, upgraded, 20);
});

test('the English post: the element speaks the page\'s language; the marked <pre> runs in English', async (t) => {
  const { page } = await newPage(t, { locale: 'ko-KR', width: 1100 });
  await page.goto(`${baseUrl}demo/post-en.html`);
  await whenReady(page, '#embed-gather');
  assert.match(await page.locator('#embed-gather .cs-narration').textContent(), /^Nothing has run yet/,
    '<html lang="en"> wins over the browser\'s Korean');
  const upgraded = 'coro-scope:not([id])';
  await scrollTo(page, upgraded);
  await whenReady(page, upgraded);
  await page.locator(upgraded).locator('button[part~="runToEnd"]').click();
  await page.waitForFunction((s) => document.querySelector(s).dataset.state === 'normal', upgraded);
  assert.equal(await page.locator(upgraded).locator('.cs-console .cs-panel-body').textContent(),
    'T minus 3\nT minus 2\nT minus 1\nliftoff\n');
  assert.match(await page.locator(upgraded).locator('.cs-status').textContent(), /^The program ended\./);
});

/** The background the reader sees behind an embed, as [r, g, b]. */
async function background(page, selector) {
  const css = await page.evaluate((s) => getComputedStyle(document.querySelector(s)).backgroundColor, selector);
  return css.match(/\d+/g).slice(0, 3).map(Number);
}
const isDark = ([r, g, b]) => (r + g + b) / 3 < 80;

test('dark mode follows html[data-mode] as Chirpy\'s toggle switches it, and the system when the host says nothing', async (t) => {
  const { page } = await newPage(t, { colorScheme: 'light' });
  await page.goto(`${baseUrl}demo/post-ko.html`);
  await scrollTo(page, '#embed-send');
  await whenReady(page, '#embed-send');
  assert.equal(isDark(await background(page, '#embed-send')), false);
  await page.click('#mode-toggle');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.mode), 'dark');
  await page.waitForFunction(() => getComputedStyle(document.getElementById('embed-send')).backgroundColor !== 'rgb(255, 255, 255)');
  assert.equal(isDark(await background(page, '#embed-send')), true);
  await page.screenshot({ path: `${shots}/post-ko-dark.png` });
  // an embed started later picks the mode up too
  await scrollTo(page, '#embed-gather');
  await whenReady(page, '#embed-gather');
  assert.equal(isDark(await background(page, '#embed-gather')), true);
  await page.click('#mode-toggle');
  await page.waitForFunction(() => getComputedStyle(document.getElementById('embed-gather')).backgroundColor === 'rgb(255, 255, 255)');
  // no data-mode at all: the reader's system decides
  await page.evaluate(() => delete document.documentElement.dataset.mode);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => getComputedStyle(document.getElementById('embed-gather')).backgroundColor !== 'rgb(255, 255, 255)');
  assert.equal(isDark(await background(page, '#embed-gather')), true);
});

// ---- guest manners --------------------------------------------------------

/** Every part inside the embed: its box relative to the embed's, and the styles that shape it. */
function insideParts(page) {
  return page.evaluate(() => {
    const host = document.getElementById('guest');
    const origin = host.getBoundingClientRect();
    const props = ['font-size', 'font-family', 'font-weight', 'line-height', 'color', 'background-color', 'letter-spacing',
      'word-spacing', 'text-transform', 'text-align', 'white-space', 'display', 'box-sizing', 'padding-top', 'padding-left',
      'border-top-width', 'border-top-style', 'margin-top', 'margin-left', 'float', 'list-style-type'];
    const parts = [...host.shadowRoot.querySelectorAll('.cs-root, .cs-root *')].map((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return { tag: el.localName, box: 'not rendered' };
      const style = getComputedStyle(el);
      return { tag: el.localName, cls: el.className?.baseVal ?? el.className, box: [r.x - origin.x, r.y - origin.y, r.width, r.height].map(Math.round),
        style: props.map((p) => style.getPropertyValue(p)).join('|') };
    });
    return { size: [origin.width, origin.height], parts };
  });
}

test('hostile CSS on the host page changes nothing inside the embed', async (t) => {
  const seen = {};
  for (const hostile of [false, true]) {
    const { page } = await newPage(t, { locale: 'en-US' });
    if (!hostile) await page.route('**/demo/hostile.css', (route) => route.fulfill({ contentType: 'text/css', body: '' }));
    await page.goto(`${baseUrl}demo/hostile.html`);
    await whenReady(page, '#guest');
    await page.waitForFunction(() => document.getElementById('guest').snapshot.step === 3);
    await page.waitForTimeout(300);
    seen[hostile] = await insideParts(page);
    if (hostile) {
      // the page really is hostile: its own button is hidden and its text 30px
      assert.equal(await page.locator('#host-button').isVisible(), false);
      assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('host-para')).fontSize), '30px');
    }
  }
  assert.ok(seen.true.parts.length > 50, 'the embed has its parts');
  assert.deepEqual(seen.true.size, seen.false.size, 'the embed keeps its size');
  for (const [i, part] of seen.false.parts.entries()) {
    assert.deepEqual(seen.true.parts[i], part, `part ${i} (${part.tag}.${part.cls}) differs under hostile CSS`);
  }
});

test('the embed changes nothing outside itself: host elements keep their styles and boxes', async (t) => {
  const seen = {};
  for (const embedded of [false, true]) {
    const { page } = await newPage(t, { locale: 'en-US' });
    if (!embedded) await page.route('**/embed.mjs', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
    await page.goto(`${baseUrl}demo/hostile.html`);
    if (embedded) await whenReady(page, '#guest');
    seen[embedded] = await page.evaluate(() => {
      const guest = document.getElementById('guest');
      const props = ['font-size', 'font-family', 'line-height', 'color', 'background-color', 'display', 'margin-top', 'padding-top', 'border-top-width', 'box-sizing'];
      const outside = [...document.querySelectorAll('body *')].filter((el) => !guest.contains(el) && el !== guest);
      return {
        sheets: document.styleSheets.length,
        parts: outside.map((el) => {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) return { id: el.id || el.localName, after: false, box: [0, 0, 0, 0], style: 'not rendered' };
          const after = Boolean(guest.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
          return { id: el.id || el.localName, after, box: [r.x, r.y + scrollY, r.width, r.height],
            style: props.map((p) => getComputedStyle(el).getPropertyValue(p)).join('|') };
        }),
      };
    });
  }
  const { true: withEmbed, false: without } = seen;
  assert.equal(withEmbed.sheets, without.sheets, 'no stylesheet added to the page');
  assert.equal(withEmbed.parts.length, without.parts.length, 'no element added outside the embed');
  // what follows the embed moves down by the room it takes, all by the same amount; nothing else moves
  const firstAfter = without.parts.findIndex((p) => p.after);
  const grown = withEmbed.parts[firstAfter].box[1] - without.parts[firstAfter].box[1];
  assert.ok(grown > 400, `the embed takes its own room (${grown}px)`);
  for (const [i, part] of without.parts.entries()) {
    const other = withEmbed.parts[i];
    assert.equal(other.style, part.style, `${part.id}: styles`);
    const shift = part.after ? grown : 0;
    const taller = part.id === 'host' ? grown : 0;      // the embed's container holds the room
    const expected = [part.box[0], part.box[1] + shift, part.box[2], part.box[3] + taller];
    assert.deepEqual(other.box.map(Math.round), expected.map(Math.round), `${part.id}: box`);
  }
});

// ---- the iframe page --------------------------------------------------------

test('the iframe page opens at the step its URL names and the host fits the frame to the height it reports', async (t) => {
  const { page } = await newPage(t, { locale: 'en-US' });
  await page.goto(`${baseUrl}demo/iframe.html`);
  const fitted = page.frameLocator('#frame-fitted');
  await fitted.locator('#scope[data-state]').waitFor({ timeout: 30_000 });
  await whenReady(page.frame({ url: /example=gather/ }), '#scope');
  const inside = await page.frame({ url: /example=gather/ }).evaluate(() => ({
    step: document.getElementById('scope').snapshot.step,
    height: Math.ceil(document.documentElement.getBoundingClientRect().height),
    panels: [...document.getElementById('scope').shadowRoot.querySelectorAll('.cs-panel')].filter((p) => !p.hidden).length,
  }));
  assert.equal(inside.step, 7);
  assert.equal(inside.panels, 5, 'panels= from the URL');
  assert.match(await fitted.locator('.cs-stepno').textContent(), /^step 7 \/ 7$/);
  await page.waitForFunction((h) => document.getElementById('frame-fitted').getBoundingClientRect().height === h, inside.height);
  // the second frame: its program, language and step from a share payload; it fills its fixed height
  await scrollTo(page, '#frame-fixed');
  const fixed = page.frameLocator('#frame-fixed');
  await fixed.locator('#scope[data-state]').waitFor({ timeout: 30_000 });
  await whenReady(page.frame({ url: /#code=/ }), '#scope');
  const shared = await page.frame({ url: /#code=/ }).evaluate(() => {
    const el = document.getElementById('scope');
    return { step: el.snapshot.step, source: el.source, height: el.getBoundingClientRect().height, frame: innerHeight };
  });
  assert.equal(shared.step, 9);
  assert.match(shared.source, /^def averager\(\):\n/);
  assert.equal(shared.height, shared.frame);
  assert.equal(await page.locator('#frame-fixed').evaluate((f) => f.getBoundingClientRect().height), 560);
});

test('embed.html takes a share payload and lets the URL override its settings', async (t) => {
  const { encodeShare } = await import('../web/coro-scope/share.mjs');
  const code = 'def gen():\n    yield 1\n    yield 2\n\nprint(list(gen()))\n';
  const payload = await encodeShare({ code, lang: 'ko', granularity: 'line', step: 2 });
  const { page } = await newPage(t, { locale: 'en-US', width: 900 });
  await page.goto(`${baseUrl}embed.html#code=${payload}&lang=en&step=3&theme=dark`);
  await whenReady(page, '#scope');
  const seen = await page.evaluate(() => {
    const el = document.getElementById('scope');
    return { source: el.source, step: el.snapshot.step, lang: el.language, bg: getComputedStyle(el).backgroundColor };
  });
  assert.equal(seen.source, code);
  assert.equal(seen.step, 3, 'step= overrides the payload\'s');
  assert.equal(seen.lang, 'en', 'lang= overrides the payload\'s');
  assert.equal(isDark(seen.bg.match(/\d+/g).map(Number)), true, 'theme=dark');
});

// ---- several embeds ----------------------------------------------------------

test('five embeds on one page download the wasm once and step on their own', async (t) => {
  const { page, requests } = await newPage(t, { locale: 'en-US', height: 900 });
  await page.goto(`${baseUrl}demo/many.html`);
  for (const id of ['#e1', '#e2', '#e3', '#e4', '#e5']) {
    await scrollTo(page, id);
    await whenReady(page, id);
  }
  const steps = await page.evaluate(async () => {
    const els = [...document.querySelectorAll('coro-scope')];
    await els[1].step();
    await els[1].step();
    return els.map((e) => e.snapshot.step);
  });
  assert.ok(steps[1] > 0, 'the second stepped');
  assert.deepEqual(steps.filter((_, i) => i !== 1), [0, 0, 0, 0], 'the others did not');
  assert.equal(requests.element, 1);
  assert.equal(requests.wasm, 1, `the wasm was fetched ${requests.wasm} times`);
});
