// expect.mjs - how a program's output is judged against CPython's recorded
// output (tests/py/NAME.out / NAME.err, recorded by the oracle).
//
// stdout must match exactly after normalising memory addresses (0x1f2e ->
// 0x?) and absolute file paths (/tmp/x/main.py -> main.py).  stderr is
// judged by its key lines: the "Traceback (most recent call last):"
// markers, exception lines "Name: message" (or a bare "Name"), and warning
// lines "file:line: Name: message" reduced to "Name: message"; CPython's
// tracemalloc hint is ignored.  With `frames`, the traceback's
//   File "main.py", line N, in f
// lines must match as well (frames of main.py only) with the caret lines
// under their source (3.11's ^^^ and ~~~^~~~ marks), and so must the
// location of a syntax error: its `File "main.py", line N` line and the
// caret line under the source, which gives the column.

const ADDRESS = /0x[0-9a-fA-F]+/g;
const SEGMENT = String.raw`[^/\s"'<>()\[\]{},:;=|*?]`;
const ABS_PATH = new RegExp(String.raw`(?<![\w.:/~-])/(?:${SEGMENT}+/)*(${SEGMENT}+\.[A-Za-z0-9]+)\b`, 'g');
const MARKERS = new Set(['Traceback (most recent call last):',
  'Exception Group Traceback (most recent call last):']);
const IGNORED = new Set(['RuntimeWarning: Enable tracemalloc to get the object allocation traceback']);
const NAME = String.raw`(?:[A-Za-z_]\w*\.)*[A-Z]\w*`;
const EXCEPTION_LINE = new RegExp(String.raw`^${NAME}(?:: .*)?$`);
const WARNING_LINE = new RegExp(String.raw`^\S+:\d+: (${NAME}: .*)$`);
const GROUP_PREFIX = /^\s*[|+] /;
const MAIN_FRAME = /^\s*File "main\.py", line \d+(, in \S+)?$/;
const OTHER_FRAME = /^\s*File "/;
const CARETS = /^\s+[~^]*\^[~^]*$/;

export function normalise(text) {
  return text.replace(ADDRESS, '0x?').replace(ABS_PATH, '$1');
}

function stripGroupPrefixes(line) {
  let m;
  while ((m = GROUP_PREFIX.exec(line))) line = line.slice(m[0].length);
  return line;
}

export function keyLines(stderr, { frames = false } = {}) {
  const keys = [];
  let inMainFrame = false;   // just saw a `File "main.py", line N...` line
  for (const raw of normalise(stderr).split(/\r?\n/)) {
    let line = stripGroupPrefixes(raw.trimEnd());
    if (frames && MAIN_FRAME.test(line)) {
      keys.push(line.trim());
      inMainFrame = true;
      continue;
    }
    // another file's frame (a library module's): its carets are not keys
    if (OTHER_FRAME.test(line)) inMainFrame = false;
    if (frames && inMainFrame && CARETS.test(line)) { keys.push(line); continue; }
    if (!line || /^\s/.test(line)) continue;
    inMainFrame = false;
    if (MARKERS.has(line)) { keys.push(line); continue; }
    const warning = WARNING_LINE.exec(line);
    if (warning) line = warning[1];
    else if (!EXCEPTION_LINE.test(line)) continue;
    if (!IGNORED.has(line)) keys.push(line);
  }
  return keys;
}
