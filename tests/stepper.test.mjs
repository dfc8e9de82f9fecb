// stepper.test.mjs - the stepping engine as a page and Node use it
// (web/stepper.mjs on the wasm engine), on article-style programs in
// tests/stepper/: what each granularity stops at, what a snapshot shows
// (validated against web/snapshot.schema.json), back and jump giving the
// very snapshot first seen, determinism, every way a program ends, and
// `coroscope step` giving the same JSON on the native and wasm builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Stepper } from '../web/stepper.mjs';
import { schemaErrors, walk, words, missingFrom } from './lib/snapshots.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'tests', 'stepper');
const program = (name) => readFileSync(join(dir, `${name}.py`), 'utf8');
const stepper = await Stepper.create();

function valid(snap) {
  assert.deepEqual(schemaErrors(snap), [], `snapshot of step ${snap.step} fits the schema`);
  return snap;
}

// Steps at `granularity` until pick(snap) is true; that snapshot.
function stepUntil(s, granularity, pick) {
  let snap = s.snapshot();
  while (!pick(snap)) {
    assert.equal(snap.state, 'paused', 'the program ended before the step looked for');
    snap = valid(s.step(granularity));
  }
  return snap;
}

const gen = (snap, name) => snap.generators.find((g) => g.name === name);
const top = (snap) => snap.stack[0];

test('every snapshot of every granularity fits the schema', async () => {
  for (const name of ['gen_basic', 'gen_send', 'gather', 'create_task', 'uncaught', 'deadlock', 'agen', 'handled']) {
    for (const g of ['all', 'line', 'coroutine', 'scheduler']) {
      const seen = await walk(stepper, program(name), g);
      for (const { snap } of seen) valid(snap);
      assert.equal(seen.at(-1).snap.state, 'ended', `${name} at ${g} reaches its end`);
    }
  }
});

test('the schema can fail: it rejects an address, a missing field, an unknown state', async () => {
  await stepper.load(program('gen_basic'));
  const snap = stepUntil(stepper, 'line', (s) => s.generators.length > 0);
  assert.deepEqual(schemaErrors(snap), []);
  const withAddress = structuredClone(snap);
  withAddress.generators[0].locals = { n: '<object at 0x7f3a2b>' };
  assert.notDeepEqual(schemaErrors(withAddress), []);
  const { clock, ...noClock } = snap;
  assert.notDeepEqual(schemaErrors(noClock), []);
  assert.notDeepEqual(schemaErrors({ ...snap, state: 'running' }), []);
});

test('gather at scheduler granularity: the event loop\'s steps in asyncio\'s order', async () => {
  const seen = await walk(stepper, program('gather'), 'scheduler');
  const events = seen.slice(1, -1).map(({ snap }) => snap.event);
  for (const e of events)
    assert.match(e.event, /^(task_|future_done|call_soon|timer_|clock|loop_iter|deadlock)/, 'only scheduler events');
  const said = events.map(words);
  // asyncio.run makes Task-1 for main(); gather wraps each fetch() in a task
  // (scheduled in order); main waits on gather's future; each fetch sleeps
  // one second (a timer at 1.0 each); the clock jumps once, the timers fire
  // in order, each wakes its task, whose result completes gather.
  const expected = [
    'task_create Task-1', 'call_soon Task-1 step', 'loop_iter 1', 'task_step Task-1',
    'task_create Task-2', 'call_soon Task-2 step', 'task_create Task-3', 'call_soon Task-3 step',
    'task_create Task-4', 'call_soon Task-4 step', 'task_wait Task-1 _GatheringFuture',
    'loop_iter 3', 'task_step Task-2', 'timer_add 1.0', 'task_wait Task-2 Future',
    'task_step Task-3', 'timer_add 1.0', 'task_wait Task-3 Future',
    'task_step Task-4', 'timer_add 1.0', 'task_wait Task-4 Future',
    'clock 0.0->1.0', 'timer_fire 1.0', 'timer_fire 1.0', 'timer_fire 1.0', 'loop_iter 3',
    'call_soon Task-2 wakeup', 'call_soon Task-3 wakeup', 'call_soon Task-4 wakeup',
    'task_step Task-2', "task_done Task-2 'data from a'", 'task_step Task-3', "task_done Task-3 'data from b'",
    'task_step Task-4', "task_done Task-4 'data from c'", 'call_soon Task-1 wakeup',
    'task_step Task-1', 'task_done Task-1 None',
  ];
  const missing = missingFrom(said, expected);
  assert.equal(missing, -1, `missing ${JSON.stringify(expected[missing])} in order; saw:\n${said.join('\n')}`);
  assert.equal(said.filter((w) => w.startsWith('clock')).length, 1, 'the clock jumps once');
  assert.equal(seen.at(-1).snap.output.stdout, "['data from a', 'data from b', 'data from c']\nelapsed: 1.0s\n");
});

