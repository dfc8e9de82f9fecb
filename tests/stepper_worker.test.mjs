// stepper_worker.test.mjs - the stepping engine in a real browser worker:
// web/stepper-client.mjs driving web/stepper-worker.mjs in headless
// Chromium (Debian's /usr/bin/chromium through playwright-core), served
// from 127.0.0.1 as a reader gets it.  Same snapshots as in Node, a
// runaway program stopped without freezing the page, several programs on
// one page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveInChromium } from './lib/browser.mjs';
import { Stepper } from '../web/stepper.mjs';
import { schemaErrors } from './lib/snapshots.mjs';
import { cases, options } from './lib/crash_cases.mjs';

const webDir = fileURLToPath(new URL('../web', import.meta.url));
const program = (name) => readFileSync(new URL(`./stepper/${name}.py`, import.meta.url), 'utf8');
let server, browser, page;

before(async () => {
  server = await serveInChromium(webDir);
  browser = server.browser;
  page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  // the client module, loaded into the page once
  await page.evaluate(async () => {
    const { StepperClient } = await import('./stepper-client.mjs');
    window.StepperClient = StepperClient;
  });
  assert.deepEqual(errors, []);
});

after(() => server?.close());

test('in a worker: the same snapshots as in Node, forward and back', async () => {
  const source = program('gather');
  const inPage = await page.evaluate(async (src) => {
    const client = new window.StepperClient();
    const seen = [await client.load(src)];
    while (seen.at(-1).state === 'paused') seen.push(await client.step('scheduler'));
    const back = await client.back('scheduler');
    const jumped = await client.jump(seen[3].step);
    client.close();
    return { seen, back, jumped };
  }, source);
  const stepper = await Stepper.create();
  const expected = [await stepper.load(source)];
  while (expected.at(-1).state === 'paused') expected.push(stepper.step('scheduler'));
  assert.deepEqual(inPage.seen, expected);
  for (const snap of inPage.seen) assert.deepEqual(schemaErrors(snap), []);
  assert.deepEqual(inPage.back, expected.at(-2));
  assert.deepEqual(inPage.jumped, expected[3]);
  const clock = inPage.seen.find((s) => s.event?.event === 'clock');
  assert.deepEqual([clock.event.from, clock.event.time], [0, 1]);
});

test('in a worker: a runaway program is stopped, the page stays responsive, and can go on', async () => {
  const result = await page.evaluate(async (src) => {
    const client = new window.StepperClient();
    let reports = 0;
    client.onProgress = () => { reports++; };
    await client.load(src);
    const running = client.runToEnd();                 // never ends: no budget
    while (reports < 3) await new Promise((r) => setTimeout(r, 20));   // the page still runs its own code
    const stopped = await client.stop();
    const pending = await running;                     // the pending call settles too
    // a larger budget: the program runs again up to where it stopped and on to its end
    const resumed = await client.continueWith({ maxSteps: 5_000_000 });
    const end = await client.runToEnd();
    // the new worker takes a new program as usual
    const fresh = await client.load('print("fresh")\n');
    const freshEnd = await client.runToEnd();
    client.close();
    return { reports, stopped, pending, resumed, end, fresh, freshEnd };
  }, program('endless'));
  assert.ok(result.reports >= 3);
  assert.equal(result.stopped.state, 'stopped');
  assert.ok(result.stopped.step >= 100_000, `stopped after ${result.stopped.step} steps`);
  assert.equal(result.stopped.message, `stopped after ${result.stopped.step} steps`);
  assert.deepEqual(result.pending, result.stopped);
  assert.equal(result.resumed.state, 'paused');
  assert.ok(result.resumed.step >= result.stopped.step);
  assert.equal(result.end.end.reason, 'step_budget');
  assert.equal(result.end.end.message, 'stopped after 5000000 steps (step budget exhausted)');
  assert.equal(result.fresh.step, 0);
  assert.equal(result.freshEnd.output.stdout, 'fresh\n');
});

