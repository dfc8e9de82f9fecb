// limits.test.mjs - the engine's own limits on the native binary
// (build/native/coroscope, built by `make build/native/coroscope`):
// the step budget (--max-steps) ends an endless program with a clear
// message and exit status 3, never a hang, whatever the loop is made of;
// the memory cap (--max-memory, default 1 GiB) turns a runaway allocation
// into Python's MemoryError.  What CPython itself shows (RecursionError at
// depth 1000, MemoryError for [0] * 10**10, ...) is tested by the
// tests/py/limit_*.py programs with outputs recorded from CPython.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// COROSCOPE_BIN: another build of the same CLI (e.g. an ASan one) to test.
const bin = process.env.COROSCOPE_BIN || join(root, 'build', 'native', 'coroscope');
const work = mkdtempSync(join(tmpdir(), 'coroscope-limits-'));

const STOPPED = (n) => `coroscope: stopped after ${n} steps (step budget exhausted: `
  + 'an endless loop? --max-steps N sets the budget, 0 = none)\n';
const BUDGET_STATUS = 3;

let serial = 0;
// Runs `text` as a program with the given options; {status, stdout, stderr, ms}.
function run(text, ...options) {
  const file = join(work, `p${serial++}.py`);
  writeFileSync(file, text);
  const t0 = Date.now();
  const r = spawnSync(bin, ['run', ...options, file], { encoding: 'utf8', timeout: 60_000 });
  // (an ASan build warns once about swapcontext: not the program's output)
  const stderr = r.stderr.replace(/^==\d+==WARNING: ASan doesn't fully support makecontext.*\n/m, '');
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr, ms: Date.now() - t0 };
}

test('the native binary exists (make build/native/coroscope)', () => {
  assert.ok(existsSync(bin), `${bin} is missing`);
});

// ---- step budget ------------------------------------------------------------

test('--max-steps stops an endless loop: message on stderr, exit 3, output kept', () => {
  const r = run('print("before")\nwhile True:\n    pass\n', '--max-steps', '10000');
  assert.equal(r.signal, null);
  assert.equal(r.status, BUDGET_STATUS);
  assert.equal(r.stdout, 'before\n');
  assert.equal(r.stderr, STOPPED(10000));
});

test('a program within its budget runs normally', () => {
  const r = run('t = 0\nfor i in range(100):\n    t += i\nprint(t)\n', '--max-steps', '1000');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '4950\n');
});

test('the budget counts statements: N steps are allowed, not N + 1', () => {
  // 5 statements at module level, each a step
  const prog = 'a = 1\nb = 2\nc = 3\nd = 4\nprint(a + b + c + d)\n';
  assert.equal(run(prog, '--max-steps', '5').stdout, '10\n');
  const r = run(prog, '--max-steps', '4');
  assert.equal(r.status, BUDGET_STATUS);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, STOPPED(4));
});

test('nothing can catch the end of the budget: except, finally and generators stay quiet', () => {
  const r = run([
    'def g():',
    '    try:',
    '        while True:',
    '            yield 1',
    '    finally:',
    '        print("finally")',
    'it = g()',
    'next(it)',
    'while True:',
    '    try:',
    '        pass',
    '    except BaseException:',
    '        print("caught")',
    '    except:',
    '        print("caught bare")',
    '',
  ].join('\n'), '--max-steps', '5000');
  assert.equal(r.status, BUDGET_STATUS);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, STOPPED(5000));
});