test('gather: the clock jumps from 0 to 1 while every task sleeps', async () => {
  await stepper.load(program('gather'));
  const before = stepUntil(stepper, 'scheduler', (s) => s.event?.event === 'timer_add' && s.timers.length === 3);
  assert.equal(before.clock, 0);
  assert.deepEqual(before.timers.map((t) => t.when), [1, 1, 1]);
  const jump = stepUntil(stepper, 'scheduler', (s) => s.event?.event === 'clock');
  assert.equal(jump.event.from, 0);
  assert.equal(jump.event.time, 1);
  assert.equal(jump.clock, 1);
  const back = valid(stepper.back('scheduler'));
  assert.equal(back.clock, 0, 'one scheduler step back, the clock reads 0 again');
  // at the jump, all four tasks wait, each on its own future
  assert.deepEqual(jump.tasks.map((t) => [t.name, t.state, t.waits_on?.kind]),
    [['Task-1', 'PENDING', 'future'], ['Task-2', 'PENDING', 'future'],
      ['Task-3', 'PENDING', 'future'], ['Task-4', 'PENDING', 'future']]);
  const main = gen(jump, 'main');
  assert.equal(main.state, 'CORO_SUSPENDED');
  assert.equal(main.line, 9);
  assert.equal(main.awaiting.kind, 'future');
  for (const fetch of jump.generators.filter((g) => g.name === 'fetch')) {
    assert.equal(fetch.state, 'CORO_SUSPENDED');
    assert.equal(fetch.line, 5, 'each fetch is suspended in its await asyncio.sleep(1)');
    assert.equal(fetch.awaiting.kind, 'coroutine');
    assert.equal(jump.generators.find((g) => g.id === fetch.awaiting.id).name, 'sleep');
  }
});

test('a generator between two next() calls: suspended at its yield, its locals kept', async () => {
  await stepper.load(program('gen_basic'));
  // line 11 is the second print(next(gen)): the first next() has returned
  const snap = stepUntil(stepper, 'line', (s) => s.event?.event === 'line' && s.event.line === 11);
  const g = gen(snap, 'countdown');
  assert.equal(g.state, 'GEN_SUSPENDED');
  assert.equal(g.line, 5, 'suspended at `yield n`');
  assert.deepEqual(g.locals, { n: '2' });
  assert.equal(g.yielded, '2');
  assert.deepEqual(g.resumer, { name: '<module>', gen: null });
  assert.equal(snap.output.stdout, 'start\n2\n');
  assert.deepEqual(top(snap).locals, { countdown: '<function countdown>', gen: '<generator object countdown>' });
  // one line further: inside the generator, resumed after its yield
  const inside = valid(stepper.step('line'));
  assert.equal(inside.event.line, 6, '`n -= 1`, right after the yield');
  assert.equal(gen(inside, 'countdown').state, 'GEN_RUNNING');
  assert.deepEqual(top(inside), { func: 'countdown', line: 6, gen: g.id, locals: { n: '2' } });
  assert.equal(inside.stack[1].func, '<module>');
  assert.equal(inside.stack[1].line, 11);
  const decremented = valid(stepper.step('line'));
  assert.deepEqual(top(decremented).locals, { n: '1' });
});

