// python.mjs - the Python engine against its peers, measured in the same
// run (part of `npm run bench`, tests/bench/bench.mjs): the programs of
// tests/bench/programs/ (each reads its size from N) on
//
//   CPython      python3 (3.11), timing exec() of the compiled program
//   MicroPython  its WebAssembly build (@micropython/micropython-webassembly-
//                pyscript), installed by this script into a temporary folder
//                on first use: never by the build or the tests
//   wasm         Coroscope's engine as the page loads it (web/engine), in
//                this process, after a warm-up run (V8 has compiled it)
//   native       build/native/coroscope run --stats
//
// Each engine times itself on a real clock (Coroscope: cs_run_ms; the
// programs themselves only see virtual time).  Best of RUNS.  Memory: peak
// bytes with N generators suspended minus with none, per generator
// (CPython: tracemalloc; MicroPython: gc.mem_alloc(); Coroscope: its
// allocator's count).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const programs = join(root, 'tests', 'bench', 'programs');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MPY_PACKAGE = '@micropython/micropython-webassembly-pyscript';
const MPY_DIR = join(tmpdir(), 'coroscope-bench-micropython');

// What each row measures: program, N, operations done, unit of an operation.
const ROWS = [
  { name: 'generator send(), from depth 0', program: 'send_depth0', n: 1_000_000, ops: 1_000_000, send: true },
  { name: 'generator send(), from 30 calls deep', program: 'send_depth30', n: 1_000_000, ops: 1_000_000, send: true },
  { name: '3-stage generator pipeline, per item', program: 'pipeline', n: 1_000_000, ops: 1_000_000 },
  { name: 'recursive fib(27), per call', program: 'fib', n: 27, ops: 635_621 },
  { name: 'method call on an instance', program: 'method_calls', n: 1_000_000, ops: 1_000_000 },
  { name: 'integer loop, per iteration', program: 'int_loop', n: 3_000_000, ops: 3_000_000 },
  { name: 'string and dict building, per item', program: 'str_dict', n: 200_000, ops: 200_000 },
  { name: 'reference cycle made and dropped, per cycle', program: 'cycles', n: 300_000, ops: 300_000 },
  { name: '10,000 tasks x 3 sleep(0) under gather, per sleep', program: 'tasks_sleep0', n: 10_000, ops: 30_000, asyncio: true },
  { name: '20-deep await chain to sleep(0), per chain', program: 'await_chain', n: 10_000, ops: 10_000, asyncio: true },
  { name: '2,000-deep await chain, sleep(0) on every level, per frame resumed', program: 'await_deep', n: 2_000, ops: 1_999_000, asyncio: true },
];
const MEMORY = [
  { name: 'bytes per suspended generator (30,000)', program: 'gen_memory', n: 30_000 },
  { name: 'bytes per live task (10,000)', program: 'task_memory', n: 10_000 },
];

// BENCH_ROWS=REGEX keeps the rows whose program name matches (quick runs).
const ONLY = process.env.BENCH_ROWS ? new RegExp(process.env.BENCH_ROWS) : null;
const chosen = (rows) => rows.filter((r) => !ONLY || ONLY.test(r.program));
const source = (program, n) => `N = ${n}\n${readFileSync(join(programs, `${program}.py`), 'utf8')}`;
const best = async (fn) => {
  let min = Infinity;
  for (let i = 0; i < RUNS; i++) min = Math.min(min, await fn());
  return min;
};

// ---- the engines: { time(program, n) -> ms, memory(program, n) -> bytes } ----

const CPYTHON_TIME = `import sys, time
src = sys.stdin.read()
code = compile(src, 'main.py', 'exec')
t = time.perf_counter()
exec(code, {'__name__': '__main__'})
print(f'TIME {(time.perf_counter() - t) * 1000}', file=sys.stderr)`;
const CPYTHON_MEMORY = `import sys, tracemalloc
code = compile(sys.stdin.read(), 'main.py', 'exec')
tracemalloc.start()
g = {'__name__': '__main__'}
exec(code, g)
print(f'MEMORY {tracemalloc.get_traced_memory()[1]}', file=sys.stderr)`;

