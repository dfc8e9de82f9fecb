// Front end tests (lexer, parser, symtable): every tests/frontend/cases/*.py
// is run through the native driver tests/frontend/astdump.c and compared with
// the .expect file recorded from CPython 3.11 by tests/frontend/record.py.
// Then a bounded robustness run: hostile inputs must give a clean error,
// never a crash, a sanitizer report or a leak.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const casesDir = join(root, 'tests', 'frontend', 'cases');
const bin = join(root, 'build', 'asan', 'astdump');   // built by build.sh (Makefile)

function run(args) {
  const r = spawnSync(bin, args, { encoding: 'utf8', timeout: 20000,
    env: { ...process.env, ASAN_OPTIONS: 'detect_leaks=1' } });
  return r;
}

const cases = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort();

test('case files have recorded expectations', () => {
  assert.ok(cases.length > 100, `only ${cases.length} cases`);
  for (const c of cases) assert.ok(existsSync(join(casesDir, c.replace(/\.py$/, '.expect'))), c);
});

for (const c of cases) {
  test(`frontend ${c}`, () => {
    const mode = c.startsWith('sym_') ? ['--sym'] : c.startsWith('fmt_') ? ['--format'] : [];
    const r = run([...mode, join(casesDir, c)]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    let want = readFileSync(join(casesDir, c.replace(/\.py$/, '.expect')), 'utf8');
    let got = r.stdout;
    assert.equal(got, want);
  });
}

// ---- robustness -------------------------------------------------------------

function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

function hostileInputs() {
  const v = [];
  for (const n of [199, 200, 201, 1000]) v.push('x = ' + '('.repeat(n) + ')'.repeat(n) + '\n');
  v.push('x = ' + '['.repeat(300) + ']'.repeat(300) + '\n');
  v.push('x = ' + '{'.repeat(250) + '\n');
  v.push('x = ' + '-'.repeat(100000) + '1\n');
  v.push('x = ' + 'not '.repeat(5000) + 'y\n');
  v.push('x = 1' + ' + 1'.repeat(50000) + '\n');
  v.push('x = ' + 'a.'.repeat(20000) + 'b\n');
  v.push('x = f' + '(1)'.repeat(20000) + '\n');
  v.push('x = ' + 'lambda: '.repeat(500) + '1\n');
  v.push('x = ' + '1 if 2 else '.repeat(500) + '3\n');
  v.push('x = ' + '[x for x in '.repeat(150) + 'y' + ']'.repeat(150) + '\n');
  let nest = '';
  for (let i = 0; i < 120; i++) nest += ' '.repeat(i) + 'if x:\n';
  v.push(nest + ' '.repeat(120) + 'pass\n');
  let defs = '';
  for (let i = 0; i < 90; i++) defs += ' '.repeat(i) + `def f${i}():\n`;
  v.push(defs + ' '.repeat(90) + 'return 1\n');
  v.push('f"' + '{'.repeat(100) + '"\n');
  v.push('f"{x:{y:{z:{w}}}}"\n');
  v.push('"\\x"\n'); v.push('"\\u12"\n'); v.push('"\\U0011ffff"\n'); v.push('"\\N{DASH}"\n');
  v.push('\\'); v.push('\t\t\n\t x\n'); v.push('\x00x = 1\n'); v.push('x = "\xff"\n');
  v.push(''); v.push('\n\n\n'); v.push('#'); v.push('"""'); v.push("f'''{"); v.push('0x'); v.push('1e+');
  const rnd = prng(12345);
  const vocab = ['def', 'f', '(', ')', ':', '\n', '    ', 'x', '=', 'yield', 'await', 'async', 'for',
    'in', 'lambda', ',', '*', '**', '[', ']', '{', '}', 'f"{', '}"', '"', "'", '1', '.5', 'if',
    'else', 'class', 'return', 'global', 'nonlocal', 'with', 'as', 'try', 'except', 'finally',
    '@', ':=', '\\\n', '\t', '#c', '가', 'not', 'is', 'from', 'import', '...', ';', '->'];
  for (let i = 0; i < 150; i++) {
    let s = '';
    const n = 1 + Math.floor(rnd() * 40);
    for (let k = 0; k < n; k++) s += vocab[Math.floor(rnd() * vocab.length)] + (rnd() < 0.5 ? ' ' : '');
    v.push(s);
  }
  for (let i = 0; i < 50; i++) {
    const n = Math.floor(rnd() * 80);
    let s = '';
    for (let k = 0; k < n; k++) s += String.fromCharCode(Math.floor(rnd() * 128));
    v.push(s);
  }
  for (const c of cases.slice(0, 60)) {
    const src = readFileSync(join(casesDir, c), 'utf8');
    v.push(src.slice(0, Math.floor(rnd() * src.length)));
  }
  return v;
}

test('hostile inputs give a clean result (no crash, sanitizer report or leak)', () => {
  const dir = join(tmpdir(), `coroscope-frontend-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const inputs = hostileInputs();
  inputs.forEach((src, i) => {
    const f = join(dir, `h${i}.py`);
    writeFileSync(f, src, 'latin1');
    for (const mode of [[], ['--sym']]) {
      const r = run([...mode, f]);
      assert.equal(r.status, 0, `input ${i} ${JSON.stringify(src.slice(0, 80))}: ${r.stderr}`);
      assert.equal(r.stderr, '', `input ${i}: ${r.stderr.slice(0, 2000)}`);
      assert.match(r.stdout, /^(Module\(|ERROR |module top)/, `input ${i}`);
    }
  });
});

test('deep nesting is a clean SyntaxError, not a stack overflow', () => {
  const dir = join(tmpdir(), `coroscope-frontend-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const f = join(dir, 'deep.py');
  writeFileSync(f, 'x = ' + '('.repeat(201) + ')'.repeat(201) + '\n');
  assert.equal(run([f]).stdout, 'ERROR SyntaxError too many nested parentheses | 1 205 1 205\n');
});