test('a value passed by send() shows in the resumed generator', async () => {
  await stepper.load(program('gen_send'));
  const resume = stepUntil(stepper, 'coroutine',
    (s) => s.event?.event === 'gen_resume' && s.event.verb === 'send' && s.event.value === '10');
  const acc = gen(resume, 'accumulator');
  assert.equal(acc.state, 'GEN_RUNNING');
  assert.equal(acc.verb, 'send');
  assert.equal(acc.sent, '10');
  assert.equal(acc.yielded, '0', 'what it yielded before: the running total');
  const next = valid(stepper.step('line'));
  assert.equal(next.event.line, 6, 'it goes on after the yield: `if value is None`');
  assert.deepEqual(gen(next, 'accumulator').locals, { total: '0', value: '10' });
  const after = stepUntil(stepper, 'coroutine', (s) => s.event?.event === 'gen_yield');
  assert.equal(gen(after, 'accumulator').yielded, '10');
  assert.equal(gen(after, 'accumulator').state, 'GEN_SUSPENDED');
  const end = valid(stepper.runToEnd());
  assert.equal(end.output.stdout, 'total 42\n');
});

test('the ready queue after three create_task calls: their first steps, in order', async () => {
  await stepper.load(program('create_task'));
  const snap = stepUntil(stepper, 'line', (s) => s.event?.event === 'line' && s.event.line === 13);
  assert.deepEqual(snap.ready.map((h) => h.callback), ['Task-2 step', 'Task-3 step', 'Task-4 step']);
  const ids = snap.ready.map((h) => h.target);
  assert.deepEqual(ids.map((id) => snap.tasks.find((t) => t.id === id).name), ['Task-2', 'Task-3', 'Task-4']);
  assert.ok(snap.tasks.find((t) => t.name === 'Task-1').current, 'main() runs as Task-1');
  for (const t of snap.tasks.slice(1)) {
    assert.equal(t.state, 'PENDING');
    assert.equal(snap.generators.find((g) => g.id === t.coro).state, 'CORO_CREATED',
      'a task\'s coroutine has not started yet');
  }
  assert.deepEqual(Object.keys(top(snap).locals), ['first', 'second', 'third']);
});

test('an async generator: its states, what it awaits, the clock in steps of 0.5', async () => {
  await stepper.load(program('agen'));
  const first = stepUntil(stepper, 'coroutine', (s) => s.event?.event === 'gen_create' && s.event.func === 'ticker');
  assert.equal(gen(first, 'ticker').kind, 'async_generator');
  assert.equal(gen(first, 'ticker').state, 'AGEN_CREATED');
  const waiting = stepUntil(stepper, 'scheduler', (s) => s.event?.event === 'timer_add');
  const ticker = gen(waiting, 'ticker');
  assert.equal(ticker.state, 'AGEN_RUNNING');
  assert.equal(ticker.line, 5);
  assert.equal(waiting.timers[0].when, 0.5);
  // its await passes the sleep's future out through it (a gen_yield of the
  // future), then `yield i` gives the value itself
  const yielded = stepUntil(stepper, 'coroutine',
    (s) => s.event?.event === 'gen_yield' && s.event.func === 'ticker' && !s.event.value.startsWith('<Future'));
  assert.equal(yielded.event.value, '0');
  assert.equal(gen(yielded, 'ticker').yielded, '0');
  assert.equal(yielded.clock, 0.5);
  const end = valid(stepper.runToEnd());
  assert.equal(end.output.stdout, 'tick 0\ntick 1\ntick 2\n');
  assert.equal(end.clock, 1.5);
});

