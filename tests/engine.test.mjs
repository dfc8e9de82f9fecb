// engine.test.mjs - the engine module exactly as the page loads it
// (web/engine.mjs importing web/engine/coroscope.mjs + .wasm): its
// version, pausing and resuming a program through the exported host API
// (web/stepper.mjs), and runProgram.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEngine, runProgram } from '../web/engine.mjs';
import { Stepper } from '../web/stepper.mjs';

const engine = await loadEngine();

test('the engine reports its version', () => {
  assert.match(engine.version, /^\d+\.\d+\.\d+$/);
});

// The pause round trip through the exports: a stepping session switches
// the program's coroutine back to JS at every event, and back in.
const PROGRAM = `def numbers(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)

g = numbers(30)
total = next(g)
for k in range(1, 30):
    total += g.send(k if k % 10 == 0 else None)
print("total", total)
`;

test('a program paused at every event resumes exactly where it was', async () => {
  const stepper = await Stepper.create();
  let snap = await stepper.load(PROGRAM);
  let pauses = 0;
  while (snap.state === 'paused') {
    snap = stepper.step('all');
    pauses++;
  }
  const plain = await runProgram(PROGRAM);
  assert.ok(pauses > 150, `${pauses} pauses`);
  assert.equal(snap.output.stdout, plain.stdout);
  assert.equal(snap.end.reason, 'normal');
});

test('many sessions one after another, and stepping past the end, in one instance', async () => {
  const stepper = await Stepper.create();
  for (let round = 0; round < 20; round++) {
    let snap = await stepper.load(PROGRAM);
    for (let i = 0; i < round * 2 && snap.state === 'paused'; i++) snap = stepper.step('line');
    assert.equal(snap.state, 'paused');
  }
  const end = stepper.runToEnd();
  assert.equal(end.output.stdout, 'got 10\ngot 20\ntotal 435\n');
  assert.deepEqual(stepper.step('line'), end);
  assert.deepEqual(stepper.runToEnd(), end);
});

// runProgram's output handling (web/engine.mjs): a streamed run keeps none
// of its output unless asked, and maxOutput stops a run at the limit.

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