function cpython() {
  const run = (script, input, key) => {
    const r = spawnSync('python3', ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
    const m = new RegExp(`${key} (\\S+)`).exec(r.stderr ?? '');
    if (!m) throw new Error(`python3: ${r.stderr || r.error}`);
    return Number(m[1]);
  };
  return {
    name: 'CPython',
    time: (p, n) => best(() => run(CPYTHON_TIME, source(p, n), 'TIME')),
    memory: (p, n) => run(CPYTHON_MEMORY, source(p, n), 'MEMORY'),
  };
}

// MicroPython's wasm build, installed once into MPY_DIR; null if npm cannot.
async function micropython() {
  const entry = join(MPY_DIR, 'node_modules', ...MPY_PACKAGE.split('/'), 'micropython.mjs');
  if (!existsSync(entry)) {
    mkdirSync(MPY_DIR, { recursive: true });
    const r = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', MPY_DIR, MPY_PACKAGE],
      { encoding: 'utf8' });
    if (r.status !== 0 || !existsSync(entry)) {
      console.log(`(MicroPython's wasm build could not be installed with npm: ${(r.stderr ?? '').trim().split('\n').pop()})\n`);
      return null;
    }
  }
  const { loadMicroPython } = await import(pathToFileURL(entry));
  const fresh = async () => {
    let out = '';
    const mp = await loadMicroPython({ stdout: (s) => { out += `${s}\n`; } });
    return { mp, output: () => out };
  };
  // The pyscript build's asyncio runs on the JS event loop: it has no
  // asyncio.run; the program's `asyncio.run(main())` becomes a top-level
  // `await main()` under runPythonAsync.
  const run = async (mp, src) => {
    if (src.includes('asyncio.run(main())'))
      await mp.runPythonAsync(src.replace('asyncio.run(main())', 'await main()'));
    else
      mp.runPython(src);
  };
  return {
    name: 'MicroPython',
    time: (p, n) => best(async () => {
      const { mp } = await fresh();
      const t0 = performance.now();
      await run(mp, source(p, n));
      return performance.now() - t0;
    }),
    memory: async (p, n) => {
      const { mp, output } = await fresh();
      await run(mp, `import gc\ngc.collect()\n_m0 = gc.mem_alloc()\n${source(p, n)}\ngc.collect()\nprint('MEMORY', gc.mem_alloc() - _m0)`);
      return Number(/MEMORY (\S+)/.exec(output())[1]);
    },
  };
}

async function coroscopeWasm() {
  const { runProgram } = await import(pathToFileURL(join(root, 'web', 'engine.mjs')));
  const run = async (p, n) => {
    const r = await runProgram(source(p, n));
    if (r.status !== 0) throw new Error(`coroscope wasm: ${r.stderr}`);
    return r;
  };
  return {
    name: 'Coroscope wasm',
    time: async (p, n) => {
      await run(p, n);                       // warm-up: V8 compiles the hot code
      return best(async () => (await run(p, n)).runMs);
    },
    memory: async (p, n) => (await run(p, n)).peakMemory,
  };
}

function coroscopeNative() {
  const bin = join(root, 'build', 'native', 'coroscope');
  const file = join(tmpdir(), 'coroscope-bench-main.py');
  const run = (p, n) => {
    writeFileSync(file, source(p, n));
    const r = spawnSync(bin, ['run', '--stats', file], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const m = /run (\S+) ms, peak memory (\S+) bytes/.exec(r.stderr ?? '');
    if (r.status !== 0 || !m) throw new Error(`coroscope native: ${r.stderr}`);
    return { ms: Number(m[1]), memory: Number(m[2]) };
  };
  return {
    name: 'Coroscope native',
    time: (p, n) => best(() => run(p, n).ms),
    memory: (p, n) => run(p, n).memory,
  };
}

// ---- the table ----

const ns = (ms, ops) => (ms * 1e6) / ops;
const fmtNs = (x) => (!Number.isFinite(x) ? 'n/a' : x >= 1000 ? `${(x / 1000).toFixed(2)} µs` : `${x.toFixed(1)} ns`);
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : 'n/a');
const mark = (ok) => (ok === null ? '' : ok ? ' ✓' : ' ✗');