test('the exception being handled', async () => {
  await stepper.load(program('handled'));
  const inside = stepUntil(stepper, 'line', (s) => s.event?.event === 'line' && s.event.line === 5);
  assert.equal(inside.handling, "ValueError: invalid literal for int() with base 10: 'x'");
  assert.deepEqual(top(inside).locals, { text: "'x'" });
  const caught = valid(stepper.back('all'));
  assert.equal(caught.event.event, 'exception_caught');
  const after = stepUntil(stepper, 'line', (s) => s.event?.event === 'line' && s.event.line === 6);
  assert.equal(after.handling, "ValueError: invalid literal for int() with base 10: 'x'", 'still in the except block');
  const out = valid(stepper.step('line'));
  assert.equal(out.handling, null);
});

test('stepping until one object\'s next event', async () => {
  await stepper.load(program('create_task'));
  const created = stepUntil(stepper, 'scheduler', (s) => s.event?.event === 'task_create' && s.event.name === 'Task-3');
  const task = created.event.id;
  const seen = [];
  let snap = created;
  for (let i = 0; i < 6 && snap.state === 'paused'; i++) {
    snap = valid(stepper.step({ granularity: 'all', object: { kind: 'task', id: task } }));
    if (snap.state === 'paused') seen.push(snap.event);
  }
  assert.ok(seen.length >= 4);
  for (const e of seen) assert.ok(e.id === task || e.peer_id === task, `${JSON.stringify(e)} is about task ${task}`);
  // a coroutine: every event concerns it (its lines, resumes, yields)
  await stepper.load(program('gen_send'));
  const made = stepUntil(stepper, 'coroutine', (s) => s.event?.event === 'gen_create');
  const id = made.event.id;
  for (let i = 0; i < 8; i++) {
    snap = valid(stepper.step({ granularity: 'all', object: { kind: 'generator', id } }));
    if (snap.state !== 'paused') break;
    assert.equal(snap.event.id, id);
  }
});

test('back and jump give exactly the snapshot first seen', async () => {
  for (const cacheBytes of [64 * 1024 * 1024, 1]) {       // cached, and replayed every time
    const s = await Stepper.create({ cacheBytes });
    const seen = await walk(s, program('gather'), 'all');
    const byStep = new Map(seen.map(({ json, snap }) => [snap.step, json]));
    // back through every step, one at a time
    for (let i = seen.length - 2; i >= 0; i--) {
      s.back('all');
      assert.equal(s.snapshotJSON(), seen[i].json, `back to step ${seen[i].snap.step} (cache ${cacheBytes})`);
    }
    // jumps anywhere, in a scrambled order
    const steps = [...byStep.keys()];
    for (let k = 0; k < steps.length; k += 7) {
      const n = steps[(k * 37) % steps.length];
      s.jump(n);
      assert.equal(s.snapshotJSON(), byStep.get(n), `jump(${n}) (cache ${cacheBytes})`);
    }
    // back at another granularity: the previous scheduler step
    const sched = seen.filter(({ snap }) => snap.step === 0 || /^(task_|future_done|call_soon|timer_|clock|loop_iter)/.test(snap.event?.event ?? ''));
    s.jump(sched.at(-1).snap.step);
    for (let i = sched.length - 2; i >= 0; i--) {
      s.back('scheduler');
      assert.equal(s.snapshotJSON(), sched[i].json, `back('scheduler') to ${sched[i].snap.step}`);
    }
    // and forward again at line granularity from the middle
    const mid = seen[Math.floor(seen.length / 2)].snap.step;
    s.jump(mid);
    const nextLine = seen.find(({ snap }) => snap.step > mid && snap.event?.event === 'line');
    s.step('line');
    assert.equal(s.snapshotJSON(), nextLine.json, 'a line step from a jumped-to step');
    s.jump(1e9);
    assert.equal(s.snapshotJSON(), seen.at(-1).json, 'past the end: the end');
  }
});

