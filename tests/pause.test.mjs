// pause.test.mjs - stepping pauses the program at every event by switching
// its coroutine back to the host (core/coroscope.h CS_RUN_PAUSE): whatever
// the program was doing, down inside a builtin that called back into
// Python (a sort key, __repr__, __next__, __init__, a finalizer), the run
// must go on exactly as without pauses.
//
// On wasm, Asyncify instruments only the functions the call graph says can
// be on the stack at a pause (core/host/asyncify_only.mjs).  The checked
// build traps ("unreachable") if a pause ever unwinds through a function
// left out, so every program of tests/py runs there pausing at every event.
// The page's engine and the native builds (ucontext, and ASan + UBSan) run
// them too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from './lib/expect.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, 'tests', 'py');
const programs = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const RUN_PAUSE = 2;   // core/coroscope.h

// A wasm engine build as a function (source, flags) -> { status, stdout, stderr, pauses }.
async function wasmEngine(path) {
  const { default: create } = await import(join(root, path));
  const compiled = await WebAssembly.compile(readFileSync(join(root, path.replace(/\.mjs$/, '.wasm'))));
  return async (source, flags) => {
    const out = { stdout: '', stderr: '' };
    const m = await create({
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(compiled, imports).then((i) => receive(i, compiled));
        return {};
      },
      print() {}, printErr() {},
      csOutput: (stream, text) => { out[stream === 1 ? 'stdout' : 'stderr'] += text; },
    });
    try {
      const bytes = m.lengthBytesUTF8(source);
      const ptr = m._malloc(bytes + 1);
      m.stringToUTF8(source, ptr, bytes + 1);
      m._cs_run(ptr, bytes, flags);
      return { ...out, status: m._cs_exit_status(), pauses: m._cs_pause_count() };
    } catch (err) {
      return { ...out, status: `engine fault: ${err.message}`, pauses: 0 };
    }
  };
}

function nativeEngine(bin) {
  return async (source, flags, file) => {
    const r = spawnSync(join(root, bin), ['run', ...(flags & RUN_PAUSE ? ['--pause'] : []), file], {
      encoding: 'utf8', timeout: 120_000, cwd: dir,
      env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=0:halt_on_error=1',
        UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' },
    });
    const stderr = r.stderr.replace(/^==\d+==WARNING: ASan doesn't fully support makecontext.*\n/m, '');
    return { status: r.status ?? `signal ${r.signal}`, stdout: r.stdout, stderr, pauses: null };
  };
}

const builds = {
  'wasm, Asyncify assertions on': () => wasmEngine('build/wasm/engine/checked/coroscope.mjs'),
  'wasm, the page engine': () => wasmEngine('web/engine/coroscope.mjs'),
  native: () => nativeEngine('build/native/coroscope'),
  'native ASan+UBSan': () => nativeEngine('build/asan/coroscope'),
};

for (const [name, make] of Object.entries(builds)) {
  test(`pausing at every event changes nothing: ${name}`, async (t) => {
    const run = await make();
    let pauses = 0;
    for (const program of programs) {
      await t.test(program, async () => {
        const file = join(dir, program);
        const source = readFileSync(file, 'utf8');
        const plain = await run(source, 0, file);
        const paused = await run(source, RUN_PAUSE, file);
        assert.doesNotMatch(String(paused.status), /engine fault/, paused.status);
        assert.doesNotMatch(paused.stderr, /runtime error:|AddressSanitizer|internal error/);
        assert.equal(normalise(paused.stdout), normalise(plain.stdout), 'stdout');
        assert.equal(normalise(paused.stderr), normalise(plain.stderr), 'stderr');
        assert.equal(paused.status, plain.status, 'exit status');
        if (paused.pauses !== null) {
          assert.ok(paused.pauses > 0, 'it paused');
          pauses += paused.pauses;
        }
      });
    }
    if (name.startsWith('wasm')) assert.ok(pauses > 100_000, `only ${pauses} pauses in all`);
  });
}
