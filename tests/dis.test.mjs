// dis.test.mjs - `coroscope dis FILE`: the bytecode a program compiles to,
// in CPython's dis layout (core/compiler/dis.c), from both command lines;
// and the instruction set of core/compiler/opcodes.h, one documented line
// per instruction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { disassemble } from '../web/engine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'coroscope-dis-'));
const CLIS = {
  native: [join(root, 'build/native/coroscope')],
  wasm: [process.execPath, join(root, 'web/cli.mjs')],
};

let serial = 0;
function dis(cli, text) {
  const file = join(work, `p${serial++}.py`);
  writeFileSync(file, text);
  const [cmd, ...pre] = CLIS[cli];
  const r = spawnSync(cmd, [...pre, 'dis', file], { encoding: 'utf8', timeout: 60_000 });
  // a command that could not run or finish says why, not just `null`
  if (r.error) return { status: null, stdout: `(${cli} dis failed: ${r.error.message})`, stderr: '' };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The disassembly of the code object named `name`: its instruction lines
// as { line, op, arg, meaning, target } objects, and its exception table.
function codeOf(out, name) {
  const parts = out.split(/\n(?=Disassembly of )/);
  const part = parts.find((p) => p.startsWith(`Disassembly of <code object ${name},`)
    || (name === '<module>' && p.startsWith('Disassembly of <module>')));
  assert.ok(part, `no code object ${name} in:\n${out}`);
  const instrs = [];
  let line = null;
  for (const text of part.split('\n').slice(1)) {
    const m = /^(?:\s*(\d+))?\s+(>>)?\s+(\d+) ([A-Z_]+)(?:\s+(\d+))?(?: \((.*)\))?$/.exec(text);
    if (!m) continue;
    if (m[1]) line = Number(m[1]);
    instrs.push({ stmt: Boolean(m[1]), line, target: Boolean(m[2]), index: Number(m[3]), op: m[4],
      arg: m[5] === undefined ? null : Number(m[5]), meaning: m[6] ?? '' });
  }
  const table = [...part.matchAll(/^ {2}(\d+) to (\d+) -> (\d+) \[depth (\d+)\]$/gm)].map((x) => x.slice(1).map(Number));
  return { instrs, table, ops: instrs.map((i) => i.op) };
}

const PROGRAM = `def gen(n):
    for i in range(n):
        x = yield i
        print("got", x)
    return "done"

def delegator():
    result = yield from gen(3)
    return result

async def fetch():
    data = await other()
    return data

def guarded():
    try:
        risky()
    except ValueError as e:
        print(e)
    finally:
        print("done")
`;

for (const cli of Object.keys(CLIS)) {
  test(`${cli}: a yield is YIELD_VALUE, and what is sent in is what follows it`, () => {
    const r = dis(cli, PROGRAM);
    assert.equal(r.status, 0, r.stderr);
    const g = codeOf(r.stdout, 'gen');
    const y = g.ops.indexOf('YIELD_VALUE');
    assert.ok(y > 0, g.ops.join(' '));
    assert.deepEqual(g.ops.slice(y - 1, y + 2), ['LOAD_FAST', 'YIELD_VALUE', 'STORE_FAST']);
    assert.equal(g.instrs[y - 1].meaning, 'i');
    assert.equal(g.instrs[y + 1].meaning, 'x');
    assert.equal(g.instrs[y].line, 3);
  });

  test(`${cli}: yield from and await are a SEND / YIELD_VALUE loop`, () => {
    const r = dis(cli, PROGRAM);
    for (const [name, get] of [['delegator', 'GET_YIELD_FROM_ITER'], ['fetch', 'GET_AWAITABLE']]) {
      const c = codeOf(r.stdout, name);
      const s = c.ops.indexOf('SEND');
      assert.equal(c.ops[s - 2], get, `${name}: ${c.ops.join(' ')}`);
      assert.deepEqual(c.ops.slice(s, s + 3), ['SEND', 'YIELD_VALUE', 'JUMP']);
      assert.ok(c.instrs[s].target, 'the loop jumps back to SEND');
      assert.equal(c.instrs[s + 2].arg, c.instrs[s].index, 'JUMP goes to SEND');
      assert.equal(c.instrs[s + 1].meaning, 'in yield from / await');
      assert.ok(c.instrs.find((i) => i.index === c.instrs[s].arg).target, 'SEND exits past the loop');
    }
  });

  test(`${cli}: every statement starts at a marked line; try has an exception table`, () => {
    const r = dis(cli, PROGRAM);
    const c = codeOf(r.stdout, 'guarded');
    const lines = c.instrs.filter((i) => i.stmt).map((i) => i.line);
    for (const l of [16, 17, 19, 21]) assert.ok(lines.includes(l), `line ${l} starts a statement: ${lines}`);
    assert.ok(c.table.length > 0, 'an exception table');
    for (const [start, end, target] of c.table) {
      assert.ok(start <= end, 'a range');
      assert.ok(c.instrs.some((i) => i.index === target && i.target), `handler ${target} is marked`);
    }
    assert.ok(c.ops.includes('CHECK_EXC_MATCH') && c.ops.includes('EXC_CAUGHT'));
  });

  test(`${cli}: except* is a CHECK_EG_MATCH per clause and a PREP_RERAISE_STAR at the end`, () => {
    const r = dis(cli, 'try:\n    risky()\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\n');
    assert.equal(r.status, 0, r.stderr);
    const c = codeOf(r.stdout, '<module>');
    const checks = c.instrs.filter((i) => i.op === 'CHECK_EG_MATCH');
    assert.equal(checks.length, 2, c.ops.join(' '));
    for (const m of checks) {
      assert.ok(c.instrs.find((i) => i.index === m.arg).target, 'no match: the next clause');
      assert.equal(c.ops[c.instrs.indexOf(m) + 1], 'EXC_CAUGHT');
    }
    const prep = c.instrs.find((i) => i.op === 'PREP_RERAISE_STAR');
    assert.ok(prep && prep.arg === null && prep.index > checks[1].index, c.ops.join(' '));
    assert.ok(c.ops.includes('RERAISE') && c.table.length >= 3);
  });

  test(`${cli}: a bytes constant shows its repr; equal bytes share a slot, a str does not`, () => {
    const r = dis(cli, "a = b'x\\x00y'\nb = b'x\\x00y'\nc = 'x\\x00y'\n");
    assert.equal(r.status, 0, r.stderr);
    const loads = codeOf(r.stdout, '<module>').instrs.filter((i) => i.op === 'LOAD_CONST');
    assert.equal(loads[0].meaning, "b'x\\x00y'");
    assert.equal(loads[1].arg, loads[0].arg);
    assert.notEqual(loads[2].arg, loads[0].arg);
    assert.equal(loads[2].meaning, "'x\\x00y'");
  });

  test(`${cli}: a match statement: MATCH_* tests per case, each case line a statement start`, () => {
    const r = dis(cli, 'match cmd:\n    case [x, *_]:\n        pass\n    case {"k": v, **rest}:\n'
      + '        pass\n    case Point(1, y=0) | None:\n        pass\n    case _:\n        pass\n');
    assert.equal(r.status, 0, r.stderr);
    const c = codeOf(r.stdout, '<module>');
    const starts = c.instrs.filter((i) => i.stmt).map((i) => i.line);
    assert.deepEqual(starts, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const op of ['MATCH_SEQUENCE', 'GET_LEN', 'MATCH_MAPPING', 'MATCH_KEYS', 'DICT_UPDATE',
      'DELETE_SUBSCR', 'MATCH_CLASS']) assert.ok(c.ops.includes(op), `${op} in ${c.ops.join(' ')}`);
    const cls = c.instrs.find((i) => i.op === 'MATCH_CLASS');
    assert.equal(cls.arg, 1, 'one positional sub-pattern');
    assert.equal(c.instrs[c.instrs.indexOf(cls) - 1].meaning, "('y',)", 'keyword names before it');
    const dflt = c.instrs.find((i) => i.stmt && i.line === 8);
    assert.equal(dflt.op, 'NOP', 'a final `case _` has no code of its own');
    assert.equal(c.instrs.filter((i) => i.op === 'COPY' && i.arg === 1 && i.stmt).length, 3,
      'each case but the last tries a copy of the subject');
  });

  test(`${cli}: a syntax error is reported as by run, exit 1; no file is a usage error`, () => {
    const r = dis(cli, 'def f(:\n    pass\n');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /SyntaxError/);
    assert.equal(r.stdout, '');
    const [cmd, ...pre] = CLIS[cli];
    const u = spawnSync(cmd, [...pre, 'dis'], { encoding: 'utf8' });
    assert.equal(u.status, 2);
    assert.match(u.stderr, /coroscope dis FILE/);
  });
}

