// engine.test.mjs - the engine module exactly as the page loads it
// (web/engine.mjs importing web/engine/coroscope.mjs + .wasm), driving C
// coroutines through the exported host API.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine } from '../web/engine.mjs';

const engine = await loadEngine();

test('the engine reports its version', () => {
  assert.match(engine.version, /^\d+\.\d+\.\d+$/);
});

test('a coroutine yields values and receives what is sent', () => {
  const c = engine.counter(5, 3);
  assert.deepEqual(c.resume(0), { value: 5, status: 'suspended' });
  assert.deepEqual(c.resume(10), { value: 8, status: 'suspended' });
  assert.deepEqual(c.resume(20), { value: 11, status: 'suspended' });
  assert.deepEqual(c.resume(-1), { value: 30, status: 'dead' });
  c.free();
});

test('many coroutines interleave without disturbing each other', () => {
  const counters = Array.from({ length: 50 }, (_, i) => engine.counter(i * 100, 1));
  for (let round = 0; round < 20; round++) {
    counters.forEach((c, i) => {
      assert.deepEqual(c.resume(1), { value: i * 100 + round, status: 'suspended' });
    });
  }
  counters.forEach((c) => assert.equal(c.resume(-1).value, 20));
  counters.forEach((c) => c.free());
});

test('resuming a finished coroutine is an error, not a crash', () => {
  const c = engine.counter(0, 1);
  c.resume(0);
  c.resume(-1);
  assert.throws(() => c.resume(0), /cannot resume a dead coroutine/);
  c.free();
  assert.throws(() => c.resume(0), /invalid argument/);
});

// runProgram's output handling (web/engine.mjs): a streamed run keeps none
// of its output unless asked, and maxOutput stops a run at the limit.
import { runProgram } from '../web/engine.mjs';

test('runProgram: with onOutput the output is streamed, not collected', async () => {
  const seen = [];
  const r = await runProgram('for i in range(3):\n    print(i)\n', {
    onOutput: (stream, text) => seen.push([stream, text]),
  });
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(seen.filter(([s]) => s === 'stdout').map(([, t]) => t).join(''), '0\n1\n2\n');
  const kept = await runProgram('print("kept")\n', { onOutput: () => {}, keepOutput: true });
  assert.equal(kept.stdout, 'kept\n');
});

test('runProgram: maxOutput stops an endless printer with status 3', async () => {
  const r = await runProgram('while True:\n    print("abc")\n', { maxOutput: 1000 });
  assert.equal(r.status, 3);
  assert.equal(r.stdout.length, 1000);
  assert.match(r.stderr, /output limit of 1000 bytes reached/);
});

test('runProgram: source bytes are decoded by the engine (coding cookie)', async () => {
  const bytes = Buffer.from('# coding: latin-1\nprint("\xe9t\xe9")\n', 'latin1');
  const r = await runProgram(bytes);
  assert.equal(r.stdout, 'été\n');
});
