// programs.test.mjs - every Python program under tests/py/ runs on each
// engine build and must print what CPython 3.11 printed (NAME.out, NAME.err,
// recorded by the oracle): stdout exactly (addresses and paths normalised),
// stderr by its key lines including main.py's traceback frames, and the exit
// status CPython would give (1 after an uncaught exception or syntax error).
//
// Builds:
// - wasm: the engine in this process (web/engine.mjs, as the page and
//   `npx coroscope` load it), a plain run;
// - wasm, stepped: the Asyncify-checked build as a stepping session paused
//   at every event, a snapshot read at every 64th.  On wasm, Asyncify
//   instruments only the functions the call graph says can be on the stack
//   at a pause (core/host/asyncify_only.mjs); this build traps
//   ("unreachable") if a pause ever unwinds through a function left out.
//   Whatever the program was doing at a pause, down inside a builtin that
//   called back into Python (a sort key, __repr__, __next__, a finalizer),
//   it must go on exactly as it would without pauses;
// - native: the optimised binary, a plain run;
// - native ASan+UBSan, paused: `run --pause`, switching to the host at
//   every event (ucontext), under AddressSanitizer + UBSan (any sanitizer
//   report fails).  The fuzz test replays every program plainly under ASan.
//
// PROGRAMS_ENGINES=native (a comma-separated list of words from the engine
// names) runs only those engines: a quick loop while working on the library.
// The README test command sets nothing and runs all four.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keyLines, normalise } from './lib/expect.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'tests', 'py');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const CHECKED_BUILD = 'build/wasm/engine/checked/coroscope.mjs';
const STEP_PAUSED = 1;   // core/coroscope.h CS_STEP_PAUSED

// CPython exits with 1 after an uncaught exception: a traceback or a syntax
// error on stderr that is not inside an "Exception ignored in:" report
// (those are printed, and the program goes on or ends with 0) nor an
// asyncio error report (the event loop's exception handler logs "Task
// exception was never retrieved", "future: <Task ...>", then a traceback).
const LOGGED = /^(\w+: <|Exception in callback |.* exception was never retrieved$|Unhandled |Exception in default exception handler|unhandled exception during asyncio)/;

// A chained traceback ("During handling of ...") belongs to the one before.
const CHAINED = /^(During handling of the above exception|The above exception was the direct cause)/;

function expectedStatus(err) {
  let ignoring = false, previous = '', loggedBlock = false;
  for (const line of normalise(err).split('\n')) {
    if (line.startsWith('Exception ignored in')) ignoring = true;
    else if (ignoring && /^[A-Z]\w*(: |$)/.test(line)) ignoring = false;
    else if (!ignoring && /^( {2}\+ Exception Group )?Traceback \(most recent call last\):$/.test(line)) {
      loggedBlock = CHAINED.test(previous) ? loggedBlock : LOGGED.test(previous);
      if (!loggedBlock) return 1;
    } else if (!ignoring && /^(SyntaxError|IndentationError|TabError)\b/.test(line)) return 1;
    if (line.trim()) previous = line;
  }
  return 0;
}

function runNative(bin, file, args = []) {
  const r = spawnSync(join(root, bin), ['run', ...args, file], {
    encoding: 'utf8', timeout: 120_000, cwd: dir,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1',
      UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' },
  });
  const stderr = (r.stderr ?? '').replace(/^==\d+==WARNING: ASan doesn't fully support makecontext.*\n/m, '');
  return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout ?? '', stderr, stepped: null };
}