// The wasm side in this process (web/engine.mjs's disassemble, what
// `npx coroscope dis` prints): a process per program is minutes of Node
// start-ups for nothing the tests above do not already check.
test('both engines give the same disassembly of every tests/py program', async () => {
  const dir = join(root, 'tests', 'py');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.py')).sort()) {
    const bytes = readFileSync(join(dir, name));
    const n = dis('native', bytes), w = await disassemble(bytes);
    assert.equal(w.stdout, n.stdout, name);
    assert.equal(w.status, n.status, name);
    if (n.status === 0) {
      assert.match(n.stdout, /^Disassembly of <module>/, name);
      assert.doesNotMatch(n.stdout, / \? /, `${name}: an instruction without a name`);
    }
  }
});

test('opcodes.h documents every instruction on one line', () => {
  const header = readFileSync(join(root, 'core/compiler/opcodes.h'), 'utf8');
  const entries = [...header.matchAll(/X\(([A-Z_]+),\s*"([^"]*)"\)/g)];
  assert.ok(entries.length >= 50, `only ${entries.length} instructions found`);
  const names = new Set();
  for (const [, name, doc] of entries) {
    assert.ok(!names.has(name), `${name} twice`);
    names.add(name);
    assert.ok(doc.length >= 3, `${name} is documented`);
  }
  assert.ok(entries.length < 128, 'opcodes fit in 7 bits (the eighth marks a statement start)');
});
