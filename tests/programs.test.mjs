// programs.test.mjs - every Python program under tests/py/ runs on each
// engine build and must print what CPython 3.11 printed (NAME.out, NAME.err,
// recorded by the oracle): stdout exactly (addresses and paths normalised),
// stderr by its key lines including main.py's traceback frames, and the exit
// status CPython would give (1 after an uncaught exception or syntax error).
//
// Builds: the wasm engine in this process (web/engine.mjs, as the page and
// `npx coroscope` load it), the optimised native binary, and the native
// binary under AddressSanitizer + UBSan (any sanitizer report fails).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../web/engine.mjs';
import { keyLines, normalise } from './lib/expect.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'tests', 'py');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

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

function runNative(bin, file) {
  const r = spawnSync(join(root, bin), ['run', file], {
    encoding: 'utf8', timeout: 60_000, cwd: dir,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1',
      UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' },
  });
  return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout, stderr: r.stderr };
}

const engines = {
  wasm: async (file) => runProgram(readFileSync(file)),   // bytes: the engine decodes them
  native: async (file) => runNative('build/native/coroscope', file),
  'native ASan+UBSan': async (file) => runNative('build/asan/coroscope', file),
};

test('there are test programs with recorded outputs', () => {
  assert.ok(programs.length >= 50, `only ${programs.length} programs`);
});

for (const [engine, run] of Object.entries(engines)) {
  test(`programs on ${engine}`, async (t) => {
    for (const name of programs) {
      await t.test(name, async () => {
        const file = join(dir, name);
        const base = file.slice(0, -3);
        const want = { out: readFileSync(`${base}.out`, 'utf8'), err: readFileSync(`${base}.err`, 'utf8') };
        const got = await run(file);
        assert.doesNotMatch(got.stderr, /runtime error:|AddressSanitizer|internal error/, 'engine fault');
        assert.equal(normalise(got.stdout), normalise(want.out), 'stdout');
        assert.deepEqual(keyLines(got.stderr, { frames: true }), keyLines(want.err, { frames: true }), 'stderr key lines');
        // NAME.status: CPython's exit status where stderr cannot tell it
        // (SystemExit('message'), a traceback printed by traceback.print_exc)
        const status = existsSync(`${base}.status`) ? Number(readFileSync(`${base}.status`, 'utf8'))
          : expectedStatus(want.err);
        assert.equal(got.status, status, 'exit status');
      });
    }
  });
}