test('in a worker: stop works even inside one long builtin call (no event to report)', async () => {
  const result = await page.evaluate(async () => {
    const client = new window.StepperClient();
    await client.load('total = sum(range(10 ** 12))\nprint(total)\n');
    const running = client.runToEnd();
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    const stopped = await client.stop();
    const pending = await running;
    const again = await client.load('print(sum(range(10)))\n');
    const end = await client.runToEnd();
    client.close();
    return { stopped, pending, again, end, stopMs: performance.now() - t0 };
  });
  assert.equal(result.stopped.state, 'stopped');
  assert.deepEqual(result.pending, result.stopped);
  assert.ok(result.stopMs < 5000);
  assert.equal(result.end.output.stdout, '45\n');
});

test('in a worker: several programs on one page step independently', async () => {
  const sources = [program('gen_send'), program('create_task'), program('gen_basic')];
  const ends = await page.evaluate(async (srcs) => {
    const clients = srcs.map(() => new window.StepperClient());
    await Promise.all(clients.map((c, i) => c.load(srcs[i])));
    const last = clients.map(() => null);
    // interleave: one line step of each, in turn, until all have ended
    for (let round = 0; round < 10_000 && last.some((s) => s?.state !== 'ended'); round++) {
      await Promise.all(clients.map(async (c, i) => {
        if (last[i]?.state !== 'ended') last[i] = await c.step('line');
      }));
    }
    clients.forEach((c) => c.close());
    return last;
  }, sources);
  assert.deepEqual(ends.map((s) => s.output.stdout), ['total 42\n',
    'three tasks created\nfirst starts\nsecond starts\nthird starts\nsecond ends\nfirst ends\nthird ends\nFIRST SECOND THIRD\n',
    'start\n2\n1\ndone\n[]\n']);
  assert.deepEqual(ends.map((s) => s.end.reason), ['normal', 'normal', 'normal']);
});

test('in a worker: a mistake of the caller is a rejected promise, an end is a snapshot', async () => {
  const r = await page.evaluate(async () => {
    const client = new window.StepperClient();
    const noProgram = await client.step('line').then(() => 'resolved', (e) => e.message);
    const syntax = await client.load('def f(:\n');
    const bad = await client.step('lines').then(() => 'resolved', (e) => e.message);
    client.close();
    return { noProgram, syntax, bad };
  });
  assert.match(r.noProgram, /no program loaded/);
  assert.equal(r.syntax.end.reason, 'syntax_error');
  assert.deepEqual([r.syntax.end.syntax_error.line, r.syntax.end.syntax_error.column], [1, 7]);
  assert.match(r.bad, /unknown granularity 'lines'/);
});

// The browser's own stack is not Node's: the C-recursion guard (1,000
// C-recursive calls per stack segment) must hold in a Chromium worker as
// it does natively and under Node (crashproof.test.mjs).
test('in a worker: the programs that once crashed end as on every other build', async () => {
  const ends = await page.evaluate(async (list) => {
    const out = [];
    for (const { source, options } of list) {
      const client = new window.StepperClient();
      let snap = await client.load(source, options);
      if (snap.state === 'paused') snap = await client.runToEnd();
      client.close();
      out.push({ state: snap.state, end: snap.end, output: snap.output });
    }
    return out;
  }, cases.map((c) => ({ source: c.source, options: options(c) })));
  cases.forEach((c, i) => {
    const { state, end, output } = ends[i];
    assert.equal(state, 'ended', `${c.name}: ${JSON.stringify(ends[i]).slice(0, 300)}`);
    assert.doesNotMatch(output.stderr, /internal error|Maximum call stack|unreachable/, c.name);
    assert.equal(output.stdout, c.stdout, `${c.name}: stdout`);
    assert.equal(output.stderr.trimEnd().split('\n').at(-1), c.lastErr, `${c.name}: last stderr line`);
    assert.equal(end.exit_status, c.status, `${c.name}: exit status`);
  });
});
