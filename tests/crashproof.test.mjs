// crashproof.test.mjs - programs that once crashed or hung the engine
// (issue 10) give a clean result on every build: the native binary, the
// native ASan+UBSan binary and the wasm engine under Node.  Where CPython
// gives an answer Coroscope also gives, the expected output is CPython's
// (those programs live in tests/py with recorded output); the cases here
// (tests/lib/crash_cases.mjs; stepper_worker.test.mjs runs them in a
// Chromium worker too) are the ones where Coroscope documents its own
// behaviour:
//   - C recursion (an iterator pulling from an iterator pulling from ...,
//     comparing or printing nested containers) stops with RecursionError
//     after 1,000 C-recursive calls on one stack, as CPython 3.12's C
//     recursion limit does, even when sys.setrecursionlimit allows more
//     (CPython 3.11 answers or crashes there, depending on its C stack);
//   - a generator chain resumed or closed from deep C code moves to fresh
//     stack segments and gives CPython's answer;
//   - work that grows exponentially within one statement (the repr, ==
//     or hash of nested lists or tuples that share their items, the split
//     of such an exception group) is charged to the step budget (a step
//     per 16 nested C calls) and ends with it (CPython runs for ever);
//   - an endless __del__ run at exit is stopped by the step budget or the
//     output limit like the program itself (it exited 0 with no word);
//   - asyncio sleeps of any length end on the virtual clock (CPython
//     sleeps for real): a timer fires once the clock reaches it however
//     big the time, each idle day the loop jumps is a step of the budget,
//     and a sleep of float('inf') is a deadlock.
// Each case must end with its documented status, stdout and last stderr
// line, with no internal error, sanitizer report or signal.
//
// Then the corpus of the program generator (tests/fuzz/programs: the
// programs gen_*.py that tests/fuzz/proggen.c writes for its first inputs,
// and issue 10's reproducers issue10_*.py) is replayed through the wasm
// engine under Node and through the native ASan+UBSan binary, each program
// under the limits its first line names (200,000 steps and 256 MiB for
// most), with 16 MiB of output at most: each must end within REPLAY_SECONDS
// with output or a clean Python error (exit status 0, 1, 3 for a limit, 4
// for a deadlock), never an internal error such as "Maximum call stack
// size exceeded" or "RuntimeError: unreachable", a sanitizer report or a
// signal.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { cases } from './lib/crash_cases.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'coroscope-crashproof-'));
const builds = {
  native: [join(root, 'build', 'native', 'coroscope')],
  'native ASan+UBSan': [join(root, 'build', 'asan', 'coroscope')],
  wasm: [process.execPath, join(root, 'web', 'cli.mjs')],
};

