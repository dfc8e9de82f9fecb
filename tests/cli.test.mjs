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
const CHATTY = program('chatty.py', 'print("x" * 100)\nwhile True:\n    print("y" * 10)\n');
const NUL_SURROGATE = program('nul.py', 'print("a\\x00b")\nraise ValueError("x\\x00y \\ud800")\n');
const NOT_UTF8 = program('latin.py', '');
writeFileSync(NOT_UTF8, Buffer.from('print("caf\xe9")\n', 'latin1'));
const LATIN1_COOKIE = program('cookie.py', '');
writeFileSync(LATIN1_COOKIE, Buffer.from('# -*- coding: latin-1 -*-\nprint("caf\xe9")\n', 'latin1'));

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

  test(`${name}: SystemExit's code is the exit status as in CPython`, () => {
    // CPython: (int)PyLong_AsLong(code), -1 past a C long; the OS keeps 8 bits;
    // None and no code are 0; anything else is printed to stderr, status 1
    const cases = [['2**100', 255, ''], ['-2**100', 255, ''], ['None', 0, ''], ['', 0, ''],
      ['-1', 255, ''], ['256', 0, ''], ['2**32 + 3', 3, ''], ['True', 1, ''], ['7', 7, ''],
      ["'bye'", 1, 'bye\n'], ['3.5', 1, '3.5\n'], ['(1, 2)', 1, '(1, 2)\n']];
    for (const [code, status, stderr] of cases) {
      const r = run('run', program(`exit${status}.py`, `print("out")\nraise SystemExit(${code})\n`));
      assert.equal(r.status, status, code);
      assert.equal(r.stdout, 'out\n', code);
      assert.equal(r.stderr, stderr, code);
    }
    const r = run('run', program('sysexit.py', 'import sys\ntry:\n    sys.exit(2**70)\nfinally:\n    print("finally")\n'));
    assert.equal(r.status, 255);
    assert.equal(r.stdout, 'finally\n');
  });

  test(`${name}: an endless __del__ at exit is stopped by --max-steps with its message`, () => {
    const r = run('run', '--max-steps', '10000', program('del.py',
      'class A:\n    def __del__(self):\n        while True:\n            pass\na = A()\nprint("end")\n'));
    assert.equal(r.status, 3);
    assert.equal(r.stdout, 'end\n');
    assert.match(r.stderr, /^coroscope: stopped after 10000 steps \(step budget exhausted/);
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

  test(`${name}: --max-output stops a chatty program at the limit, exit 3`, () => {
    const r = run('run', '--max-output', '150', CHATTY);
    assert.equal(r.status, 3);
    const full = `${'x'.repeat(100)}\n${`${'y'.repeat(10)}\n`.repeat(10)}`;
    assert.equal(r.stdout, full.slice(0, 150));
    assert.match(r.stderr, /^\ncoroscope: output limit of 150 bytes reached: the program was stopped\n$/);
  });

  test(`${name}: NUL passes through; a lone surrogate on stderr is backslash-escaped`, () => {
    const r = spawnSync(argv[0], [...argv.slice(1), 'run', NUL_SURROGATE], { timeout: 60_000 });
    assert.deepEqual(r.stdout, Buffer.from('a\0b\n'));
    assert.match(r.stderr.toString('utf8'), /\nValueError: x\0y \\ud800\n$/);
    assert.equal(r.status, 1);
  });

  test(`${name}: --trace lines are valid UTF-8 JSON even with NUL and surrogates`, () => {
    const r = spawnSync(argv[0], [...argv.slice(1), 'run', '--trace', NUL_SURROGATE], { timeout: 60_000 });
    const lines = new TextDecoder('utf-8', { fatal: true }).decode(r.stdout).trim().split('\n');
    const events = lines.map((line) => JSON.parse(line));
    assert.ok(events.some((e) => e.event === 'output' && e.text === 'a\0b\n'));
    assert.ok(events.some((e) => e.event === 'exception_raised' && e.text === 'ValueError: x\0y \ud800'));
  });

  test(`${name}: the source is decoded as CPython does (invalid UTF-8, coding cookie)`, () => {
    let r = run('run', NOT_UTF8);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /SyntaxError: Non-UTF-8 code starting with '\\xe9' in file main\.py on line 1, but no encoding declared/);
    r = run('run', LATIN1_COOKIE);
    assert.equal(r.stdout, 'café\n');
    assert.equal(r.status, 0);
  });

  test(`${name}: a directory or a device is refused, exit 2`, () => {
    let r = run('run', work);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /can't run '.*': it is a directory/);
    r = run('run', '/dev/zero');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /can't run '\/dev\/zero': it is not a regular file/);
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
