// provenance.mjs - how much of each module in core/modules/lib/ reads line
// for line like CPython's own source of the same module.  The library is
// written from CPython's behaviour, not from its code; a few lines must
// still match (an error message, a signature, `return NotImplemented`), so
// the measure counts only lines of 24 characters or more, ignoring comments
// and whitespace, and a module passes below a share (provenance.test.mjs).
//
//   node tests/lib/provenance.mjs          prints the table, worst first
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const LIB = join(root, 'core', 'modules', 'lib');
const MIN_LENGTH = 24;

// CPython's stdlib folder, or null where python3 is not 3.x with sources.
export function cpythonStdlib() {
  const r = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'],
    { encoding: 'utf8' });
  const dir = r.status === 0 ? r.stdout.trim() : '';
  return dir && existsSync(join(dir, 'asyncio', 'tasks.py')) ? dir : null;
}

const squeeze = (line) => line.trim().split(/\s+/).join(' ');
const linesOf = (file) => readFileSync(file, 'utf8').split('\n').map(squeeze);

function pyFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pyFiles(path);
    return name.endsWith('.py') ? [path] : [];
  });
}

// CPython's files for one of ours: the module itself, or every file of the
// package it belongs to (ours may fold a package's submodules into one).
function counterparts(stdlib, file) {
  const rel = relative(LIB, file).replace(/\.py$/, '').replace(/\/__init__$/, '');
  const top = rel.split('/')[0];
  const found = [];
  if (existsSync(join(stdlib, `${rel}.py`))) found.push(join(stdlib, `${rel}.py`));
  if (existsSync(join(stdlib, top)) && statSync(join(stdlib, top)).isDirectory()) {
    found.push(...pyFiles(join(stdlib, top)));
  }
  if (top === 'collections') found.push(join(stdlib, '_collections_abc.py'));
  return found;
}

// [{ module, shared, lines, share }] for every module of ours.
export function measure(stdlib) {
  return pyFiles(LIB).map((file) => {
    const theirs = new Set(counterparts(stdlib, file).flatMap(linesOf));
    const ours = linesOf(file).filter((l) => l.length >= MIN_LENGTH && !l.startsWith('#'));
    const shared = ours.filter((l) => theirs.has(l)).length;
    return { module: relative(LIB, file), shared, lines: ours.length, share: ours.length ? shared / ours.length : 0 };
  }).sort((a, b) => b.share - a.share);
}

if (process.argv[1] && basename(process.argv[1]) === 'provenance.mjs') {
  const stdlib = cpythonStdlib();
  if (!stdlib) { console.error('no CPython 3 sources found (python3 -c "import sysconfig")'); process.exit(2); }
  let shared = 0, lines = 0;
  for (const m of measure(stdlib)) {
    shared += m.shared; lines += m.lines;
    console.log(`${(100 * m.share).toFixed(1).padStart(5)}%  ${String(m.shared).padStart(4)}/${String(m.lines).padStart(4)}  ${m.module}`);
  }
  console.log(`${(100 * shared / lines).toFixed(1).padStart(5)}%  ${shared}/${lines}  in all, against ${stdlib}`);
}
