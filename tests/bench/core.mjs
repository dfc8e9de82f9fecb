// core.mjs - the coroutine core against its peers, measured in the same
// run (part of `npm run bench`, tests/bench/bench.mjs).
//
//   round trip   one resume + one yield, the yield 0 or 10 frames deep
//   memory       bytes held per suspended coroutine, 10,000 alive at once
//
// Peers: a bare Emscripten fiber swap pair (what the wasm core is built on)
// and V8's own generators (`next(v)`, and 10 levels of `yield*` for depth).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300_000);
const COUNT = 10_000;

function best(times, fn) {           // best of N: the least disturbed run
  let min = Infinity;
  for (let i = 0; i < times; i++) min = Math.min(min, fn());
  return min;
}

async function wasmCore() {
  const { default: create } = await import(new URL('build/wasm/coro_bench.mjs', `file://${root}`));
  const m = await create({ wasmBinary: readFileSync(`${root}build/wasm/coro_bench.wasm`) });
  const call = (name, ...args) => { m[`_${name}`](...args); return m._bench_result(); };
  return {
    rt0: best(5, () => call('bench_roundtrip', ROUNDS, 0)),
    rt10: best(5, () => call('bench_roundtrip', ROUNDS, 10)),
    bare: best(5, () => call('bench_bare_fiber', ROUNDS)),
    mem0: call('bench_memory', COUNT, 0),
    mem10: call('bench_memory', COUNT, 10),
  };
}

function nativeCore() {
  const runs = Array.from({ length: 3 }, () =>
    JSON.parse(execFileSync(`${root}build/native/coro_bench`, [String(ROUNDS)], { encoding: 'utf8' })));
  return {
    rt0: Math.min(...runs.map((r) => r.roundtrip_ns)),
    rt10: Math.min(...runs.map((r) => r.roundtrip10_ns)),
    mem0: runs[0].bytes_per_coro,
    mem10: runs[0].bytes_per_coro10,
  };
}

function* echo() { let v; for (;;) v = yield v; }
function* delegate(depth) { return depth === 0 ? yield* echo() : yield* delegate(depth - 1); }

function v8Roundtrip(depth) {
  return best(5, () => {
    const g = depth === 0 ? echo() : delegate(depth);
    g.next();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < ROUNDS; i++) g.next(i);
    return Number(process.hrtime.bigint() - t0) / ROUNDS;
  });
}

function v8Memory(depth) {
  if (typeof globalThis.gc !== 'function') return NaN;
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const keep = [];
  for (let i = 0; i < COUNT; i++) {
    const g = depth === 0 ? echo() : delegate(depth);
    g.next();
    keep.push(g);
  }
  globalThis.gc();
  const bytes = (process.memoryUsage().heapUsed - before) / COUNT;
  return keep.length === COUNT ? bytes : NaN;
}

const fmt = (x, unit) => (Number.isFinite(x) ? `${x.toFixed(unit === 'B' ? 0 : 1)} ${unit}` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');

// Prints the table of the core's figures next to its peers'.
export async function benchCore() {
  const wasm = await wasmCore();
  const native = nativeCore();
  const v8 = { rt0: v8Roundtrip(0), rt10: v8Roundtrip(10), mem0: v8Memory(0), mem10: v8Memory(10) };

  const rows = [
    ['round trip, yield at depth 0', 'ns', wasm.rt0, native.rt0, v8.rt0, wasm.bare],
    ['round trip, yield 10 frames deep', 'ns', wasm.rt10, native.rt10, v8.rt10, wasm.bare],
    ['bytes per suspended coroutine (10,000), depth 0', 'B', wasm.mem0, native.mem0, v8.mem0, NaN],
    ['bytes per suspended coroutine (10,000), depth 10', 'B', wasm.mem10, native.mem10, v8.mem10, NaN],
  ];
  console.log(`Coroscope coroutine core benchmark (${ROUNDS} round trips, best of 5; node ${process.version})\n`);
  console.log('| measure | core wasm | core native | V8 function* | bare fiber pair | wasm / V8 | wasm / bare fiber |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, unit, w, n, v, b] of rows) {
    console.log(`| ${name} | ${fmt(w, unit)} | ${fmt(n, unit)} | ${fmt(v, unit)} | ${fmt(b, unit)} | ${ratio(w, v)} | ${ratio(w, b)} |`);
  }
  if (typeof globalThis.gc !== 'function') console.log('\n(V8 memory needs node --expose-gc; build.sh bench passes it)');
}
