// loop.test.mjs - the C unit tests of the event loop (tests/loop/loop_test.c:
// timer heap order, cancellation and pruning, the virtual clock, the ready
// ring buffer, Future, stop(), the deadlock check), run natively under
// AddressSanitizer + UBSan (leaks included) and as wasm under Node; each C
// case shows up as a subtest, and a failure shows the binary's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const variants = {
  'native (ASan+UBSan)': ['build/asan/loop_test'],
  wasm: [process.execPath, 'tests/core/run_wasm.mjs', 'build/wasm/loop_test.mjs'],
};

for (const [variant, [cmd, ...args]] of Object.entries(variants)) {
  test(`event loop, ${variant}`, async (t) => {
    const r = spawnSync(cmd, args, {
      cwd: root, encoding: 'utf8', timeout: 120_000,
      env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1:halt_on_error=1', UBSAN_OPTIONS: 'halt_on_error=1:print_stacktrace=1' },
    });
    const output = `exit ${r.status ?? r.signal}\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`;
    const lines = r.stdout.split('\n');
    const plan = Number(lines.find((l) => l.startsWith('PLAN '))?.slice(5));
    assert.ok(plan > 0, `no PLAN line\n${output}`);
    const results = lines.filter((l) => /^(PASS|FAIL) /.test(l));
    for (const line of results) {
      const name = line.slice(5).split(':')[0];
      await t.test(name, () => assert.ok(line.startsWith('PASS '), line));
    }
    assert.equal(results.length, plan, `ran ${results.length} of ${plan} cases\n${output}`);
    assert.match(r.stdout, new RegExp(`^loop: ${plan} passed, 0 failed$`, 'm'), output);
    assert.equal(r.status, 0, output);
    assert.doesNotMatch(r.stderr, /ERROR: (Address|Leak)Sanitizer|runtime error:/, output);
  });
}