let serial = 0;
for (const c of cases) {
  const file = join(work, `case${serial++}.py`);
  writeFileSync(file, c.source);
  for (const [build, argv] of Object.entries(builds)) {
    test(`${c.name}: ${build}`, () => {
      const r = spawnSync(argv[0], [...argv.slice(1), 'run', ...(c.args ?? []), file], {
        encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20,
        env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1' },
      });
      assert.equal(r.signal, null, `killed by ${r.signal}`);
      // (ASan warns once about swapcontext, a stack segment switch: not output)
      const stderr = r.stderr.replace(/^==\d+==WARNING: ASan doesn't fully support makecontext.*\n/m, '');
      assert.doesNotMatch(stderr, /internal error|AddressSanitizer|runtime error:|stack overflow/);
      assert.equal(r.stdout, c.stdout, 'stdout');
      const errLines = stderr.trimEnd().split('\n');
      assert.equal(errLines[errLines.length - 1], c.lastErr, 'last stderr line');
      assert.equal(r.status, c.status, 'exit status');
    });
  }
}

// ---- the generator's corpus, replayed ----

const REPLAY_SECONDS = Number(process.env.REPLAY_SECONDS ?? 300);
const REPLAY_OUTPUT = 16 << 20;
const CLEAN_STATUS = new Set([0, 1, 3, 4]);
const BROKEN = /internal error|AddressSanitizer|LeakSanitizer|runtime error:|stack overflow|Maximum call stack|unreachable|Aborted\(|out of bounds/;
const corpusDir = join(root, 'tests', 'fuzz', 'programs');
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.py')).sort();

// The limits a corpus program names on its first line.
function limitsOf(bytes) {
  const first = bytes.subarray(0, 200).toString('latin1').split('\n')[0];
  return {
    maxSteps: Number(/max-steps (\d+)/.exec(first)?.[1] ?? 200000),
    maxMemory: Number(/max-memory (\d+)/.exec(first)?.[1] ?? 268435456),
  };
}

// One worker thread running programs through the wasm engine, replaced
// when a run goes on past its time (terminating it is the only way to end
// a synchronous wasm call).
let worker = null;
let serialRun = 0;
const pending = new Map();
function wasmWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./fuzz/replay_worker.mjs', import.meta.url));
  worker.on('message', (m) => pending.get(m.id)?.(m));
  worker.on('error', (err) => { for (const done of pending.values()) done({ error: err }); });
  return worker;
}
after(() => worker?.terminate());

function runWasm(bytes, limits) {
  const id = serialRun++;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      pending.delete(id);
      worker?.terminate();
      worker = null;
      resolve({ timedOut: true });
    }, REPLAY_SECONDS * 1000);
    pending.set(id, (m) => {
      clearTimeout(timer);
      pending.delete(id);
      resolve(m);
    });
    wasmWorker().postMessage({ id, source: new Uint8Array(bytes), maxOutput: REPLAY_OUTPUT, ...limits });
  });
}

function checkEnd(name, status, stderrTail, how) {
  const lines = stderrTail.trimEnd().split('\n');
  const last = lines[lines.length - 1];
  const again = `${how} ${join('tests', 'fuzz', 'programs', name)}`;
  assert.doesNotMatch(stderrTail, BROKEN, `not a clean end; reproduce with: ${again}\n${stderrTail.slice(-1500)}`);
  assert.ok(CLEAN_STATUS.has(status),
    `exit status ${status} (last stderr line: ${last}); reproduce with: ${again}`);
}

for (const name of corpus) {
  const bytes = readFileSync(join(corpusDir, name));
  const limits = limitsOf(bytes);
  const flags = `--max-steps ${limits.maxSteps} --max-memory ${limits.maxMemory} --max-output ${REPLAY_OUTPUT}`;
  test(`corpus ${name}: wasm`, async () => {
    const r = await runWasm(bytes, limits);
    assert.ok(!r.timedOut, `still running after ${REPLAY_SECONDS} s; reproduce with: `
      + `npx coroscope run ${flags} ${join('tests', 'fuzz', 'programs', name)}`);
    assert.ok(!r.error, `the worker failed: ${r.error}`);
    checkEnd(name, r.status, r.tail, `npx coroscope run ${flags}`);
  });
  test(`corpus ${name}: native ASan+UBSan`, () => {
    const r = spawnSync(builds['native ASan+UBSan'][0],
      ['run', ...flags.split(' '), join(corpusDir, name)], {
        encoding: 'utf8', timeout: REPLAY_SECONDS * 1000, maxBuffer: 64 << 20,
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1' },
      });
    assert.equal(r.signal, null, `killed by ${r.signal} (${REPLAY_SECONDS} s at most); reproduce with: `
      + `build/asan/coroscope run ${flags} ${join('tests', 'fuzz', 'programs', name)}`);
    const stderr = r.stderr.replace(/^==\d+==WARNING: ASan doesn't fully support makecontext.*\n/m, '');
    checkEnd(name, r.status, stderr.slice(-4000), `build/asan/coroscope run ${flags}`);
  });
}
