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