// Loops without statements: comprehensions, generator expressions, builtins
// consuming iterators, and big-number arithmetic that is one statement.
const endless = {
  'a list comprehension': 'print(len([x for x in range(10**12)]))\n',
  'a generator expression in sum()': 'print(sum(x for x in range(10**12)))\n',
  'sum() over a range': 'print(sum(range(10**15)))\n',
  // (sorted(range(10**12)) is a MemoryError at once, as in CPython: list()
  // makes room for len(range) first)
  'sorted() of a generator': 'print(sorted(x for x in range(10**12))[0])\n',
  'map() consumed by list()': 'print(list(map(abs, range(10**12)))[0])\n',
  'any() over a generator': 'print(any(x < 0 for x in range(10**12)))\n',
  'str.join over a generator': 'print(len(",".join(str(i) for i in range(10**12))))\n',
  'a nested comprehension': 'm = [[i * j for j in range(3)] for i in range(444444443)]\n',
  'a dict comprehension': 'print(len({i: i for i in range(10**12)}))\n',
  // (each new RecursionError's __context__ chain is longer: quadratic, as in CPython)
  'recursion caught forever': 'def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()\n',
  'a huge power': 'print(4 ** 10**9 % 7)\n',
  'a huge power of three': 'print(3 ** 10**8 % 7)\n',
  'a huge modular power': 'print(pow((1 << 10**6) + 1, 10**10, (1 << 10**6) - 3))\n',
  'str() of a huge int': 'import sys\nsys.set_int_max_str_digits(0)\nprint(len(str((1 << 10**7) - 1)))\n',
  'int() of a long decimal text': 'import sys\nsys.set_int_max_str_digits(0)\nprint(int("7" * 10**7) % 10)\n',
  // the regex matcher charges its backtracking to the budget
  'a catastrophic regular expression': 'import re\nprint(re.match(r"(a+)+$", "a" * 64 + "b"))\n',
  'a regex searched through a long text': 'import re\nprint(re.findall(r"(x+x+)+y", "x" * 5000))\n',
  'a huge product': 'x = 1 << 80_000_000\nprint(x * x % 10)\n',
};
for (const [what, prog] of Object.entries(endless)) {
  test(`--max-steps also stops ${what}`, () => {
    const r = run(prog, '--max-steps', '20000');
    assert.equal(r.signal, null, `killed by ${r.signal} after ${r.ms} ms`);
    assert.equal(r.status, BUDGET_STATUS, r.stderr);
    assert.equal(r.stderr, STOPPED(20000));
    assert.ok(r.ms < 20_000, `took ${r.ms} ms`);
  });
}

test('(2**(2**30)).bit_length() is CPython\'s answer at once (a power of two is a shift)', () => {
  // CPython squares its way there (5 s and more); a budget of 1000 steps is plenty here
  const r = run('print((2**(2**30)).bit_length())\nprint(((-4)**(2**28 + 1)).bit_length())\n',
    '--max-steps', '10000');
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, '1073741825\n536870915\n');
});

test('a power whose result the memory cap cannot hold is a MemoryError before any work', () => {
  const r = run('try:\n    3 ** (2**34)\nexcept MemoryError:\n    print("MemoryError")\n'
    + 'try:\n    7 ** (10**9)\nexcept MemoryError:\n    print("MemoryError")\n', '--max-memory', '100000000');
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'MemoryError\nMemoryError\n');
});

test('by default there is no step limit (as python3)', () => {
  const r = run('n = 0\nfor i in range(2_000_000):\n    n += 1\nprint(n)\n');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '2000000\n');
});

test('--max-steps 0 means no limit', () => {
  const r = run('n = 0\nwhile n < 300000:\n    n += 1\nprint(n)\n', '--max-steps', '0');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '300000\n');
});

test('work proportional to its output is charged before it starts (repeat, join, expandtabs)', () => {
  // 10**7 bytes or 8 * 10**6 list slots are about 150 / 120 steps of data
  // (one step per 65,536 bytes): stopped under 100 steps, done under 1,000
  for (const expr of ["'x' * 10**7", "'\\t'.expandtabs(10**7)", "','.join(['ab'] * 10**6)",
    '[0] * 10**6', '(0,) * 10**6', "'x' * 10**7 + ''"]) {
    const prog = `print("start")\ns = ${expr}\nprint("done", len(s))\n`;
    const stopped = run(prog, '--max-steps', '100');
    assert.equal(stopped.status, BUDGET_STATUS, expr);
    assert.equal(stopped.stdout, 'start\n', expr);
    assert.equal(stopped.stderr, STOPPED(100), expr);
    const done = run(prog, '--max-steps', '1000');
    assert.equal(done.status, 0, expr);
    assert.match(done.stdout, /^start\ndone \d+\n$/, expr);
  }
});

