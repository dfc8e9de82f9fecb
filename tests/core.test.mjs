// core.test.mjs - the C unit tests of the coroutine core (tests/core/
// coro_test.c), run natively under AddressSanitizer + UBSan and as wasm
// under Node; each C case shows up as a subtest.  Also checks that running
// off a coroutine's stack is reported, natively and in wasm.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const variants = {
  'native (ASan+UBSan)': ['build/asan/coro_test'],
  'wasm (Emscripten fibers)': [process.execPath, 'tests/core/run_wasm.mjs', 'build/wasm/coro_test.mjs'],
};

function run(argv, extra = []) {
  const [cmd, ...args] = argv;
  return spawnSync(cmd, [...args, ...extra], {
    cwd: root, encoding: 'utf8', timeout: 120_000,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1:halt_on_error=1', UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' },
  });
}

for (const [variant, argv] of Object.entries(variants)) {
  test(`coroutine core, ${variant}`, async (t) => {
    const r = run(argv);
    const lines = r.stdout.split('\n');
    const plan = Number(lines.find((l) => l.startsWith('PLAN '))?.slice(5));
    assert.ok(plan > 0, `no PLAN line; stderr:\n${r.stderr}`);
    const results = lines.filter((l) => /^(PASS|FAIL) /.test(l));
    for (const line of results) {
      const name = line.slice(5).split(':')[0];
      await t.test(name, () => assert.ok(line.startsWith('PASS '), line));
    }
    assert.equal(results.length, plan, `ran ${results.length} of ${plan} cases; stderr:\n${r.stderr}`);
    assert.match(r.stdout, new RegExp(`^coro: ${plan} passed, 0 failed$`, 'm'));
    assert.doesNotMatch(r.stderr, /ERROR: (Address|Leak)Sanitizer|runtime error:/);
  });
}

test('native: a coroutine running off its stack is stopped and reported', () => {
  for (const which of ['overflow_hard', 'overflow_hard_shared']) {
    const r = spawnSync('build/native/coro_test', [which], { cwd: root, encoding: 'utf8' });
    assert.equal(r.signal, 'SIGSEGV', `${which}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, /coro: stack overflow in a coroutine/);
    assert.doesNotMatch(r.stdout, /FAIL/);
  }
});

test('wasm: a coroutine running off its stack aborts with a stack overflow', () => {
  for (const which of ['overflow_hard', 'overflow_hard_shared']) {
    const r = run(variants['wasm (Emscripten fibers)'], [which]);
    assert.match(r.stderr, /stack overflow \(Attempt to set SP/, `${which}: ${r.stdout}${r.stderr}`);
    assert.doesNotMatch(r.stdout, /FAIL/);
  }
});
