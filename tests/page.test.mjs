// page.test.mjs - the playground page (web/index.html, <coro-scope>) in a
// real headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core), served from 127.0.0.1 by esbuild's static server, as a
// reader gets it.  Checks what a reader sees: the panels' visible text, the
// markers in the code, the narration in both languages, the keys, the end
// states.  A screenshot of each test's page is saved as a test artifact in
// test-results/page/ (SHOTS=dir: elsewhere).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { serveInChromium } from './lib/browser.mjs';
import { buildVendor } from '../web/coro-scope/vendor.mjs';

const webDir = fileURLToPath(new URL('../web', import.meta.url));
const shots = process.env.SHOTS ?? fileURLToPath(new URL('../test-results/page', import.meta.url));
let server, browser, baseUrl;

before(async () => {
  await buildVendor();                       // CodeMirror for the code panel, on a clean clone too
  mkdirSync(shots, { recursive: true });
  server = await serveInChromium(webDir);
  ({ url: baseUrl, browser } = server);
});

after(() => server?.close());

/** A fresh page with the playground loaded, in a given language. */
async function open(t, { locale = 'ko-KR', colorScheme = 'light' } = {}) {
  const page = await browser.newPage({ locale, colorScheme, viewport: { width: 1400, height: 950 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.fetched = [];                                   // every URL the page and its workers asked for
  page.context().on('request', (request) => page.fetched.push(request.url()));
  await page.goto(baseUrl);
  await page.waitForSelector('#scope[data-state="paused"]', { timeout: 30_000 });
  t.after(async () => {
    await page.screenshot({ path: `${shots}/${t.name.replace(/\W+/g, '_').slice(0, 60)}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await page.close();
  });
  return page;
}

const scope = (page, css) => page.locator(`#scope ${css}`);
const snapshot = (page) => page.evaluate(() => document.getElementById('scope').snapshot);

/** Chooses a gallery example as a reader does, and sets the step size. */
async function choose(page, id, granularity) {
  await page.evaluate(() => {
    const el = document.getElementById('scope');
    window.loaded = new Promise((resolve) => el.addEventListener('loaded', resolve, { once: true }));
  });
  await page.click(`nav button[data-example="${id}"]`);
  await page.evaluate(() => window.loaded);
  if (granularity) await scope(page, '.cs-toolbar select').nth(1).selectOption(granularity);
}

/** Presses Step until the snapshot satisfies test (a function of it), at most max times. */
async function stepUntil(page, testSource, max = 400) {
  return page.evaluate(async ({ testSource, max }) => {
    const el = document.getElementById('scope');
    const done = new Function('snap', `return (${testSource})(snap)`);
    for (let i = 0; i < max && !done(el.snapshot); i++) {
      if (el.snapshot.state !== 'paused') break;
      el.shadowRoot.querySelector('.cs-primary').click();
      await new Promise((resolve) => el.addEventListener('step', resolve, { once: true }));
    }
    return el.snapshot;
  }, { testSource: testSource.toString(), max });
}

test('the page loads: the engine, the code, the gallery in the article\'s order; the editor only when editing', async (t) => {
  const page = await open(t);
  assert.equal(await page.locator('nav button[data-example]').count(), 16);
  const sections = await page.locator('nav .section').allTextContents();
  assert.deepEqual(sections.map((s) => parseInt(s, 10)), [...sections].map((s) => parseInt(s, 10)).sort((a, b) => a - b));
  assert.match(await page.locator('nav button[data-example="send"]').textContent(), /send\(\)로 값 전달/);
  assert.equal(await scope(page, '.cm-editor').count(), 0);
  assert.match(await scope(page, '.cs-source').textContent(), /def countdown\(n\):/);
  assert.equal(await scope(page, '.cs-line[data-line="1"]').textContent(), 'def countdown(n):');
  await page.waitForSelector('#scope .cs-source .tok-keyword');   // highlighted once the Lezer parser is in
  assert.equal(await scope(page, '.cs-source .tok-keyword').first().textContent(), 'def');
  assert.deepEqual(page.fetched.filter((url) => url.includes('codemirror')), [], 'no editor before editing');
  assert.match(await scope(page, '.cs-narration').textContent(), /아직 아무것도 실행되지 않았습니다/);
  assert.equal(await scope(page, '.cs-stepno').textContent(), '0단계 / 0');
});

test('stepping a generator: the running line, a GEN_SUSPENDED card with its locals and the yielded value, the suspended marker', async (t) => {
  const page = await open(t);
  await choose(page, 'send', 'coroutine');
  // next(avg), then avg.send(10): the second yield gives out 10.0
  const snap = await stepUntil(page, (s) => s.event?.event === 'gen_yield' && s.event.value === '10.0');
  assert.equal(snap.event.value, '10.0');
  const card = scope(page, '.cs-card[data-state="GEN_SUSPENDED"]');
  assert.equal(await card.count(), 1, await scope(page, '.cs-objects').innerHTML());
  const text = await card.textContent();
  assert.match(text, /averager#1/);
  assert.match(text, /GEN_SUSPENDED/);
  assert.match(text, /total\s*10/);
  assert.match(text, /count\s*1/);
  assert.match(text, /내보낸 값\s*10\.0/);
  assert.match(text, /보낸 값\s*send\(10\)/);
  // the module's line runs; the generator's line shows it paused, labelled with its name
  assert.equal(await scope(page, '.cs-line[data-mark="running"]').textContent(), 'print(avg.send(10))');
  assert.match(await scope(page, '.cs-line[data-mark="suspended"]').textContent(), /value = yield average/);
  assert.match(await scope(page, '.cs-mark-suspended').textContent(), /averager#1/);
});

test('back returns to exactly the snapshot seen before; the scrubber jumps', async (t) => {
  const page = await open(t);
  await choose(page, 'generator', 'line');
  const seen = [];
  for (let i = 0; i < 6; i++) seen.push(await stepUntil(page, () => false, 1));
  await scope(page, 'button[part~="back"]').click();
  await page.waitForFunction((step) => document.getElementById('scope').snapshot.step === step, seen[4].step);
  assert.deepEqual(await snapshot(page), seen[4]);
  const shown = await scope(page, '.cs-narration').textContent();
  // the scrubber: to the second step seen, and its panels are that step's
  await scope(page, '.cs-scrub input').evaluate((input, value) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, String(seen[1].step));
  await page.waitForFunction((step) => document.getElementById('scope').snapshot.step === step, seen[1].step);
  assert.deepEqual(await snapshot(page), seen[1]);
  assert.notEqual(await scope(page, '.cs-narration').textContent(), shown);
});

test('asyncio: tasks, the ready queue in order, timers with deadlines, the clock jumping', async (t) => {
  const page = await open(t);
  await choose(page, 'gather', 'scheduler');
  await stepUntil(page, (s) => s.ready.length === 3);
  assert.deepEqual(await scope(page, '.cs-ready li').allTextContents(), ['Task-2 step', 'Task-3 step', 'Task-4 step']);
  assert.deepEqual((await scope(page, '.cs-tasks li > code').allTextContents()).slice(0, 4),
    ['Task-1', 'Task-2', 'Task-3', 'Task-4']);
  await stepUntil(page, (s) => s.timers.length === 3);
  const timers = await scope(page, '.cs-timers li').allTextContents();
  assert.equal(timers.length, 3);
  for (const timer of timers) assert.match(timer, /^1\.0s /);
  assert.match(await scope(page, '.cs-tasks').textContent(), /Task-1 PENDING\s*기다리는 것: /);
  assert.equal(await scope(page, '.cs-clock-value').textContent(), '0.0s');
  const jump = await stepUntil(page, (s) => s.event?.event === 'clock');
  assert.deepEqual([jump.event.from, jump.event.time], [0, 1]);
  assert.equal(await scope(page, '.cs-clock-value').textContent(), '1.0s');
  assert.equal(await scope(page, '.cs-clock-from').textContent(), '0.0s → ');
  assert.match(await scope(page, '.cs-narration').textContent(), /가상 시계가 0\.0에서 다음 타이머 시각 1\.0으로 건너뜁니다/);
  // the await chains: main awaits the gathering future; a fetch awaits sleep
  const end = await stepUntil(page, (s) => s.state === 'ended');
  assert.equal(end.end.reason, 'normal');
  assert.match(await scope(page, '.cs-console').textContent(), /\['a', 'b', 'c'\] 1\.0s/);
});

test('narration in Korean and in English, switched by the language button', async (t) => {
  const page = await open(t);
  await choose(page, 'send', 'coroutine');
  await stepUntil(page, (s) => s.event?.event === 'gen_yield' && s.event.value === '10.0');
  assert.equal(await scope(page, '.cs-narration').textContent(),
    'averager#1이 6번째 줄의 yield에서 10.0을 내보내고 멈춥니다. 지역 변수와 실행 위치는 그대로 보존됩니다.');
  assert.equal(await scope(page, '.cs-narration').getAttribute('aria-live'), 'polite');
  await scope(page, 'button[part~="lang"]').click();
  assert.equal(await scope(page, '.cs-narration').textContent(),
    'averager#1 yields 10.0 at line 6 and pauses; its locals and position are kept.');
  assert.match(await scope(page, 'button[part~="step"]').textContent(), /Step/);
  assert.match(await page.locator('nav button[data-example="send"]').textContent(), /send\(\): passing values in/);
  await stepUntil(page, (s) => s.event?.event === 'gen_resume' && s.event.value === '30');
  assert.match(await scope(page, '.cs-narration').textContent(), /<module> resumes averager#1 with send\(30\): the paused yield at line 6 becomes 30\./);
  await scope(page, 'button[part~="lang"]').click();
  assert.match(await scope(page, '.cs-narration').textContent(), /^<module>이 send\(30\)으로 averager#1을 재개합니다\. 6번째 줄에서 멈춰 있던 yield 식의 값이 30이 됩니다\.$/);
});

test('keyboard: → steps, ← goes back, Home resets, End runs to the end; focus is visible', async (t) => {
  const page = await open(t);
  await page.locator('#scope').focus();
  for (let i = 0; i < 3; i++) {
    const before = (await snapshot(page)).step;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => document.getElementById('scope').snapshot.step > n, before);
  }
  const third = await snapshot(page);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((n) => document.getElementById('scope').snapshot.step > n, third.step);
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((n) => document.getElementById('scope').snapshot.step === n, third.step);
  assert.deepEqual(await snapshot(page), third);
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.getElementById('scope').snapshot.step === 0);
  await page.keyboard.press('End');
  await page.waitForSelector('#scope[data-state="normal"]');
  assert.match(await scope(page, '.cs-status').textContent(), /프로그램이 끝났습니다/);
  // Tab reaches the buttons, and the focused one shows an outline
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const active = document.getElementById('scope').shadowRoot.activeElement;
    return active && getComputedStyle(active).outlineStyle;
  });
  assert.equal(outline, 'solid');
});

test('a runaway loop ends at the step budget with "continue", and the page stays responsive', async (t) => {
  const page = await open(t);
  await page.evaluate(() => document.getElementById('scope').load('n = 0\nwhile True:\n    n += 1\n'));
  await scope(page, 'button[part~="runToEnd"]').click();
  // the page's own code keeps running while the worker runs the loop
  const ticks = await page.evaluate(async () => {
    let n = 0;
    const until = performance.now() + 200;
    while (performance.now() < until) { n++; await new Promise((r) => setTimeout(r, 10)); }
    return n;
  });
  assert.ok(ticks >= 10, `the page ran ${ticks} timers in 200 ms`);
  await page.waitForSelector('#scope[data-state="step_budget"]', { timeout: 60_000 });
  assert.match(await scope(page, '.cs-status').textContent(), /단계 한도에 도달해 멈췄습니다/);
  const cont = scope(page, '.cs-status button');
  assert.equal(await cont.isVisible(), true);
  const at = (await snapshot(page)).step;
  await cont.click();
  await page.waitForSelector('#scope[data-state="paused"]');
  assert.equal((await snapshot(page)).step, at);
  assert.match(await scope(page, '.cs-card, .cs-panel').first().textContent(), /.+/);
  // and it steps on from there
  await scope(page, 'button[part~="step"]').click();
  await page.waitForFunction((n) => document.getElementById('scope').snapshot.step > n, at);
});

test('program text with <script> and HTML is shown as text, never run or parsed', async (t) => {
  const page = await open(t);
  await page.evaluate(() => { window.pwned = false; });
  const source = 'html = "<script>window.pwned = true</script><b id=\\"bold\\">bold</b><img src=x onerror=\\"window.pwned=true\\">"\nprint(html)\n';
  await page.evaluate((src) => document.getElementById('scope').load(src), source);
  await scope(page, 'button[part~="runToEnd"]').click();
  await page.waitForSelector('#scope[data-state="normal"]');
  assert.match(await scope(page, '.cs-console pre, pre.cs-panel-body').textContent(), /^<script>window\.pwned = true<\/script><b id="bold">bold<\/b><img src=x/);
  assert.match(await scope(page, '.cs-source').textContent(), /<script>window\.pwned = true<\/script>/);
  // step back to where html is a local of the module: its repr is text too
  await page.keyboard.press('Home');
  const counts = await page.evaluate(() => {
    const root = document.getElementById('scope').shadowRoot;
    return { b: root.querySelectorAll('b, #bold').length, img: root.querySelectorAll('img').length,
      script: root.querySelectorAll('script').length + document.querySelectorAll('script:not([type="module"])').length };
  });
  assert.deepEqual(counts, { b: 0, img: 0, script: 0 });
  assert.equal(await page.evaluate(() => window.pwned), false);
});

test('two instances on one page step independently, each with its own worker', async (t) => {
  const page = await open(t);
  await page.evaluate(async () => {
    for (const [id, example] of [['one', 'generator'], ['two', 'gather']]) {
      const el = document.createElement('coro-scope');
      el.id = id;
      el.setAttribute('example', example);
      el.setAttribute('language', 'en');
      document.body.append(el);
      await el.ready;
    }
  });
  const seen = await page.evaluate(async () => {
    const one = document.getElementById('one');
    const two = document.getElementById('two');
    await Promise.all([one.step(), two.step()]);          // both at once, each in its worker
    const twoAfterOne = two.snapshot;
    const ones = [one.snapshot.step];
    for (let i = 0; i < 3; i++) ones.push((await one.step()).step);
    return { ones, twoBefore: twoAfterOne, twoAfter: two.snapshot, main: document.getElementById('scope').snapshot.step };
  });
  assert.deepEqual(seen.twoAfter, seen.twoBefore, 'stepping one leaves two where it was');
  assert.deepEqual(seen.ones, [...seen.ones].sort((a, b) => a - b));
  assert.ok(seen.ones[3] > seen.ones[0]);
  assert.equal(seen.twoAfter.event.event, 'task_create');  // scheduler steps: its first
  assert.equal(seen.main, 0);
  assert.match(await page.locator('#one .cs-source').textContent(), /def countdown/);
  assert.match(await page.locator('#two .cs-source').textContent(), /asyncio\.gather/);
  assert.match(await page.locator('#one .cs-narration').textContent(), /^[A-Z`a-z]/);
  // styles stay inside: the host page's body font is untouched by the element's
  assert.equal(await page.evaluate(() => document.querySelectorAll('style').length), 1);
});

/** Two tasks that wait for ever: main on the waiter's task, the waiter on a future nobody sets. */
const DEADLOCK = 'import asyncio\n\nasync def waiter(fut):\n    await fut\n\nasync def main():\n'
  + '    fut = asyncio.get_running_loop().create_future()\n    await asyncio.create_task(waiter(fut))\n\nasyncio.run(main())\n';

test('a deadlock ends with its state and the waiting tasks highlighted; an uncaught exception marks its line', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  await page.evaluate((src) => document.getElementById('scope').load(src), DEADLOCK);
  await scope(page, 'button[part~="runToEnd"]').click();
  await page.waitForSelector('#scope[data-state="deadlock"]');
  assert.match(await scope(page, '.cs-status').textContent(), /^Deadlock: every task waits/);
  assert.deepEqual(await scope(page, '.cs-task-stuck > code').allTextContents(), ['Task-1', 'Task-2']);
  assert.match(await scope(page, '.cs-task-stuck').nth(0).textContent(), /waits on:\s*Task-2/);
  await page.evaluate(() => document.getElementById('scope').load('def f(x):\n    return 1 / x\n\nf(0)\n'));
  await scope(page, 'button[part~="runToEnd"]').click();
  await page.waitForSelector('#scope[data-state="exception"]');
  assert.equal(await scope(page, '.cs-line[data-mark="error"]').textContent(), '    return 1 / x' + 'ZeroDivisionError: division by zero');
  assert.match(await scope(page, '.cs-console').textContent(), /Traceback \(most recent call last\):/);
  assert.match(await scope(page, '.cs-narration').textContent(), /ZeroDivisionError: division by zero, raised at line 2 in f\(\), was caught by no except/);
});

test('a deadlock marks each waiting task\'s line in the code, labelled with the task, in both languages', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  await page.evaluate((src) => document.getElementById('scope').load(src), DEADLOCK);
  await scope(page, 'button[part~="runToEnd"]').click();
  await page.waitForSelector('#scope[data-state="deadlock"]');
  const lines = scope(page, '.cs-line[data-mark="waiting"]');
  assert.equal(await lines.count(), 2);
  // each label names its task (colour is not the only carrier), on the line where it awaits
  const seen = (await lines.allTextContents()).sort();
  assert.deepEqual(seen, ['    await asyncio.create_task(waiter(fut))Task-1 waits', '    await futTask-2 waits']);
  assert.deepEqual((await scope(page, '.cs-mark-waiting').allTextContents()).sort(), ['Task-1 waits', 'Task-2 waits']);
  await scope(page, 'button[part~="lang"]').click();
  assert.deepEqual((await scope(page, '.cs-mark-waiting').allTextContents()).sort(), ['Task-1 대기 중', 'Task-2 대기 중']);
});

test('the common mistakes are named: a blocking call, a nested asyncio.run', async (t) => {
  const page = await open(t);
  await choose(page, 'blocking', 'scheduler');
  await stepUntil(page, (s) => s.event?.event === 'clock');
  assert.match(await scope(page, '.cs-narration').textContent(), /블로킹 호출이 이벤트 루프 전체를 1\.0초 동안 멈춥니다.*\(흔한 실수 2\)/);
  // the catch of the nested asyncio.run's RuntimeError: no UI granularity stops at it, so jump there
  await choose(page, 'nested-run', 'line');
  const caught = await page.evaluate(async () => {
    const el = document.getElementById('scope');
    for (let n = 1; n < 60; n++) {
      const snap = await el.jump(n);
      if (snap.event?.event === 'exception_caught') return snap;
    }
    return null;
  });
  assert.match(caught.event.text, /asyncio\.run\(\) cannot be called from a running event loop/);
  assert.match(await scope(page, '.cs-narration').textContent(), /except가 RuntimeError: .* 잡습니다.*\(흔한 실수 5\)$/);
});

test('editing the code runs the new text from the start; the theme switch turns the element dark', async (t) => {
  const page = await open(t);
  await stepUntil(page, () => false, 2);
  const marked = () => page.$$eval('#gallery [aria-current="true"]', (items) => items.map((b) => b.dataset.example));
  assert.deepEqual(await marked(), ['generator']);
  await scope(page, 'button[part~="edit"]').click();              // CodeMirror loads now
  await page.waitForSelector('#scope .cm-content');
  assert.equal(await scope(page, '.cs-source').count(), 0);
  assert.ok(page.fetched.some((url) => url.endsWith('/vendor/codemirror.mjs')));
  assert.equal(await scope(page, '.cm-line[data-mark="running"]').count(), 1, 'the editor keeps the marks');
  await scope(page, '.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('print("edited")\n');
  assert.match(await scope(page, '.cs-status').textContent(), /코드가 바뀌었습니다/);
  await page.evaluate(() => document.getElementById('scope').runToEnd());
  await page.waitForSelector('#scope[data-state="normal"]');
  assert.match(await scope(page, '.cs-console').textContent(), /끝\nedited\n$/);
  await scope(page, 'button[part~="edit"]').click();              // back to the read-only view
  await page.waitForSelector('#scope .cs-source');
  assert.match(await scope(page, '.cs-source').textContent(), /print\("edited"\)/);
  assert.equal(await scope(page, '.cm-editor').count(), 0);
  assert.deepEqual(await marked(), [], 'the edited program is no longer the gallery example');
  const background = () => page.evaluate(() => getComputedStyle(document.getElementById('scope')).backgroundColor);
  const light = await background();
  await scope(page, 'button[part~="theme"]').click();
  assert.equal(await page.getAttribute('#scope', 'theme'), 'dark');
  assert.notEqual(await background(), light);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
});

test('a syntax error is shown on its line with CPython\'s message; play steps on its own until paused', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  await page.evaluate(() => document.getElementById('scope').load('x = 1\ndef f(:\n    pass\n'));
  await page.waitForSelector('#scope[data-state="syntax_error"]');
  const line = scope(page, '.cs-line[data-mark="error"]');
  assert.match(await line.textContent(), /^def f\(:SyntaxError: invalid syntax \(2:7\)/);
  assert.equal(await scope(page, '.cs-error-at').textContent(), ':');
  assert.match(await scope(page, '.cs-status').textContent(), /did not compile/);
  await choose(page, 'generator', 'line');
  await scope(page, 'select').first().selectOption({ label: '10×' });
  await scope(page, 'button[part~="play"]').click();
  await page.waitForFunction(() => document.getElementById('scope').snapshot.step >= 8);
  assert.match(await scope(page, 'button[part~="play"]').textContent(), /Pause/);
  await page.keyboard.press('Space');      // focus is on the play button: Space presses it
  const paused = (await snapshot(page)).step;
  await page.waitForTimeout(300);
  assert.ok((await snapshot(page)).step - paused <= 1, 'play stopped');
  assert.match(await scope(page, 'button[part~="play"]').textContent(), /Play/);
});

test('the timeline: sequential awaits stretch over 3 s, gather fits in 1 s; by step order; a click jumps', async (t) => {
  const page = await open(t);
  const drawn = async (id) => {
    await choose(page, id, 'scheduler');
    await page.evaluate(() => document.getElementById('scope').timelineDrawn);
    const svg = scope(page, '.cs-timeline-svg');
    return {
      lanes: await svg.locator('.cs-tl-label').allTextContents(),
      ticks: await svg.locator('.cs-tl-tick').allTextContents(),
      waits: await svg.locator('.cs-tl-wait').count(),
      runs: await svg.locator('.cs-tl-run').count(),
    };
  };
  const sequential = await drawn('sequential');
  assert.deepEqual(sequential.lanes, ['Task-1']);
  assert.equal(sequential.ticks.at(-1), '3s');
  assert.equal(sequential.waits, 3);
  assert.equal(sequential.runs, 4);
  const gather = await drawn('gather');
  assert.deepEqual(gather.lanes, ['Task-1', 'Task-2', 'Task-3', 'Task-4']);
  assert.equal(gather.ticks.at(-1), '1s');
  // by step order: the axis counts steps
  await scope(page, '.cs-mode').nth(1).click();
  assert.equal(await scope(page, '.cs-mode[aria-pressed="true"]').textContent(), '단계 순서 기준');
  assert.match((await scope(page, '.cs-tl-tick').allTextContents()).at(-1), /^\d{2,}$/);
  // a click in the middle jumps there
  const box = await scope(page, '.cs-timeline-svg').boundingBox();
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.waitForFunction(() => document.getElementById('scope').snapshot.step > 0);
  assert.ok((await snapshot(page)).step > 10);
});

test('a share link carries the code, the language and the step, and opens there', async (t) => {
  const page = await open(t);
  await choose(page, 'send', 'coroutine');
  await scope(page, 'button[part~="lang"]').click();                 // English
  const at = await stepUntil(page, (s) => s.event?.event === 'gen_yield' && s.event.value === '10.0');
  await scope(page, 'button[part~="share"]').click();
  await page.waitForSelector('#scope .cs-status[data-kind="shared"]');
  const link = await scope(page, '.cs-share-url').inputValue();
  assert.match(link, /#s=[\w-]+$/);
  const other = await browser.newPage({ locale: 'ko-KR' });
  t.after(() => other.close());
  await other.goto(link);
  await other.waitForFunction((step) => document.getElementById('scope').snapshot?.step === step, at.step, { timeout: 30_000 });
  assert.deepEqual(await other.evaluate(() => document.getElementById('scope').snapshot), at);
  assert.equal(await other.locator('#scope .cs-narration').textContent(), 'averager#1 yields 10.0 at line 6 and pauses; its locals and position are kept.');
  assert.match(await other.locator('#scope .cs-source').textContent(), /def averager\(\):/);
});

test('follow a task from its row: Step stops only at its events', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  await choose(page, 'gather', 'scheduler');
  await stepUntil(page, (s) => s.tasks.length === 4);
  await scope(page, '.cs-tasks li[data-id="3"] .cs-follow').click();
  assert.match(await scope(page, '.cs-status').textContent(), /Following Task-3/);
  const events = [];
  for (let i = 0; i < 4; i++) events.push((await stepUntil(page, () => false, 1)).event);
  for (const event of events) assert.match(JSON.stringify(event), /Task-3|"id":3|"peer_id":3/, JSON.stringify(event));
  assert.ok(events.some((e) => e.event === 'task_step' && e.name === 'Task-3'));
  await scope(page, '.cs-tasks li[data-id="3"] .cs-follow').click();     // and unfollow
  assert.doesNotMatch(await scope(page, '.cs-status').textContent(), /Following/);
});

test('section 10 side by side: three elements whose timelines share one 3 s axis', async (t) => {
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  t.after(() => page.close());
  await page.goto(`${baseUrl}compare.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('coro-scope')]
    .every((el) => el.shadowRoot?.querySelector('.cs-timeline-svg')), null, { timeout: 30_000 });
  const seen = await page.evaluate(() => [...document.querySelectorAll('coro-scope')].map((el) => {
    const root = el.shadowRoot;
    return {
      lanes: root.querySelectorAll('.cs-tl-label').length,
      lastTick: [...root.querySelectorAll('.cs-tl-tick')].at(-1).textContent,
      objectsShown: !root.querySelector('.cs-objects').hidden,
    };
  }));
  assert.deepEqual(seen, [
    { lanes: 1, lastTick: '3s', objectsShown: false },
    { lanes: 4, lastTick: '3s', objectsShown: false },
    { lanes: 4, lastTick: '3s', objectsShown: false },
  ]);
});

test('an element taken off the page ends its workers; put back, it loads its program again', async (t) => {
  const page = await open(t);
  await page.evaluate(() => document.getElementById('scope').timelineDrawn);
  assert.ok(page.workers().length >= 1);
  const first = await page.evaluate(() => document.getElementById('scope').step());
  await page.evaluate(() => { window.kept = document.getElementById('scope'); window.kept.remove(); });
  await page.waitForFunction(() => true);
  for (let i = 0; i < 50 && page.workers().length; i++) await page.waitForTimeout(50);
  assert.equal(page.workers().length, 0, 'no worker left once the element is gone');
  await page.evaluate(() => document.querySelector('main').append(window.kept));
  await page.waitForFunction(() => window.kept.snapshot?.step === 0);
  assert.deepEqual(await page.evaluate(() => window.kept.step()), first, 'the same first step, from a fresh engine');
  assert.equal(await scope(page, '.cs-line[data-mark="running"]').count(), 1);
});

/** The narration's and the status banner's sentences (of more than a few letters). */
async function endTexts(page) {
  const split = (text) => text.split(/(?<=[.:;])\s+/).map((s) => s.trim()).filter((s) => s.length > 6);
  const narration = await scope(page, '.cs-narration').textContent();
  const status = await scope(page, '.cs-status-text').textContent();
  return { narration, status, shared: split(narration).filter((s) => status.includes(s))
    .concat(split(status).filter((s) => narration.includes(s))) };
}

test('the end is said once: the banner says the end state, the narration what led there (ko and en)', async (t) => {
  const page = await open(t);
  const runs = {
    normal: null,                                            // the gallery's gather example
    exception: 'def f(x):\n    return 1 / x\n\nprint("before")\nf(0)\n',
    deadlock: 'import asyncio\n\nasync def main():\n    await asyncio.get_running_loop().create_future()\n\nasyncio.run(main())\n',
  };
  for (const [reason, source] of Object.entries(runs)) {
    if (source) await page.evaluate((src) => document.getElementById('scope').load(src), source);
    else await choose(page, 'gather', 'scheduler');
    await page.evaluate(() => document.getElementById('scope').runToEnd());
    await page.waitForSelector(`#scope[data-state="${reason}"]`);
    const end = (await snapshot(page)).end;
    const stdout = (await snapshot(page)).output.stdout.trim().split('\n').at(-1);
    for (const lang of ['ko', 'en']) {
      await page.evaluate((l) => { document.getElementById('scope').language = l; }, lang);
      const { narration, status, shared } = await endTexts(page);
      assert.deepEqual(shared, [], `${reason}/${lang}: "${status}" vs "${narration}"`);
      assert.ok(status.length > 0 && narration.length > 0);
      if (reason === 'normal') assert.ok(narration.includes(stdout), narration);
      if (reason === 'exception') {
        assert.ok(narration.includes(end.exception), narration);
        assert.ok(!status.includes(end.exception), status);
        assert.ok(narration.includes(String(end.frames.at(-1).line)), narration);
      }
      if (reason === 'deadlock') for (const task of end.waiting_tasks) assert.ok(narration.includes(task.name), narration);
    }
  }
});

test('asyncio.run\'s clean-up is one step: the library tasks are passed over, Back lands on that step', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  const walk = async (granularity) => {
    await choose(page, 'gather', granularity);
    const seen = [];
    for (let s = await snapshot(page); s.state === 'paused'; s = await stepUntil(page, () => false, 1)) seen.push(s);
    return seen;
  };
  const seen = await walk('scheduler');
  // the steps after the program's last task is done: the clean-up, as one step
  const lastDone = seen.findLastIndex((s) => s.event?.event === 'task_done'
    && !s.generators.find((g) => g.id === s.event.peer_id)?.library);
  const after = seen.slice(lastDone + 1);
  assert.equal(after.length, 1, after.map((s) => JSON.stringify(s.event)).join('\n'));
  assert.deepEqual(seen.map((s) => s.step), [...seen.map((s) => s.step)].sort((a, b) => a - b), 'in event order');
  // no step is a library task's (shutdown_asyncgens, shutdown_default_executor)
  const libraryTaskSteps = seen.filter((s) => s.event?.kind === 'task'
    && s.generators.find((g) => g.id === s.event.peer_id)?.library);
  assert.deepEqual(libraryTaskSteps.map((s) => s.event.name), []);
  // Back from the end: the clean-up step, then the task that finished last
  assert.equal((await snapshot(page)).state, 'ended');
  await scope(page, 'button[part~="back"]').click();
  await page.waitForFunction((n) => document.getElementById('scope').snapshot.step === n, after[0].step);
  assert.match(await scope(page, '.cs-narration').textContent(), /asyncio\.run tidies up and closes the event loop/);
  await scope(page, 'button[part~="back"]').click();
  await page.waitForFunction((n) => document.getElementById('scope').snapshot.step === n, seen[lastDone].step);
  // coroutine events: shutdown_asyncgens and shutdown_default_executor are one step too
  const coro = await walk('coroutine');
  const libraryCoroSteps = coro.filter((s) => s.generators.find((g) => g.id === s.event?.id)?.library
    && /^BaseEventLoop\./.test(s.event.func));
  assert.ok(libraryCoroSteps.length <= 1, libraryCoroSteps.map((s) => s.event.func).join(', '));
});

test('a task still pending at the end: its cancellation is shown, only the library clean-up is one step', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  const source = 'import asyncio\n\nasync def worker():\n    try:\n        await asyncio.sleep(10)\n    finally:\n        print("worker cleaned up")\n\n'
    + 'async def main():\n    asyncio.create_task(worker())\n    await asyncio.sleep(0)\n\nasyncio.run(main())\n';
  await page.evaluate((src) => document.getElementById('scope').load(src, { granularity: 'scheduler' }), source);
  const events = [];
  for (let s = await snapshot(page); s.state === 'paused'; s = await stepUntil(page, () => false, 1)) events.push(s.event?.event ?? 'start');
  const cancel = events.indexOf('task_cancel');
  assert.ok(cancel > 0, events.join(' '));
  assert.ok(events.indexOf('task_done', cancel) > cancel, 'the cancelled task ends as a step of its own');
  assert.ok(events.length - events.lastIndexOf('task_done') <= 2, events.join(' '));
  assert.match(await scope(page, '.cs-console').textContent(), /worker cleaned up/);
});

test('common mistake 4: a coroutine handed back un-run by a plain function is named, with its gallery example', async (t) => {
  const page = await open(t);
  const example = page.locator('nav button[data-example="return-coroutine"]');
  assert.match(await example.textContent(), /^8\.흔한 실수 4/);
  await choose(page, 'return-coroutine', 'coroutine');
  const at = await stepUntil(page, (s) => s.event?.event === 'gen_create' && s.stack[0]?.gen === null && s.stack[0]?.func !== '<module>');
  const made = `${at.event.func}#${at.event.id}`;
  const said = await scope(page, '.cs-narration').textContent();
  assert.match(said, /흔한 실수 4/);
  assert.ok(said.includes(`${at.stack[0].func}()`) && said.includes(made), said);
  await scope(page, 'button[part~="lang"]').click();
  assert.match(await scope(page, '.cs-narration').textContent(), /plain function.*common mistake 4/);
  // it is dropped un-run: the RuntimeWarning's two possible causes are named
  await stepUntil(page, new Function('s', `return s.event?.event === 'gen_close' && s.event.id === ${at.event.id}`));
  assert.match(await scope(page, '.cs-narration').textContent(), /without ever running.*common mistake 1.*common mistake 4/);
  assert.match(await scope(page, '.cs-console').textContent(), /was never awaited/);
});

test('long reprs wrap between words, never inside one; a word too wide is cut with its whole text in the title', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  await page.setViewportSize({ width: 900, height: 950 });
  const source = 'import asyncio\n\nasync def download_everything_from_the_server(url):\n    await asyncio.sleep(1)\n    return url\n\n'
    + 'async def main():\n    numbers = list(range(40))\n    name = "supercalifragilisticexpialidocious_and_a_very_long_identifier_like_string"\n'
    + '    task = asyncio.create_task(download_everything_from_the_server("https://example.com/a/very/long/path"))\n'
    + '    coro = download_everything_from_the_server("x")\n    await task\n    await coro\n\nasyncio.run(main())\n';
  await page.evaluate((src) => document.getElementById('scope').load(src, { granularity: 'coroutine' }), source);
  await stepUntil(page, (s) => s.generators.some((g) => g.locals && 'coro' in g.locals) && s.tasks.length > 1);
  const report = await page.evaluate(() => {
    const root = document.getElementById('scope').shadowRoot;
    const broken = [];
    const values = [...root.querySelectorAll('.cs-objects .cs-facts dd, .cs-objects .cs-locals td, .cs-loop .cs-tasks code')];
    for (const cell of values) {
      // every character's line, from its own client rect; a word's characters must share one line
      const chars = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          chars.push({ c: node.data[i], top: range.getClientRects()[0]?.top ?? null });
        }
      }
      for (let i = 1; i < chars.length; i++) {
        const inWord = /[\p{L}\p{N}_]/u.test(chars[i].c) && /[\p{L}\p{N}_]/u.test(chars[i - 1].c);
        if (inWord && chars[i].top !== null && chars[i - 1].top !== null && Math.abs(chars[i].top - chars[i - 1].top) > 2) {
          broken.push(cell.textContent.slice(0, 40));
          break;
        }
      }
    }
    const untitled = [...root.querySelectorAll('.cs-repr, .cs-card-name')].filter((el) => el.title !== el.textContent).length;
    const elements = [...root.querySelectorAll('.cs-repr *')].filter((el) => el.localName !== 'wbr').length;
    return { cells: values.length, broken, untitled, elements,
      name: [...root.querySelectorAll('.cs-locals tr')].find((tr) => tr.firstChild.textContent === 'name')?.lastChild.textContent };
  });
  assert.ok(report.cells > 8, JSON.stringify(report));
  assert.deepEqual(report.broken, [], 'no word is broken across lines');
  assert.equal(report.untitled, 0, 'each repr carries its whole text in its title');
  assert.equal(report.elements, 0, 'a repr is text (and break opportunities) only');
  assert.equal(report.name, "'supercalifragilisticexpialidocious_and_a_very_long_identifier_like_string'");
});

test('the timeline has a lane per task, named as the task is, each wait labelled with what it awaits, in both modes', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  const lanes = async () => page.evaluate(() => {
    const svg = document.getElementById('scope').shadowRoot.querySelector('.cs-timeline-svg');
    const rows = [...svg.querySelectorAll('.cs-tl-label')].map((label) => ({ name: label.textContent, y: +label.getAttribute('y'), waits: [] }));
    for (const text of svg.querySelectorAll('.cs-tl-wait-label')) {
      const row = rows.reduce((a, b) => (Math.abs(b.y - 4 - text.getAttribute('y')) < Math.abs(a.y - 4 - text.getAttribute('y')) ? b : a));
      row.waits.push(text.textContent);
    }
    const titles = [...svg.querySelectorAll('.cs-tl-wait title')].map((title) => title.textContent);
    return { rows: rows.map(({ name, waits }) => ({ name, waits })), titles };
  });
  await choose(page, 'gather', 'scheduler');
  await page.evaluate(() => document.getElementById('scope').timelineDrawn);
  const byTime = await lanes();
  assert.deepEqual(byTime.rows, [{ name: 'Task-1', waits: ['gather()'] }, { name: 'Task-2', waits: ['sleep()'] },
    { name: 'Task-3', waits: ['sleep()'] }, { name: 'Task-4', waits: ['sleep()'] }]);
  await scope(page, '.cs-mode').nth(1).click();
  const byStep = await lanes();
  assert.deepEqual(byStep.titles.map((title) => title.split(' ').slice(0, 3).join(' ')),
    ['Task-1: waits gather()', 'Task-2: waits sleep()', 'Task-3: waits sleep()', 'Task-4: waits sleep()']);
  // a task's own name names its lane; a task awaited is named as what is awaited
  const named = 'import asyncio\n\nasync def job():\n    await asyncio.sleep(1)\n\nasync def main():\n'
    + '    task = asyncio.create_task(job(), name="downloader")\n    await task\n\nasyncio.run(main())\n';
  await page.evaluate((src) => document.getElementById('scope').load(src), named);
  await page.evaluate(() => document.getElementById('scope').timelineDrawn);
  const rows = (await lanes()).titles.map((title) => title.split(' ').slice(0, 3).join(' '));
  assert.deepEqual(rows, ['Task-1: waits downloader', 'downloader: waits sleep()']);
  // plain generators keep a lane each
  await choose(page, 'generator', 'line');
  await page.evaluate(() => document.getElementById('scope').timelineDrawn);
  assert.deepEqual((await lanes()).rows.map((row) => row.name), ['countdown#1']);
});

test('at phone width (390 px) the gallery is folded under its current example, opened and used by keyboard', async (t) => {
  const page = await open(t);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.waitForSelector('#scope[data-state="paused"]', { timeout: 30_000 });
  const summary = page.locator('nav summary');
  assert.equal(await page.locator('nav details').getAttribute('open'), null, 'folded at first');
  const shown = async () => (await page.locator('#gallery [aria-current="true"]').textContent()).replace(/^\d+\./, '');
  assert.ok((await summary.textContent()).includes(await shown()), await summary.textContent());
  // the playground's Step button is on the first screen, not below the gallery
  const step = await scope(page, 'button[part~="step"]').boundingBox();
  assert.ok(step.y + step.height < 844, `Step at y=${step.y}`);
  assert.equal(await page.locator('nav button[data-example="send"]').isVisible(), false);
  // keyboard: the summary opens it, an example is chosen, and it folds again under the new title
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('nav button[data-example="send"]').isVisible(), true);
  await page.locator('nav button[data-example="send"]').focus();
  await page.evaluate(() => {
    window.loaded = new Promise((resolve) => document.getElementById('scope').addEventListener('loaded', resolve, { once: true }));
  });
  await page.keyboard.press('Enter');
  await page.evaluate(() => window.loaded);
  assert.equal(await page.locator('nav details').getAttribute('open'), null);
  assert.match(await summary.textContent(), /send\(\)로 값 전달/);
  await page.screenshot({ path: `${shots}/phone_390_gallery_folded.png` });
  // a desktop width shows the whole list
  await page.setViewportSize({ width: 1400, height: 950 });
  await page.waitForFunction(() => document.querySelector('nav details').open, null, { timeout: 5000 });
  assert.equal(await page.locator('#gallery button[data-example="send"]').isVisible(), true);
});

test('the code view scrolls itself, never the page, to keep the running line in sight', async (t) => {
  const page = await open(t, { locale: 'en-US' });
  const source = Array.from({ length: 70 }, (_, i) => `x${i} = ${i}`).join('\n') + '\nprint("bottom")\n';
  await page.evaluate((src) => document.getElementById('scope').load(src, { granularity: 'line' }), source);
  const before = await page.evaluate(() => window.scrollY);
  await stepUntil(page, (s) => s.stack[0]?.line > 60);
  await page.waitForTimeout(100);                                   // the scroll waits for the next frame
  const seen = await page.evaluate(() => {
    const root = document.getElementById('scope').shadowRoot;
    const line = root.querySelector('.cs-line[data-mark="running"]').getBoundingClientRect();
    const box = root.querySelector('.cs-code .cs-panel-body').getBoundingClientRect();
    return { inside: line.top >= box.top - 1 && line.bottom <= box.bottom + 1, scrolled: root.querySelector('.cs-code .cs-panel-body').scrollTop };
  });
  assert.ok(seen.inside, JSON.stringify(seen));
  assert.ok(seen.scrolled > 0);
  assert.equal(await page.evaluate(() => window.scrollY), before, 'the page itself did not scroll');
});