// Time per operation; for the asyncio rows, net of the program run with
// N = 0 (importing asyncio is start-up, not the work measured).
async function perRow(engine, row) {
  try {
    const base = row.asyncio ? await engine.time(row.program, 0) : 0;
    return ns(Math.max(0, await engine.time(row.program, row.n) - base), row.ops);
  } catch (err) {
    console.log(`(${engine.name} failed on ${row.program}: ${String(err.message).split('\n')[0]})`);
    return NaN;
  }
}

// Bytes per object: the program with N objects minus the program with none.
async function perObject(engine, row) {
  try {
    const full = await engine.memory(row.program, row.n);
    const none = await engine.memory(row.program, 0);
    return (full - none) / row.n;
  } catch (err) {
    console.log(`(${engine.name} failed on ${row.program}: ${String(err.message).split('\n')[0]})`);
    return NaN;
  }
}

function engineSize() {
  const wasm = readFileSync(join(root, 'web', 'engine', 'coroscope.wasm'));
  const glue = readFileSync(join(root, 'web', 'engine', 'coroscope.mjs'));
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  return `engine size: coroscope.wasm ${kb(wasm.length)} (${kb(gzipSync(wasm, { level: 9 }).length)} gzip), ` +
    `coroscope.mjs ${kb(glue.length)} (${kb(gzipSync(glue, { level: 9 }).length)} gzip)`;
}

// Prints the table: time per operation on each engine, the ratios, and
// whether the goals of the bytecode-VM issue hold (✓/✗).
export async function benchPython() {
  const py = cpython(), mpy = await micropython(), wasm = await coroscopeWasm(), native = coroscopeNative();
  const version = execFileSync('python3', ['--version'], { encoding: 'utf8' }).trim();
  console.log(`Python engine benchmark (best of ${RUNS}; ${version}; node ${process.version})\n`);
  console.log('| measure | CPython | MicroPython wasm | Coroscope wasm | Coroscope native | wasm / CPython | wasm / MicroPython | native / CPython |');
  console.log('|---|---|---|---|---|---|---|---|');
  const send = [];
  for (const row of chosen(ROWS)) {
    const c = await perRow(py, row), m = mpy ? await perRow(mpy, row) : NaN;
    const w = await perRow(wasm, row), n = await perRow(native, row);
    if (row.send) send.push(w);
    const wasmGoal = Number.isFinite(m) ? w < m : null;
    const cpythonGoal = row.send ? w <= 5 * c : row.asyncio ? w <= 2 * c : null;
    const nativeGoal = row.asyncio ? n <= c : n <= 2 * c;
    console.log(`| ${row.name} | ${fmtNs(c)} | ${fmtNs(m)} | ${fmtNs(w)} | ${fmtNs(n)} | ${ratio(w, c)}${mark(cpythonGoal)} ` +
      `| ${ratio(w, m)}${mark(wasmGoal)} | ${ratio(n, c)}${mark(nativeGoal)} |`);
  }
  for (const row of chosen(MEMORY)) {
    const c = await perObject(py, row), m = mpy ? await perObject(mpy, row) : NaN;
    const w = await perObject(wasm, row), n = await perObject(native, row);
    const b = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} B` : 'n/a');
    console.log(`| ${row.name} | ${b(c)} | ${b(m)} | ${b(w)}${mark(w <= c)} | ${b(n)}${mark(n <= c)} | ${ratio(w, c)} | ${ratio(w, m)} | ${ratio(n, c)} |`);
  }
  if (send.length === 2)
    console.log(`\nsend from 30 calls deep / from depth 0 (wasm): ${ratio(send[1], send[0])}${mark(Math.abs(send[1] / send[0] - 1) <= 0.2)}`);
  console.log(engineSize());
  console.log('goals: wasm ahead of MicroPython on every row; send on wasm at most 5x CPython; native at most 2x CPython;');
  console.log('       send the same (within 20%) from depth 0 and 30; a suspended generator no larger than CPython\'s;');
  console.log('       asyncio rows: native at most CPython, wasm at most 2x CPython; a live task no larger than CPython\'s.');
}
