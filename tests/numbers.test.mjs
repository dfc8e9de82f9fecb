// numbers.test.mjs - the table-driven tests of core/bigint and core/numfmt
// (expected values recorded from CPython 3.11 by tests/numbers/gen_cases.py),
// natively under ASan+UBSan and as wasm (musl's printf/strtod differ from
// glibc's, so both must pass).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const variants = {
  'native (ASan+UBSan)': ['build/asan/numbers_test'],
  wasm: [process.execPath, 'tests/core/run_wasm.mjs', 'build/wasm/numbers_test.mjs'],
};

for (const [variant, [cmd, ...args]] of Object.entries(variants)) {
  test(`numbers library, ${variant}`, () => {
    const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 });
    const summary = r.stdout.match(/^numbers: (\d+) passed, (\d+) failed$/m);
    assert.ok(summary, `no summary line; exit ${r.status}\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
    const failures = r.stdout.split('\n').filter((l) => l && !l.startsWith('numbers:')).slice(0, 20);
    assert.equal(Number(summary[2]), 0, failures.join('\n'));
    assert.ok(Number(summary[1]) > 1000);
    assert.doesNotMatch(r.stderr, /ERROR: (Address|Leak)Sanitizer|runtime error:/);
  });
}
