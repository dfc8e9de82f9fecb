// trace.test.mjs - `coroscope run --trace FILE`: the step events of
// core/trace.h as JSON lines.  Runs the native binary (build/native/coroscope,
// or $COROSCOPE_BIN) on the programs in tests/trace/ and checks the event
// sequences against what Python's semantics say must happen, the documented
// schema of every line, and that tracing changes no output.
//
//   node --test tests/trace.test.mjs        (from the repository root)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const BIN = process.env.COROSCOPE_BIN ?? 'build/native/coroscope';
const DIR = 'tests/trace';
const M = '<module>';
const REPR_MAX = 120;   // trace.h TRACE_REPR_MAX

function run(file, trace) {
  const args = trace ? ['run', '--trace', file] : ['run', file];
  // deep-recursion programs trace tens of thousands of events
  const r = spawnSync(BIN, args, { encoding: 'utf8', timeout: 60000, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// ---- the schema of trace.h ----

const KINDS = ['line', 'call', 'return', 'exception_raised', 'exception_caught', 'gen_create',
  'gen_resume', 'gen_yield', 'gen_return', 'gen_raise', 'gen_close', 'output', 'warning',
  'task_create', 'task_step', 'task_wait', 'task_done', 'task_cancel', 'future_done',
  'call_soon', 'timer_add', 'timer_fire', 'timer_cancel', 'clock', 'loop_iter', 'deadlock'];
const TASK_FIELDS = ['step', 'event', 'line', 'func', 'id', 'kind', 'state', 'verb', 'value',
  'peer_id', 'peer', 'text', 'name'];
const TIMER_FIELDS = ['step', 'event', 'id', 'kind', 'value', 'time'];
const GEN_FIELDS = ['step', 'event', 'line', 'func', 'id', 'kind', 'state', 'verb', 'value',
  'peer_id', 'peer', 'text'];
const FIELDS = {
  line: ['step', 'event', 'line', 'func', 'id'],
  call: ['step', 'event', 'line', 'func'],
  return: ['step', 'event', 'line', 'func', 'value', 'text'],
  exception_raised: ['step', 'event', 'line', 'func', 'id', 'text'],
  exception_caught: ['step', 'event', 'line', 'func', 'id', 'text'],
  output: ['step', 'event', 'line', 'verb', 'text'],
  warning: ['step', 'event', 'line', 'text'],
  task_create: TASK_FIELDS, task_step: TASK_FIELDS, task_wait: TASK_FIELDS,
  task_done: TASK_FIELDS, task_cancel: TASK_FIELDS,
  future_done: ['step', 'event', 'id', 'kind', 'state', 'value', 'text'],
  call_soon: ['step', 'event', 'value', 'peer_id'],
  timer_add: TIMER_FIELDS, timer_fire: TIMER_FIELDS, timer_cancel: TIMER_FIELDS,
  clock: ['step', 'event', 'time', 'from'],
  loop_iter: ['step', 'event', 'count'],
  deadlock: ['step', 'event', 'text'],
};
const STATE_AFTER = { gen_create: 'CREATED', gen_resume: 'RUNNING', gen_yield: 'SUSPENDED',
  gen_return: 'CLOSED', gen_raise: 'CLOSED', gen_close: 'CLOSED' };
const PREFIX = { generator: 'GEN_', coroutine: 'CORO_', async_generator: 'AGEN_' };

const codePoints = (s) => [...s].length;

// Checks one parsed event against trace.h; returns it.
function checkEvent(e, i) {
  const where = `event ${i + 1} ${JSON.stringify(e)}`;
  assert.equal(e.step, i + 1, `steps count from 1: ${where}`);
  assert.ok(KINDS.includes(e.event), `known kind: ${where}`);
  const allowed = FIELDS[e.event] ?? GEN_FIELDS;
  for (const k of Object.keys(e)) assert.ok(allowed.includes(k), `field ${k} allowed: ${where}`);
  if ('line' in e) assert.ok(Number.isInteger(e.line) && e.line > 0, `line: ${where}`);
  for (const k of ['func', 'verb', 'value', 'peer', 'text', 'kind', 'state'])
    if (k in e) assert.equal(typeof e[k], 'string', `${k} is a string: ${where}`);
  if (!['output', 'warning', 'deadlock'].includes(e.event)) {
    for (const k of ['value', 'text'])
      if (k in e) assert.ok(codePoints(e[k]) <= REPR_MAX, `${k} cut to ${REPR_MAX}: ${where}`);
    assert.ok(!/0x[0-9a-f]{4,}/i.test(JSON.stringify(e)), `no addresses: ${where}`);
  }
  switch (e.event) {
    case 'line':
    case 'call':
      assert.ok(e.line && e.func, where);
      break;
    case 'return':
      assert.ok(e.func && (('value' in e) !== ('text' in e)), `value xor text: ${where}`);
      break;
    case 'exception_raised':
    case 'exception_caught':
      assert.ok(e.line && e.func && /^[A-Za-z_][\w.]*(: |$)/.test(e.text), where);
      break;
    case 'output':
      assert.ok(['stdout', 'stderr'].includes(e.verb) && typeof e.text === 'string', where);
      break;
    case 'warning':
      assert.ok(/^\S+:\d+: \w+: /.test(e.text), where);
      break;
    case 'task_create': case 'task_step': case 'task_wait': case 'task_done': case 'task_cancel':
      assert.ok(e.kind === 'task' && Number.isInteger(e.id) && e.id > 0 && e.name, where);
      if (e.event === 'task_step')
        assert.ok(e.verb === 'send' ? e.value === 'None' : e.verb === 'throw' && 'text' in e, where);
      if (e.event === 'task_wait') assert.ok(Number.isInteger(e.peer_id) && e.peer, where);
      if (e.event === 'task_done') assert.ok(e.state === 'CANCELLED'
        ? !('value' in e) && !('text' in e) : e.state === 'FINISHED' && ('value' in e) !== ('text' in e), where);
      break;
    case 'future_done':
      assert.ok(e.kind === 'future' && ['FINISHED', 'CANCELLED'].includes(e.state), where);
      break;
    case 'call_soon':
      assert.ok(typeof e.value === 'string' && e.value.length > 0, where);
      break;
    case 'timer_add': case 'timer_fire': case 'timer_cancel':
      assert.ok(e.kind === 'timer' && e.id > 0 && typeof e.time === 'number', where);
      break;
    case 'clock':
      assert.ok(typeof e.time === 'number' && typeof e.from === 'number' && e.time > e.from, where);
      break;
    case 'loop_iter':
      assert.ok(Number.isInteger(e.count) && e.count >= 0, where);
      break;
    case 'deadlock':
      assert.ok(/^coroscope: deadlock/.test(e.text), where);
      break;
    default: {   // gen_*
      assert.ok(Number.isInteger(e.id) && e.id > 0 && e.func, where);
      assert.ok(PREFIX[e.kind], `kind: ${where}`);
      assert.equal(e.state, PREFIX[e.kind] + STATE_AFTER[e.event], `state after: ${where}`);
      assert.ok(Number.isInteger(e.peer_id) && typeof e.peer === 'string', `peer: ${where}`);
      if (e.event === 'gen_resume') {
        assert.ok(['next', 'send', 'throw', 'close'].includes(e.verb), where);
        if (e.verb === 'next' || e.verb === 'send') assert.ok('value' in e && !('text' in e), where);
        else assert.ok('text' in e && !('value' in e), where);
      }
      if (e.event === 'gen_close') assert.ok(['close', 'drop'].includes(e.verb), where);
      if (e.event === 'gen_raise') assert.ok('text' in e, where);
      if (e.event === 'gen_yield' || e.event === 'gen_return') assert.ok('value' in e, where);
    }
  }
  return e;
}

// The scheduler's invariants: a task is created, then stepped until done
// (once); timers fire or are cancelled once, never before their time; the
// clock only moves forward, from where it was.
function checkScheduler(e, tasks, timers, clock) {
  const where = JSON.stringify(e);
  if (e.event === 'task_create') {
    assert.ok(!tasks.has(e.id), `created once: ${where}`);
    tasks.set(e.id, 'created');
  } else if (e.event.startsWith('task_')) {
    assert.ok(['created', 'pending'].includes(tasks.get(e.id)), `${e.event} of a live task: ${where}`);
    tasks.set(e.id, e.event === 'task_done' ? 'done' : 'pending');
  }
  if (e.event === 'timer_add') timers.set(e.id, 'scheduled');
  if (e.event === 'timer_fire' || e.event === 'timer_cancel') {
    assert.equal(timers.get(e.id), 'scheduled', `a scheduled timer: ${where}`);
    timers.set(e.id, e.event);
  }
  if (e.event === 'timer_fire') assert.ok(e.time < clock + 1e-9, `not before its time: ${where}`);
  if (e.event === 'clock') assert.equal(e.from, clock, `the clock moves from where it was: ${where}`);
}

// Whole-trace invariants: per generator CREATED -> (RUNNING -> SUSPENDED)*
// -> CLOSED, one end event per resume; call/return nest and match.
function checkSequence(events) {
  const state = new Map();
  const frames = [];
  const tasks = new Map(), timers = new Map();
  let clock = 0;
  for (const e of events) {
    checkScheduler(e, tasks, timers, clock);
    if (e.event === 'clock') clock = e.time;
    if (e.event === 'call') frames.push(e.func);
    if (e.event === 'return') assert.equal(frames.pop(), e.func, `return matches call: ${JSON.stringify(e)}`);
    if (!e.event.startsWith('gen_')) continue;
    const before = state.get(e.id);
    const ok = {
      gen_create: before === undefined,
      gen_resume: before === 'CREATED' || before === 'SUSPENDED',
      gen_yield: before === 'RUNNING',
      gen_return: before === 'RUNNING',
      gen_raise: before === 'RUNNING',
      gen_close: before === 'RUNNING' || before === 'CREATED',
    }[e.event];
    assert.ok(ok, `${e.event} after ${before}: ${JSON.stringify(e)}`);
    state.set(e.id, STATE_AFTER[e.event]);
  }
  assert.equal(frames.length, 0, 'every call returned');
  for (const [id, s] of state) assert.notEqual(s, 'RUNNING', `generator ${id} left running`);
}

// Runs FILE with --trace; parses and checks every line.
function traceOf(file) {
  const r = run(file, true);
  assert.ok(r.stdout.endsWith('\n'), 'trace ends with a newline');
  const lines = r.stdout.slice(0, -1).split('\n');
  const events = lines.map((l, i) => {
    let e;
    assert.doesNotThrow(() => { e = JSON.parse(l); }, `line ${i + 1} is JSON: ${l}`);
    return checkEvent(e, i);
  });
  checkSequence(events);
  return { ...r, events };
}

const noStep = ({ step, ...rest }) => rest;
const only = (events, pred) => events.filter(pred).map(noStep);
const kinds = (...ks) => (e) => ks.some((k) => (k.endsWith('*') ? e.event.startsWith(k.slice(0, -1)) : e.event === k));
const streamText = (events, verb) => events.filter((e) => e.event === 'output' && e.verb === verb)
  .map((e) => e.text).join('');

// ---- expected-event builders (fields exactly as trace.h documents) ----

const G = (event, func, id, line, state, extra = {}) => ({
  event, line, func, id, kind: 'generator', state: `GEN_${state}`, peer_id: 0, peer: M, ...extra,
});
const by = (peer, peer_id) => ({ peer, peer_id });
const create = (func, id, line, peer = {}) => G('gen_create', func, id, line, 'CREATED', peer);
const resume = (func, id, line, verb, what, peer = {}) =>
  G('gen_resume', func, id, line, 'RUNNING', { verb, ...what, ...peer });
const next = (func, id, line, peer) => resume(func, id, line, 'next', { value: 'None' }, peer);
const yielded = (func, id, line, value, peer = {}) => G('gen_yield', func, id, line, 'SUSPENDED', { value, ...peer });
const returned = (func, id, line, value, peer = {}) => G('gen_return', func, id, line, 'CLOSED', { value, ...peer });
const raised = (func, id, line, text, peer = {}) => G('gen_raise', func, id, line, 'CLOSED', { text, ...peer });
const closed = (func, id, line, verb, peer = {}) => G('gen_close', func, id, line, 'CLOSED', { verb, ...peer });
const closing = (func, id, line, peer = {}) => resume(func, id, line, 'close', { text: 'GeneratorExit' }, peer);
const exc = (event, func, line, text, id) => ({ event, line, func, text, ...(id ? { id } : {}) });
const out = (line, text, verb = 'stdout') => ({ event: 'output', line, verb, text });
const ln = (line, func = M, id) => ({ event: 'line', line, func, ...(id ? { id } : {}) });

const file = (name) => join(DIR, name);

// ---- event sequences ----

test('binary exists', () => {
  assert.ok(existsSync(BIN), `${BIN} (build it with the Makefile)`);
});

test('next then send(5): create, resume, yield, resume, return, StopIteration (every event)', () => {
  const { events, status } = traceOf(file('send_return.py'));
  assert.equal(status, 0);
  assert.deepEqual(events.map(noStep), [
    { event: 'call', line: 1, func: M },
    ln(1), ln(6),
    create('g', 1, 1),
    ln(7),
    next('g', 1, 1),
    ln(2, 'g', 1),
    yielded('g', 1, 2, '1'),
    out(7, '1\n'),
    ln(8), ln(9),
    resume('g', 1, 2, 'send', { value: '5' }),
    ln(3, 'g', 1),
    returned('g', 1, 3, '5'),
    exc('exception_raised', M, 9, 'StopIteration: 5'),
    exc('exception_caught', M, 10, 'StopIteration: 5'),
    ln(11),
    out(11, 'stop 5\n'),
    { event: 'return', line: 11, func: M, value: 'None' },
  ]);
});

test('yield from chain: each generator is resumed by, and yields/returns to, the one above', () => {
  const { events } = traceOf(file('yield_from_chain.py'));
  const top = by('top', 1), middle = by('middle', 2);
  assert.deepEqual(only(events, kinds('gen_*', 'output')), [
    create('top', 1, 11),
    next('top', 1, 11),
    create('middle', 2, 6, top),
    next('middle', 2, 6, top),
    create('leaf', 3, 1, middle),
    next('leaf', 3, 1, middle),
    yielded('leaf', 3, 2, "'leaf-1'", middle),
    yielded('middle', 2, 7, "'leaf-1'", top),
    yielded('top', 1, 12, "'leaf-1'"),
    out(17, 'leaf-1\n'),
    resume('top', 1, 12, 'send', { value: '10' }),
    resume('middle', 2, 7, 'send', { value: '10' }, top),
    resume('leaf', 3, 2, 'send', { value: '10' }, middle),
    returned('leaf', 3, 3, '10', middle),
    returned('middle', 2, 8, '11', top),
    yielded('top', 1, 13, '11'),
    out(18, '11\n'),
    closing('top', 1, 13),          // `t` is dropped at exit: closed there
    closed('top', 1, 13, 'drop'),
  ]);
});

test('next() inside a generator names that generator as the resumer', () => {
  const { events } = traceOf(file('next_in_gen.py'));
  const b = by('b', 2);
  assert.deepEqual(only(events, kinds('gen_*', 'output')), [
    create('a', 1, 1),               // the argument a() is evaluated first
    create('b', 2, 5),
    next('b', 2, 5),
    next('a', 1, 1, b),
    yielded('a', 1, 2, "'a1'", b),
    yielded('b', 2, 7, "'a1!'"),
    closing('b', 2, 7),              // the temporary b(...) is dropped after next()
    closed('b', 2, 7, 'drop'),
    closing('a', 1, 2),              // ... and with b's frame, the a() it held
    closed('a', 1, 2, 'drop'),
    out(10, 'a1!\n'),
  ]);
});

test('throw: caught inside the generator, and uncaught (propagates to the caller)', () => {
  const { events } = traceOf(file('throw.py'));
  assert.deepEqual(only(events, kinds('gen_*', 'exception_*', 'output')), [
    create('g', 1, 1),
    next('g', 1, 1),
    yielded('g', 1, 3, '1'),
    resume('g', 1, 3, 'throw', { text: 'ValueError: boom' }),
    exc('exception_raised', 'g', 3, 'ValueError: boom', 1),      // raised at the yield
    exc('exception_caught', 'g', 4, 'ValueError: boom', 1),
    yielded('g', 1, 5, "'caught boom'"),
    out(11, 'caught boom\n'),
    create('g', 2, 1),
    next('g', 2, 1),
    yielded('g', 2, 3, '1'),
    resume('g', 2, 3, 'throw', { text: "KeyError: 'k'" }),
    exc('exception_raised', 'g', 3, "KeyError: 'k'", 2),
    raised('g', 2, 3, "KeyError: 'k'"),
    exc('exception_caught', M, 16, "KeyError: 'k'"),              // not raised again
    out(17, 'propagated\n'),
    closing('g', 1, 5),              // `it` is still suspended at exit
    exc('exception_raised', 'g', 5, 'GeneratorExit', 1),
    closed('g', 1, 5, 'drop'),
  ]);
});

test('throw into an unstarted generator: it fails at its first line and is closed', () => {
  const { events } = traceOf(file('throw_unstarted.py'));
  assert.deepEqual(only(events, kinds('gen_*', 'exception_*', 'output')), [
    create('g', 1, 1),
    resume('g', 1, 1, 'throw', { text: 'ValueError: early' }),
    exc('exception_raised', 'g', 1, 'ValueError: early', 1),
    raised('g', 1, 1, 'ValueError: early'),
    exc('exception_caught', M, 8, 'ValueError: early'),
    out(9, 'None\n'),                // gi_frame is None; close() of a closed one: no event
  ]);
});

test('close(): GeneratorExit at the yield, finally runs, then closed', () => {
  const { events } = traceOf(file('close_finally.py'));
  assert.deepEqual(only(events, (e) => kinds('gen_*', 'exception_*', 'output')(e) || e.func === 'g'), [
    create('g', 1, 1),
    next('g', 1, 1),
    ln(2, 'g', 1), ln(3, 'g', 1),
    yielded('g', 1, 3, '1'),
    closing('g', 1, 3),
    exc('exception_raised', 'g', 3, 'GeneratorExit', 1),
    ln(6, 'g', 1),
    out(6, 'cleanup\n'),
    closed('g', 1, 6, 'close'),
    out(12, 'closed\n'),
  ]);
});

test('close() ignored: the generator yields again, RuntimeError in the caller', () => {
  const { events } = traceOf(file('close_ignored.py'));
  const msg = 'RuntimeError: generator ignored GeneratorExit';
  const s = (l, v) => ({ ...G('gen_yield', 'stubborn', 1, l, 'SUSPENDED'), value: v });
  assert.deepEqual(only(events, kinds('gen_*', 'exception_*', 'output')), [
    create('stubborn', 1, 1),
    next('stubborn', 1, 1),
    s(3, '1'),
    closing('stubborn', 1, 3),
    exc('exception_raised', 'stubborn', 3, 'GeneratorExit', 1),
    exc('exception_caught', 'stubborn', 4, 'GeneratorExit', 1),
    out(5, 'ignoring\n'),
    s(6, '2'),
    exc('exception_raised', M, 12, msg),
    exc('exception_caught', M, 13, msg),
    out(14, 'generator ignored GeneratorExit\n'),
    closing('stubborn', 1, 6),       // dropped at exit: GeneratorExit at `yield 2`
    exc('exception_raised', 'stubborn', 6, 'GeneratorExit', 1),
    closed('stubborn', 1, 6, 'drop'),
  ]);
});

test('dropped generators: a suspended one is closed (finally runs), an unstarted one just closes', () => {
  const { events } = traceOf(file('dropped.py'));
  const use = by('use', 0);
  assert.deepEqual(only(events, kinds('gen_*', 'output', 'call', 'return')), [
    { event: 'call', line: 1, func: M },
    { event: 'call', line: 8, func: 'use' },
    create('g', 1, 1, use),
    next('g', 1, 1, use),
    yielded('g', 1, 3, '1', use),
    out(11, 'leaving\n'),
    { event: 'return', line: 11, func: 'use', value: 'None' },
    closing('g', 1, 3),              // use's local `it` goes with its frame
    out(5, 'finally on drop\n'),
    closed('g', 1, 5, 'drop'),
    create('g', 2, 1),
    closed('g', 2, 1, 'drop'),       // `del unused`: never ran, nothing runs now
    out(17, 'end\n'),
    { event: 'return', line: 17, func: M, value: 'None' },
  ]);
});

test('async generator: each asend/aclose step is one resume; an await passes its value up', () => {
  const { events } = traceOf(file('agen_drive.py'));
  const ag = { kind: 'async_generator' };
  const A = (e) => ({ ...e, ...ag, state: e.state.replace(/^GEN_/, 'AGEN_') });
  const ticker = by('ticker', 1);
  assert.deepEqual(only(events, kinds('gen_*', 'output')), [
    A(create('ticker', 1, 9)),
    A(next('ticker', 1, 9)),                     // __anext__().send(None)
    create('pause', 2, 4, ticker),
    next('pause', 2, 4, ticker),
    yielded('pause', 2, 6, "'tick'", ticker),
    A(yielded('ticker', 1, 11, "'tick'")),       // the await's value, passed up as it is
    out(21, 'tick\n'),
    A(next('ticker', 1, 11)),
    next('pause', 2, 6, ticker),
    returned('pause', 2, 6, 'None', ticker),
    A(yielded('ticker', 1, 12, '1')),            // a real yield: the value, not its wrapper
    out(25, 'value 1\n'),
    A(resume('ticker', 1, 12, 'send', { value: "'x'" })),
    out(13, 'got x\n'),
    A(yielded('ticker', 1, 14, '2')),
    out(29, 'value 2\n'),
    A(closing('ticker', 1, 14)),                 // aclose(): GeneratorExit at the yield
    out(16, 'cleanup\n'),
    A(closed('ticker', 1, 16, 'close')),
    out(33, 'closed\n'),
  ]);
});

test('async for: the StopAsyncIteration that ends the loop is raised and caught there', () => {
  const { events } = traceOf(file('async_for_end.py'));
  const main = by('main', 1);
  const A = (e) => ({ ...e, kind: 'async_generator', state: e.state.replace(/^GEN_/, 'AGEN_') });
  assert.deepEqual(only(events, kinds('gen_*', 'exception_*')).slice(2, -3), [
    A(create('two', 2, 1, main)),
    A(next('two', 2, 1, main)),
    A(yielded('two', 2, 2, '1', main)),
    A(next('two', 2, 2, main)),
    A(yielded('two', 2, 3, '2', main)),
    A(next('two', 2, 3, main)),
    A(returned('two', 2, 3, 'None', main)),
    exc('exception_raised', 'main', 7, 'StopAsyncIteration', 1),
    exc('exception_caught', 'main', 7, 'StopAsyncIteration', 1),
  ]);
});

test('an exception is reported once where raised, then as the frames it unwinds', () => {
  const { events } = traceOf(file('caught_across.py'));
  const t = "KeyError: 'k'";
  assert.deepEqual(only(events, (e) => e.event !== 'line'), [
    { event: 'call', line: 1, func: M },
    { event: 'call', line: 5, func: 'outer' },
    { event: 'call', line: 1, func: 'inner' },
    exc('exception_raised', 'inner', 2, t),
    { event: 'return', line: 2, func: 'inner', text: t },
    { event: 'return', line: 6, func: 'outer', text: t },
    exc('exception_caught', M, 11, t),
    out(12, "caught 'k'\n"),
    { event: 'return', line: 12, func: M, value: 'None' },
  ]);
});

test('library code standing in for C code (deque, islice): no events of its own, its error raised at the calling line', () => {
  const { events } = traceOf(file('library_c_code.py'));
  const t = 'IndexError: pop from an empty deque';
  assert.deepEqual(only(events, (e) => e.event !== 'line'), [
    { event: 'call', line: 1, func: M },
    exc('exception_raised', M, 6, t),
    exc('exception_caught', M, 7, t),
    out(8, 'caught pop from an empty deque\n'),
    out(9, "['a', 'b']\n"),
    { event: 'return', line: 9, func: M, value: 'None' },
  ]);
});

test('uncaught exception at top level: exception event, then the traceback as stderr output', () => {
  const traced = traceOf(file('uncaught.py'));
  const plain = run(file('uncaught.py'), false);
  assert.equal(traced.status, 1);
  assert.equal(plain.status, 1);
  const t = 'ZeroDivisionError: integer division or modulo by zero';
  const evs = only(traced.events, kinds('exception_*', 'return', 'output'));
  assert.deepEqual(evs.slice(0, -1), [
    out(9, 'before\n'),
    exc('exception_raised', 'f', 2, t),
    { event: 'return', line: 2, func: 'f', text: t },
    { event: 'return', line: 6, func: 'h', text: t },
    { event: 'return', line: 10, func: M, text: t },
  ]);
  const last = evs.at(-1);
  assert.equal(last.event, 'output');
  assert.equal(last.verb, 'stderr');
  assert.ok(last.text.startsWith('Traceback (most recent call last):\n'));
  assert.ok(last.text.endsWith(`\n${t}\n`));
  assert.equal(last.text, plain.stderr.replace(/^.*makecontext.*\n/m, ''));
  assert.equal(traced.events.filter((e) => e.event === 'exception_raised').length, 1);
});

test('warning: event with the warning line, then its stderr output', () => {
  const { events } = traceOf(file('warning.py'));
  const co = { kind: 'coroutine' };
  assert.deepEqual(only(events, kinds('gen_*', 'warning', 'output')), [
    { ...create('co', 1, 1), ...co, state: 'CORO_CREATED' },
    { event: 'warning', line: 5, text: "main.py:5: RuntimeWarning: coroutine 'co' was never awaited\n" },
    out(5, "main.py:5: RuntimeWarning: coroutine 'co' was never awaited\n  co()\n", 'stderr'),
    { ...closed('co', 1, 1, 'drop'), ...co, state: 'CORO_CLOSED' },
    out(6, 'after\n'),
  ]);
});

test('match: the case lines tried are steps, as elif lines are (CPython\'s line events)', () => {
  const { events } = traceOf(file('match_lines.py'));
  const calls = [];
  for (const e of events) {
    if (e.event === 'call' && e.func === 'kind') calls.push([]);
    else if (e.event === 'line' && e.func === 'kind') calls[calls.length - 1].push(e.line);
  }
  assert.deepEqual(calls, [
    [2, 3, 4],              // `case [word]` matches
    [2, 3, 5, 7, 8],        // the guard fails: the next case is tried
    [2, 3, 5, 7, 9, 10],    // none matches: the default `case _` (a NOP) is a step too
  ]);
  assert.equal(streamText(events, 'stdout'), 'one look\nno\n?\n');
});

test('reprs: no Python code run, no addresses, cut to 120 code points, deterministic', () => {
  const first = traceOf(file('reprs.py'));
  const values = first.events.filter((e) => e.event === 'gen_yield').map((e) => e.value);
  const digits = '[' + Array.from({ length: 100 }, (_, i) => i).join(', ');
  assert.deepEqual(values, [
    '<__main__.Loud object>',
    "[<__main__.Loud object>, 1, 'a']",
    '<function f>',
    '<__main__.Plain object>',
    "'" + '가'.repeat(REPR_MAX - 4) + '...',
    digits.slice(0, REPR_MAX - 3) + '...',
    "{'k': (1,), 's': set()}",
  ]);
  assert.equal(streamText(first.events, 'stdout'), 'done\n');   // __repr__ never printed
  assert.ok(!first.events.some((e) => e.func === 'Loud.__repr__'));
  assert.equal(traceOf(file('reprs.py')).stdout, first.stdout);
});

test('output events: both streams, concatenated equal the untraced run', () => {
  const traced = traceOf(file('output_streams.py'));
  const plain = run(file('output_streams.py'), false);
  assert.equal(plain.stdout, "a-b!\nwritten\n한국어 3.5 [1, 'x']\n0 1 2 \n");
  assert.equal(streamText(traced.events, 'stdout'), plain.stdout);
  assert.equal(streamText(traced.events, 'stderr'), 'to stderr\n');
  assert.deepEqual(only(traced.events, kinds('output')).slice(0, 3), [
    out(3, 'a-b'), out(4, '!\n'), out(5, 'to stderr\n', 'stderr'),
  ]);
});

test('asyncio: tasks are created, stepped, wait on futures and tasks, and wake when timers fire', () => {
  const { events, status } = traceOf(file('tasks_sleep.py'));
  assert.equal(status, 0);
  const T = (event, id, name, func, extra = {}) => ({ event, func, id, kind: 'task',
    ...(event === 'task_create' ? {} : {}), peer_id: id, name, ...extra });
  const step = (id, name, func) => T('task_step', id, name, func, { verb: 'send', value: 'None' });
  const sched = only(events, kinds('task_*', 'clock', 'timer_*', 'future_done'))
    .filter((e) => !/^BaseEventLoop/.test(e.func ?? ''));
  assert.deepEqual(sched, [
    { ...T('task_create', 1, 'Task-1', 'main'), line: 13 },
    step(1, 'Task-1', 'main'),
    { ...T('task_create', 2, 'Task-2', 'worker'), line: 9 },
    { ...T('task_create', 3, 'Task-3', 'worker'), line: 10 },
    T('task_wait', 1, 'Task-1', 'main', { peer_id: 2, peer: 'Task-2' }),
    step(2, 'Task-2', 'worker'),
    { event: 'timer_add', id: 1, kind: 'timer', value: '_set_result_unless_cancelled()', time: 0.5 },
    T('task_wait', 2, 'Task-2', 'worker', { peer_id: 4, peer: 'Future' }),
    step(3, 'Task-3', 'worker'),
    { event: 'timer_add', id: 2, kind: 'timer', value: '_set_result_unless_cancelled()', time: 0.25 },
    T('task_wait', 3, 'Task-3', 'worker', { peer_id: 5, peer: 'Future' }),
    { event: 'clock', from: 0, time: 0.25 },
    { event: 'timer_fire', id: 2, kind: 'timer', time: 0.25 },
    { event: 'future_done', id: 5, kind: 'future', state: 'FINISHED', value: 'None' },
    step(3, 'Task-3', 'worker'),
    T('task_done', 3, 'Task-3', 'worker', { state: 'FINISHED', value: "'b'" }),
    { event: 'clock', from: 0.25, time: 0.5 },
    { event: 'timer_fire', id: 1, kind: 'timer', time: 0.5 },
    { event: 'future_done', id: 4, kind: 'future', state: 'FINISHED', value: 'None' },
    step(2, 'Task-2', 'worker'),
    T('task_done', 2, 'Task-2', 'worker', { state: 'FINISHED', value: "'a'" }),
    step(1, 'Task-1', 'main'),
    T('task_done', 1, 'Task-1', 'main', { state: 'FINISHED', value: 'None' }),
  ]);
  // the loop resumes a coroutine on behalf of its task, and says so
  const resumes = events.filter((e) => e.event === 'gen_resume' && e.func === 'worker');
  assert.deepEqual(resumes.map((e) => e.peer), ['Task-2', 'Task-3', 'Task-3', 'Task-2']);
  // and no line of the asyncio machinery shows
  assert.ok(!events.some((e) => e.event === 'line' && !['<module>', 'main', 'worker'].includes(e.func)));
});

test('asyncio: a deadlock ends the run with one stderr line and its own exit status', () => {
  const r = run(file('deadlock.py'), false);
  assert.equal(r.status, 4);
  assert.equal(r.stdout, 'waiting\n');
  assert.match(r.stderr, /^coroscope: deadlock at time 2\.0: .*2 tasks wait forever: Task-1 \(main\(\) at main\.py:\d+\) waits for Task-2; Task-2 \(waiter\(\) at main\.py:\d+\) waits for a Future that nobody completes\n$/);
  const { events } = traceOf(file('deadlock.py'));
  assert.equal(events.filter((e) => e.event === 'deadlock').length, 1);
});

test('without --trace, stdout is the program output only', () => {
  const r = run(file('send_return.py'), false);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '1\nstop 5\n');
  const t = run(file('yield_from_chain.py'), false);
  assert.equal(t.stdout, 'leaf-1\n11\n');
});

// ---- every program: tracing changes nothing, every line is well-formed ----

const ADDR = /0x[0-9a-fA-F]+/g;
const norm = (s) => s.replace(ADDR, '0x?').replace(/^.*makecontext.*\n/m, '');

const programs = [DIR, 'tests/py']
  .filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.py')).sort().map((f) => join(d, f)));

for (const p of programs) {
  test(`tracing leaves ${p} unchanged`, () => {
    const plain = run(p, false);
    const traced = traceOf(p);
    assert.equal(traced.status, plain.status, 'exit status');
    assert.equal(norm(streamText(traced.events, 'stdout')), norm(plain.stdout), 'stdout');
    assert.equal(norm(streamText(traced.events, 'stderr')), norm(plain.stderr), 'stderr');
  });
}