test('--max-steps stops the native and the wasm builds at the same step', () => {
  // steps count statements, items taken from iterators and data made in
  // units that are the same on both builds (base/mem.h mem_note_work), not
  // real allocation sizes (64-bit against 32-bit pointers)
  const wasmCli = join(root, 'web', 'cli.mjs');
  assert.ok(existsSync(join(root, 'web', 'engine', 'coroscope.wasm')), 'make wasm first');
  const programs = [
    'i = 0\nwhile True:\n    i += 1\n    print(i)\n',
    'x = []\ni = 0\nwhile True:\n    x.append([i] * 10)\n    s = str(i) * 50\n'
      + '    d = {j: s for j in range(20)}\n    i += 1\n    if i % 100 == 0:\n        print(i, len(x))\n',
    'def gen():\n    k = 1\n    while True:\n        yield k\n        k = k * 3 + 1\n'
      + 'acc = 0\nfor v in gen():\n    acc += v\n    print(len(str(acc)))\n',
    'words = []\nn = 0\nwhile True:\n    words.append("w%d" % n)\n    text = " ".join(words)\n'
      + '    st = set(text.upper().split())\n    n += 1\n    t = (n,) * 300\n    print(n, len(text), len(st), len(t))\n',
    'import asyncio\nasync def worker(n):\n    total = 0\n    while True:\n        total += n\n'
      + '        await asyncio.sleep(0.1)\n        print(n, total)\n'
      + 'async def main():\n    await asyncio.gather(*(worker(k) for k in range(3)))\nasyncio.run(main())\n',
    'import re\ns = ""\nn = 0\nwhile True:\n    s += "ab" * 10\n    m = re.findall(r"(ab)+", s)\n'
      + '    n += 1\n    print(n, len(m), sum(range(n * 100)))\n',
  ];
  for (const [k, text] of programs.entries()) {
    const file = join(work, `same${k}.py`);
    writeFileSync(file, text);
    for (const budget of ['997', '5003', '40009']) {
      const native = spawnSync(bin, ['run', '--max-steps', budget, file], { encoding: 'utf8', timeout: 60_000 });
      const wasm = spawnSync(process.execPath, [wasmCli, 'run', '--max-steps', budget, file],
        { encoding: 'utf8', timeout: 60_000 });
      const what = `program ${k} at ${budget} steps`;
      assert.equal(native.status, BUDGET_STATUS, what);
      assert.equal(wasm.status, native.status, what);
      assert.equal(wasm.stdout, native.stdout, what);
      assert.equal(wasm.stderr, native.stderr, what);
    }
  }
});

// ---- memory cap ---------------------------------------------------------------

test('--max-memory: a list growing in a loop ends in MemoryError with a traceback, exit 1', () => {
  const r = run('print("start")\na = []\nwhile True:\n    a.append("x" * 100000)\n',
    '--max-memory', '20000000');
  assert.equal(r.signal, null);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, 'start\n');
  // (the caret line depends on which allocation hit the cap)
  assert.ok(r.stderr.startsWith([
    'Traceback (most recent call last):',
    '  File "main.py", line 4, in <module>',
    '    a.append("x" * 100000)',
    '',
  ].join('\n')), r.stderr);
  assert.ok(r.stderr.endsWith('\nMemoryError\n'), r.stderr);
});

test('--max-memory: MemoryError can be caught, memory given back, and the program goes on', () => {
  const r = run([
    'chunks = []',
    'try:',
    '    while True:',
    '        chunks.append([0] * 100000)',
    'except MemoryError as e:',
    '    print("caught", repr(e), 10 <= len(chunks) <= 25)',
    'chunks = None',
    'again = [[0] * 100000 for i in range(10)]',
    'print("again", len(again))',
    '',
  ].join('\n'), '--max-memory', '20000000');
  assert.equal(r.stderr, '');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'caught MemoryError() True\nagain 10\n');
});

test('--max-memory: a regular expression backtracking through a long text is a MemoryError', () => {
  const prog = 'import re\ntry:\n    re.match(r"(?:ab|cd)*e", "ab" * 5_000_000)\n'
    + 'except MemoryError:\n    print("MemoryError")\nprint(re.match(r"(?:ab|cd)*e", "abcde").end())\n';
  const r = run(prog, '--max-memory', '100000000');
  assert.equal(r.signal, null);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'MemoryError\n5\n');
  assert.equal(r.status, 0);
});

