// provenance.test.mjs - the modules written in Python (core/modules/lib/)
// are our own code, written from CPython's behaviour: few of their lines
// may read exactly like CPython's source of the same module (measured by
// tests/lib/provenance.mjs, against the python3 on this machine).  The
// lines that must match are error messages and signatures; a module
// transcribed from CPython shares 50-80%.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpythonStdlib, measure } from './lib/provenance.mjs';

const stdlib = cpythonStdlib();
const SKIP = stdlib ? false : 'no CPython 3 sources here (python3 -c "import sysconfig") to compare with';
const TINY = 10;            // an import and __all__: nothing to judge
const SMALL = 50;           // signatures and messages weigh more here
const share = (m) => `${m.module}: ${m.shared} of ${m.lines} lines (${(100 * m.share).toFixed(1)}%)`;

test('each library module shares under 20% of its lines with CPython\'s source (35% if under 50 lines)', { skip: SKIP }, () => {
  const modules = measure(stdlib).filter((m) => m.lines >= TINY);
  assert.ok(modules.length >= 25, `only ${modules.length} modules measured`);
  const over = modules.filter((m) => m.share >= (m.lines < SMALL ? 0.35 : 0.20));
  assert.deepEqual(over.map(share), []);
});

test('the library as a whole shares under 15% of its lines with CPython\'s source', { skip: SKIP }, () => {
  const modules = measure(stdlib);
  const shared = modules.reduce((n, m) => n + m.shared, 0);
  const lines = modules.reduce((n, m) => n + m.lines, 0);
  assert.ok(lines > 4000, `only ${lines} lines measured`);
  assert.ok(shared / lines < 0.15, `${shared} of ${lines} lines (${(100 * shared / lines).toFixed(1)}%)`);
});