test('the same program always gives the same steps', async () => {
  const a = await walk(await Stepper.create(), program('create_task'), 'all');
  const b = await walk(await Stepper.create(), program('create_task'), 'all');
  const c = await walk(stepper, program('create_task'), 'all');   // an instance that ran other programs
  assert.ok(a.length > 100);
  assert.deepEqual(b.map((x) => x.json), a.map((x) => x.json));
  assert.deepEqual(c.map((x) => x.json), a.map((x) => x.json));
});

// ---- how programs end: always a snapshot, never an exception ----

async function ending(name, options = {}) {
  const snap = await stepper.load(program(name), options);
  valid(snap);
  const end = snap.state === 'ended' ? snap : valid(stepper.runToEnd());
  assert.equal(end.state, 'ended');
  assert.equal(end.event, null);
  return end;
}

test('end: normal', async () => {
  const end = await ending('gen_basic');
  assert.deepEqual(end.end, { reason: 'normal', exit_status: 0, message: null });
  assert.equal(end.output.stdout, 'start\n2\n1\ndone\n[]\n');
});

test('end: an uncaught exception, with its traceback', async () => {
  const end = await ending('uncaught');
  assert.equal(end.end.reason, 'exception');
  assert.equal(end.end.exit_status, 1);
  assert.equal(end.end.exception, 'ZeroDivisionError: division by zero');
  assert.deepEqual(end.end.frames.map((f) => [f.func, f.line]), [['<module>', 11], ['run', 6], ['fails', 2]]);
  assert.match(end.end.traceback, /^Traceback \(most recent call last\):\n/);
  assert.ok(end.output.stderr.endsWith(end.end.traceback));
  assert.equal(end.output.stdout, '2.0\n');
});

test('end: a syntax error, where it is', async () => {
  const snap = await stepper.load(program('syntax_error'));
  valid(snap);
  assert.equal(snap.state, 'ended');
  assert.equal(snap.step, 0);
  assert.deepEqual(snap.end.syntax_error, {
    type: 'SyntaxError', message: 'invalid syntax', line: 1, column: 12, end_line: 1, end_column: 13,
    text: 'def broken(:\n',
  });
  assert.equal(snap.end.message, 'SyntaxError: invalid syntax');
  assert.deepEqual(stepper.step('line'), snap, 'stepping an ended program gives its end again');
  assert.deepEqual(stepper.back('line'), snap);
});

test('end: the step budget', async () => {
  const end = await ending('endless', { maxSteps: 500 });
  assert.equal(end.end.reason, 'step_budget');
  assert.equal(end.end.exit_status, 3);
  assert.equal(end.end.message, 'stopped after 500 steps (step budget exhausted)');
  assert.ok(end.step > 500);
  // a bigger budget goes further (the page offers to continue)
  const more = await ending('endless', { maxSteps: 5000 });
  assert.ok(more.step > 9 * end.step);
});

test('looking costs the program nothing: a snapshot at every step, and the budget ends at the same event', async () => {
  // reprs of nested containers in the snapshot once counted as the
  // program's own C work (a step per 16 nested calls)
  const source = 'a = [[1, 2], [3, [4, 5]], {"k": (6, 7)}]\nn = 0\nwhile True:\n    n += 1\n';
  await stepper.load(source, { maxSteps: 300 });
  const unseen = stepper.runToEnd();
  let snap = await stepper.load(source, { maxSteps: 300 });
  let looked = 0;
  while (snap.state === 'paused') {
    snap = stepper.step('all');
    looked++;
  }
  assert.equal(snap.end.reason, 'step_budget');
  assert.equal(snap.step, unseen.step, 'the budget ran out at the same event');
  assert.ok(looked > 300, `only ${looked} steps`);
});

test('end: the memory cap', async () => {
  const end = await ending('memory_hog', { maxMemory: 4_000_000 });
  assert.equal(end.end.reason, 'memory');
  assert.equal(end.end.exception, 'MemoryError');
  assert.deepEqual(end.end.frames.map((f) => f.line), [3]);
});

test('end: the recursion limit', async () => {
  const end = await ending('recursion');
  assert.equal(end.end.reason, 'recursion');
  assert.equal(end.end.exception, 'RecursionError: maximum recursion depth exceeded');
  assert.equal(end.end.frames.length, 64, 'the traceback\'s frames are capped');
});