// A stepping session on a wasm build (core/host/step.c): cs_load, then
// cs_step at every event until the end, the snapshot read at every 64th
// (it must be the snapshot of the step paused at).
async function steppingEngine(path) {
  const { copyIn } = await import('../web/engine.mjs');
  const { default: create } = await import(join(root, path));
  const compiled = await WebAssembly.compile(readFileSync(join(root, path.replace(/\.mjs$/, '.wasm'))));
  const decoder = new TextDecoder();
  return async (file) => {
    const out = { stdout: '', stderr: '' };
    const m = await create({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(compiled, imports).then((i) => receive(i, compiled));
        return {};
      },
      print() {}, printErr() {},
      csOutput: (stream, text) => { out[stream === 1 ? 'stdout' : 'stderr'] += text; },
    });
    const snapshot = () => {
      const at = m._cs_snapshot();   // may grow the memory: HEAPU8 after it
      return JSON.parse(decoder.decode(m.HEAPU8.subarray(at, at + m._cs_snapshot_len())));
    };
    try {
      const [ptr, bytes] = copyIn(m, readFileSync(file));
      const [name] = copyIn(m, 'all');
      const all = m._cs_granularity(name);
      m._cs_load(ptr, bytes, 0);
      let stepped = 0;
      for (; m._cs_state() === STEP_PAUSED; stepped++) {
        if (stepped % 64 === 0) {
          const at = snapshot().step;
          if (at !== m._cs_paused_at()) throw new Error(`the snapshot is of step ${at}, not ${m._cs_paused_at()}`);
        }
        m._cs_step(all, 0, 0, 0, 0);
      }
      const { end } = snapshot();
      m._cs_free();
      return { ...out, status: end.exit_status, stepped, compiled: end.reason !== 'syntax_error' };
    } catch (err) {
      return { ...out, status: `engine fault: ${err.message}`, stepped: 0 };
    }
  };
}

const engines = {
  wasm: async () => {
    const { runProgram } = await import('../web/engine.mjs');   // only once chosen: a native-only loop needs no wasm build
    return async (file) => ({ ...await runProgram(readFileSync(file)), stepped: null });
  },
  'wasm, stepped at every event (Asyncify assertions on)': () => steppingEngine(CHECKED_BUILD),
  native: async () => (file) => runNative('build/native/coroscope', file),
  'native ASan+UBSan, paused at every event': async () =>
    (file) => runNative('build/asan/coroscope', file, ['--pause']),
};

test('there are test programs with recorded outputs', () => {
  assert.ok(programs.length >= 50, `only ${programs.length} programs`);
});

const only = (process.env.PROGRAMS_ENGINES ?? '').split(',').filter(Boolean);
const chosen = Object.entries(engines)
  .filter(([name]) => !only.length || only.some((word) => name.split(/[ ,]/)[0] === word || name.includes(word)));

for (const [engine, make] of chosen) {
  test(`programs on ${engine}`, async (t) => {
    const run = await make();
    let steps = 0;
    for (const name of programs) {
      await t.test(name, async () => {
        const file = join(dir, name);
        const base = file.slice(0, -3);
        const want = { out: readFileSync(`${base}.out`, 'utf8'), err: readFileSync(`${base}.err`, 'utf8') };
        const got = await run(file);
        assert.doesNotMatch(String(got.status), /engine fault/, got.status);
        assert.doesNotMatch(got.stderr, /runtime error:|AddressSanitizer|internal error/, 'engine fault');
        assert.equal(normalise(got.stdout), normalise(want.out), 'stdout');
        assert.deepEqual(keyLines(got.stderr, { frames: true }), keyLines(want.err, { frames: true }), 'stderr key lines');
        // NAME.status: CPython's exit status where stderr cannot tell it
        // (SystemExit('message'), a traceback printed by traceback.print_exc)
        const status = existsSync(`${base}.status`) ? Number(readFileSync(`${base}.status`, 'utf8'))
          : expectedStatus(want.err);
        assert.equal(got.status, status, 'exit status');
        if (got.stepped !== null) {
          assert.ok(got.stepped > 0 || !got.compiled, 'it paused');
          steps += got.stepped;
        }
      });
    }
    if (engine.includes('stepped')) assert.ok(steps > 100_000, `only ${steps} pauses in all`);
  });
}
