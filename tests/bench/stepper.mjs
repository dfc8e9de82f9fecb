// stepper.mjs - the stepping engine (web/stepper.mjs on the wasm engine, in
// this process), part of `npm run bench` (tests/bench/bench.mjs): for each
// article-style program of tests/stepper/,
//
//   steps/s       steps at granularity 'all' with a snapshot at every one
//   step+snap     median and worst time of one step plus its snapshot
//   snapshot      median and largest snapshot, in bytes of JSON
//   back          median time of back('all') over every step: from the
//                 cache, and with the cache off (a replay from the start)
//   jump          median time of jump(n) to a random step, cache off
//
// Real-clock times (performance.now()), best of RUNS walks after a warm-up
// walk; figures only, never a pass/fail test.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Stepper } from '../../web/stepper.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PROGRAMS = ['gen_basic', 'gen_send', 'gather', 'create_task', 'deadlock'];
const source = (name) => readFileSync(new URL(`../stepper/${name}.py`, import.meta.url), 'utf8');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;

// One walk: every step's time (step + snapshot text) and size.
async function walkTimed(stepper, src) {
  const times = [];
  const sizes = [];
  await stepper.load(src);
  let t0 = performance.now();
  for (;;) {
    const snap = stepper.step('all');
    const t1 = performance.now();
    times.push(t1 - t0);
    sizes.push(stepper.snapshotJSON().length);
    if (snap.state !== 'paused') break;
    t0 = performance.now();
  }
  return { times, sizes };
}

async function benchProgram(name) {
  const src = source(name);
  const stepper = await Stepper.create();
  await walkTimed(stepper, src);                            // warm-up
  let best = null;
  for (let i = 0; i < RUNS; i++) {
    const run = await walkTimed(stepper, src);
    const total = run.times.reduce((a, b) => a + b, 0);
    if (!best || total < best.total) best = { ...run, total };
  }
  // back over every step from the end, from the cache
  const back = [];
  for (let snap = stepper.snapshot(); snap.step > 0;) {
    const t0 = performance.now();
    snap = stepper.back('all');
    back.push(performance.now() - t0);
  }
  // the same and jumps with no cache: each is a replay from the start
  const cold = await Stepper.create({ cacheBytes: 1 });
  await walkTimed(cold, src);
  const backCold = [];
  for (let snap = cold.snapshot(), k = 0; snap.step > 0 && k < 200; k++) {
    const t0 = performance.now();
    snap = cold.back('all');
    backCold.push(performance.now() - t0);
  }
  const steps = best.times.length;
  const jumpCold = [];
  for (let k = 0; k < 100; k++) {
    const n = 1 + ((k * 7919) % steps);
    const t0 = performance.now();
    cold.jump(n);
    jumpCold.push(performance.now() - t0);
  }
  return {
    name, steps,
    perSecond: steps / (best.total / 1000),
    median: median(best.times), worst: Math.max(...best.times),
    sizeMedian: median(best.sizes), sizeMax: Math.max(...best.sizes),
    back: median(back), backCold: median(backCold), jumpCold: median(jumpCold),
  };
}

export async function benchStepper() {
  console.log('## Stepping (wasm engine in Node, web/stepper.mjs, granularity "all", a snapshot at every step)\n');
  console.log('| program | steps | steps/s | step+snapshot median | worst | snapshot bytes median | max | back (cached) | back (replay) | jump (replay) |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const name of PROGRAMS) {
    const r = await benchProgram(name);
    console.log(`| ${r.name} | ${r.steps} | ${Math.round(r.perSecond)} | ${us(r.median)} | ${us(r.worst)} | `
      + `${r.sizeMedian} | ${r.sizeMax} | ${us(r.back)} | ${us(r.backCold)} | ${us(r.jumpCold)} |`);
  }
}
