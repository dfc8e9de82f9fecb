#!/usr/bin/env node
// asyncify_only.mjs - the list of functions Asyncify must instrument in
// the wasm engine: those that can be on the stack when the program
// coroutine pauses (a fiber switch).  Run by the Makefile:
//
//   node core/host/asyncify_only.mjs ENGINE.wat PAUSABLE.txt > LIST
//
// ENGINE.wat is the engine linked WITHOUT Asyncify and with function names
// (wasm-dis of an --profiling-funcs build).  PAUSABLE.txt is the
// `emnm --defined-only` listing of the engine's objects that may be on the
// stack at a pause: all but those that never are (the parser, the
// compiler, number formatting, traceback printing: they either call no
// Python code or run with trace_pause_inhibit set, see core/vm/trace.h).
//
// A function can be on the stack at a pause when it calls, directly or
// through an indirect call of a matching type, the import that switches
// fibers.  Plain Asyncify assumes every indirect call may switch; a wasm
// call_indirect can only reach functions of its own type, which this list
// uses.  Then it keeps only the functions defined in the pausable objects
// (the C library never calls back into the engine).  Function names must
// be unique across the engine and the C library for this to be exact.  The tests run every
// program pausing at every step on a build with Asyncify's assertions,
// which trap if a pause ever unwinds through a function left out.
import { readFileSync } from 'node:fs';

const SWITCH_IMPORT = 'emscripten_fiber_swap';

// name -> { type, calls: Set, indirectTypes: Set }, and the table's functions.
function readModule(text) {
  const funcs = new Map();
  const table = new Set();
  let cur = null;
  for (const line of text.split('\n')) {
    let m = /^ \(func \$(\S+)(.*)$/.exec(line);
    if (m) {
      const params = [...m[2].matchAll(/\(param \$\S+ (\w+)\)/g)].map((x) => x[1]);
      const result = /\(result (\w+)\)/.exec(m[2]);
      const type = `${params.length ? params.join('_') : 'none'}_=>_${result ? result[1] : 'none'}`;
      cur = { type, calls: new Set(), indirectTypes: new Set() };
      funcs.set(m[1], cur);
      continue;
    }
    m = /^ \(elem \(i32\.const \d+\) (.*)\)$/.exec(line);
    if (m) {
      for (const f of m[1].matchAll(/\$(\S+)/g)) table.add(f[1]);
      continue;
    }
    if (!cur) continue;
    for (const c of line.matchAll(/\(call \$([^\s)]+)/g)) cur.calls.add(c[1]);
    for (const t of line.matchAll(/\(call_indirect (?:\$\S+ )?\(type \$([^\s)]+)\)/g))
      cur.indirectTypes.add(t[1]);
  }
  return { funcs, table };
}

// Functions that can reach the fiber switch (a fixed point over callers).
function canPause({ funcs, table }) {
  const targetsOf = new Map();     // type -> functions in the table
  for (const f of table) {
    const info = funcs.get(f);
    if (!info) continue;
    if (!targetsOf.has(info.type)) targetsOf.set(info.type, []);
    targetsOf.get(info.type).push(f);
  }
  const paused = new Set([SWITCH_IMPORT]);
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, info] of funcs) {
      if (paused.has(name)) continue;
      const direct = [...info.calls].some((c) => paused.has(c));
      const indirect = [...info.indirectTypes].some((t) => (targetsOf.get(t) ?? []).some((f) => paused.has(f)));
      if (direct || indirect) {
        paused.add(name);
        changed = true;
      }
    }
  }
  paused.delete(SWITCH_IMPORT);
  return paused;
}

// Function names defined in an emnm listing ("ADDR T name" lines).
function definedFunctions(file) {
  const names = new Set();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\S*\s+[Tt]\s+(\S+)$/.exec(line);
    if (m) names.add(m[1]);
  }
  return names;
}

const [watFile, pausableFile] = process.argv.slice(2);
if (!pausableFile) {
  process.stderr.write('usage: asyncify_only.mjs ENGINE.wat PAUSABLE.txt\n');
  process.exit(2);
}
const module = readModule(readFileSync(watFile, 'utf8'));
const pausable = definedFunctions(pausableFile);
// byn$... functions are made by Binaryen's optimizer (one function shared
// by several similar ones): kept, as they may stand for pausable code.
const list = [...canPause(module)]
  .filter((name) => pausable.has(name.replace(/\.\d+$/, '')) || name.startsWith('byn$'))
  .sort();
// "pad.1" is a second function named pad (a static one, or one of the C
// library's): emcc cannot pass such names to Asyncify, so ask for a rename.
const ambiguous = list.filter((name) => /\.\d+$/.test(name));
if (ambiguous.length) {
  process.stderr.write(`asyncify_only.mjs: give these functions unique names: ${ambiguous.join(' ')}\n`);
  process.exit(1);
}
if (list.length === 0) {
  process.stderr.write('asyncify_only.mjs: no function can pause: is the fiber switch missing?\n');
  process.exit(1);
}
// dynCall_* are Emscripten's trampolines from JS into a function pointer,
// made only in Asyncify builds: a new fiber starts its entry through one.
process.stdout.write(`${[...list, 'dynCall_*'].join('\n')}\n`);
