// cli.test.mjs - the two command lines, `npx coroscope run` (web/cli.mjs,
// wasm under Node) and build/native/coroscope: same arguments, same output
// streams, same exit statuses, clear errors for bad usage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const clis = {
  'npx coroscope (wasm)': [process.execPath, join(root, 'web', 'cli.mjs')],
  'native binary': [join(root, 'build', 'native', 'coroscope')],
};
const work = mkdtempSync(join(tmpdir(), 'coroscope-cli-'));

function program(name, text) {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

const GEN = program('gen.py', 'def g():\n    x = yield "첫"\n    print("got", x)\n\nit = g()\nprint(next(it))\ntry:\n    it.send(42)\nexcept StopIteration:\n    print("done")\n');
const FAILS = program('fails.py', 'print("before")\ndef f():\n    return 1 / 0\nf()\nprint("after")\n');
const SYNTAX = program('syntax.py', 'x = (1,\nprint(x)\n');
const LOOP = program('loop.py', 'while True:\n    pass\n');

for (const [name, argv] of Object.entries(clis)) {
  const run = (...args) => spawnSync(argv[0], [...argv.slice(1), ...args], { encoding: 'utf8', timeout: 60_000 });

  test(`${name}: prints the program's output and exits 0`, () => {
    const r = run('run', GEN);
    assert.equal(r.stdout, '첫\ngot 42\ndone\n');
    assert.equal(r.stderr, '');
    assert.equal(r.status, 0);
  });

  test(`${name}: an uncaught exception goes to stderr with exit status 1`, () => {
    const r = run('run', FAILS);
    assert.equal(r.stdout, 'before\n');
    assert.match(r.stderr, /^Traceback \(most recent call last\):\n {2}File "main\.py", line 4, in <module>\n/);
    assert.match(r.stderr, /ZeroDivisionError: division by zero\n$/);
    assert.equal(r.status, 1);
  });

  test(`${name}: a syntax error gives line, column and exit status 1`, () => {
    const r = run('run', SYNTAX);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /File "main\.py", line 1\n/);
    assert.match(r.stderr, /SyntaxError: '\(' was never closed\n$/);
    assert.equal(r.status, 1);
  });

  test(`${name}: --trace prints only JSON step events, output included`, () => {
    const r = run('run', '--trace', GEN);
    assert.equal(r.status, 0);
    const events = r.stdout.trim().split('\n').map((line) => JSON.parse(line));
    const output = events.filter((e) => e.event === 'output').map((e) => e.text).join('');
    assert.equal(output, '첫\ngot 42\ndone\n');
    const kinds = events.map((e) => e.event);
    for (const kind of ['gen_create', 'gen_resume', 'gen_yield', 'line', 'call']) assert.ok(kinds.includes(kind), kind);
  });

  test(`${name}: --max-steps stops an endless loop with an error`, () => {
    const r = run('run', '--max-steps', '10000', LOOP);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /^coroscope: stopped after 10000 steps \(step budget exhausted/m);
  });

  test(`${name}: bad usage and a missing file are explained, exit 2`, () => {
    let r = run();
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: coroscope run/);
    r = run('run', join(work, 'nope.py'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /can't open file '.*nope\.py'/);
  });
}

test('both command lines print the same trace', () => {
  const [wasm, native] = Object.values(clis).map((argv) =>
    spawnSync(argv[0], [...argv.slice(1), 'run', '--trace', GEN], { encoding: 'utf8' }).stdout);
  assert.ok(wasm.length > 0);
  assert.equal(wasm, native);
});