test('--max-memory: list() of an endless generator is a MemoryError within the cap, and memory comes back', () => {
  const r = run([
    'def count():',
    '    i = 0',
    '    while True:',
    '        yield i',
    '        i += 1',
    'try:',
    '    list(count())',
    'except MemoryError as e:',
    '    print("MemoryError", repr(e))',
    'print(len(list(range(500000))))',
    '',
  ].join('\n'), '--max-memory', '50000000', '--stats');
  assert.equal(r.status, 0);
  assert.equal(r.stdout, 'MemoryError MemoryError()\n500000\n');
  // the cap counts what blocks really hold (header, allocator overhead)
  const peak = Number(/peak memory (\d+) bytes/.exec(r.stderr)[1]);
  assert.ok(peak <= 50000000, r.stderr);
});

test('the default memory cap is 1 GiB: a bigger single allocation is a MemoryError', () => {
  const prog = [
    'try:',
    '    s = " " * (1100 * 2**20)',
    '    print("allocated", len(s))',
    'except MemoryError:',
    '    print("MemoryError")',
    '',
  ].join('\n');
  assert.equal(run(prog).stdout, 'MemoryError\n');
  assert.equal(run(prog, '--max-memory', '1073741824').stdout, 'MemoryError\n');
});

test('a tab expanded to 2**31 - 1 spaces is a MemoryError under the default cap, at once', () => {
  const prog = 'try:\n    s = "\\t".expandtabs(2**31 - 1)\nexcept MemoryError:\n    print("MemoryError")\n'
    + 'print(len("a\\tb".expandtabs(2**20)))\n';
  const r = run(prog, '--max-steps', '100');
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'MemoryError\n1048577\n');
});

// The cycle collector: a loop making a million reference cycles runs in a
// memory cap a small fraction of what they would take if none were freed.
const CYCLES = [
  'class Node:',
  '    def __init__(self):',
  '        self.me = self',
  '        self.data = [self, {"node": self}]',
  'for i in range(1_000_000):',
  '    Node()',
  'print("done")',
  '',
].join('\n');

test('--max-memory: a million reference cycles are collected as the loop goes', () => {
  const r = run(CYCLES, '--max-memory', '50000000');
  assert.equal(r.signal, null);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, 'done\n');
  assert.equal(r.status, 0);
});

test('--max-memory: the same cycles with the collector disabled run out of memory', () => {
  const r = run(`import gc\ngc.disable()\n${CYCLES}`, '--max-memory', '50000000');
  assert.equal(r.signal, null);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /(^|\n)MemoryError\n$/);
});

test('a runaway allocation is a MemoryError even without a cap', () => {
  const r = run('try:\n    [0] * (10**10)\nexcept MemoryError:\n    print("MemoryError")\n',
    '--max-memory', '0');
  assert.equal(r.stdout, 'MemoryError\n');
  assert.equal(r.status, 0);
});

test('both limits together: whichever comes first', () => {
  const r = run('a = []\nwhile True:\n    a.append(1)\n', '--max-steps', '1000', '--max-memory', '100000000');
  assert.equal(r.status, BUDGET_STATUS);
  assert.equal(r.stderr, STOPPED(1000));
});

// ---- usage ----------------------------------------------------------------------

test('bad limit values are a usage error (exit 2), not silently "no limit"', () => {
  for (const args of [['--max-steps', 'lots'], ['--max-memory', '-5'], ['--max-steps', '10x'], ['--max-output', 'x']]) {
    const r = run('print(1)\n', ...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /--max-steps, --max-memory and --max-output take a number >= 0/);
    assert.equal(r.stdout, '');
  }
});

test('the usage text documents the defaults', () => {
  const r = spawnSync(bin, [], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--max-steps N .*\n.*default 0 = no limit/);
  assert.match(r.stderr, /--max-memory BYTES .*\n.*default 1073741824 \(1 GiB\)/);
});