test('end: the output limit', async () => {
  const end = await ending('chatter', { maxOutput: 100 });
  assert.equal(end.end.reason, 'output_limit');
  assert.equal(end.output.stdout_bytes, 100);
  assert.equal(end.end.message, 'output limit of 100 bytes reached');
});

test('end: a deadlock shows the tasks waiting forever', async () => {
  await stepper.load(program('deadlock'));
  const at = stepUntil(stepper, 'scheduler', (s) => s.event?.event === 'deadlock');
  assert.deepEqual(at.tasks.map((t) => [t.name, t.waits_on?.kind]), [['Task-1', 'task'], ['Task-2', 'future']]);
  const end = valid(stepper.runToEnd());
  assert.equal(end.end.reason, 'deadlock');
  assert.equal(end.end.exit_status, 4);
  assert.match(end.end.message, /Task-2 \(waiter\(\) at main\.py:5\) waits for a Future that nobody completes/);
  assert.deepEqual(end.end.waiting_tasks, at.tasks);
  assert.equal(end.output.stdout, 'waiting for a result nobody sets\n');
});

test('runToEnd with an event budget pauses, and can go on', async () => {
  await stepper.load(program('endless'), { maxSteps: 0 });
  const first = valid(stepper.runToEnd({ maxEvents: 1000 }));
  assert.equal(first.state, 'paused');
  assert.equal(first.step, 1000);
  const second = valid(stepper.runToEnd({ maxEvents: 1000 }));
  assert.equal(second.step, 2000);
  assert.equal(valid(stepper.back('line')).step < 2000, true);
  stepper.stop();
  assert.throws(() => stepper.step('line'), /no program loaded/);
});

test('a bad granularity is the caller\'s mistake, said as such', async () => {
  await stepper.load(program('gen_basic'));
  assert.throws(() => stepper.step('lines'), /unknown granularity 'lines'/);
  assert.throws(() => stepper.step({ kinds: ['yield'] }), /unknown event kind 'yield'/);
  const snap = valid(stepper.step({ kinds: ['gen_yield'] }));
  assert.equal(snap.event.event, 'gen_yield');
});

// ---- the command line: native and wasm print the same JSON ----

const native = join(root, 'build', 'native', 'coroscope');
const cli = join(root, 'web', 'cli.mjs');

function runCli(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: dir, timeout: 60_000 });
  if (r.error) throw r.error;
  return r;
}

test('coroscope step: the same snapshot from the native and the wasm build', () => {
  const cases = [['gen_send.py', '7', 'all'], ['gather.py', '25', 'scheduler'], ['gather.py', '4', 'coroutine'],
    ['create_task.py', '12', 'line'], ['uncaught.py', '1000', 'line'], ['syntax_error.py', '3', 'all'],
    ['deadlock.py', '0', 'all']];
  for (const [file, at, granularity] of cases) {
    const args = ['step', file, '--at', at, '--granularity', granularity];
    const a = runCli(native, args);
    const b = runCli(process.execPath, [cli, ...args]);
    assert.equal(a.status, 0, a.stderr);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(b.stdout, a.stdout, `${args.join(' ')}`);
    const snap = JSON.parse(a.stdout);
    valid(snap);
  }
  const limited = ['step', 'endless.py', '--at', '1000000', '--max-steps', '300'];
  assert.equal(runCli(process.execPath, [cli, ...limited]).stdout, runCli(native, limited).stdout);
  assert.equal(JSON.parse(runCli(native, limited).stdout).end.reason, 'step_budget');
  for (const bad of [['step', 'gen_send.py'], ['step', 'gen_send.py', '--at', '1', '--granularity', 'lines']]) {
    assert.equal(runCli(native, bad).status, 2);
    assert.equal(runCli(process.execPath, [cli, ...bad]).status, 2);
  }
});
