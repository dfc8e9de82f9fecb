#!/usr/bin/env node
// cli.mjs - `npx coroscope run [--trace] [--pause] [--stats] [--max-steps N] [--max-memory BYTES] FILE`
// and `npx coroscope dis FILE`: the wasm engine under Node, with the same
// options and output as the native binary (build/native/coroscope).  Program stdout and stderr go to
// ours as they arrive; with --trace, stdout carries one JSON step event per
// line instead.  The exit status is the program's.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runProgram } from './engine.mjs';

const USAGE = `usage: coroscope run [--trace] [--pause] [--stats] [--max-steps N] [--max-memory BYTES] FILE
       coroscope dis FILE     (the bytecode FILE compiles to)
  --trace             print one JSON line per step instead of the output
  --pause             pause at every step and go on at once (as stepping does)
  --stats             then print the run's real time and peak memory on stderr
  --max-steps N       stop after N steps (statements and loop iterations);
                      default 0 = no limit
  --max-memory BYTES  MemoryError beyond BYTES of engine memory;
                      default 1073741824 (1 GiB), 0 = no limit
  --trace-library     with --trace, show the lines of library modules written
                      in Python too (asyncio, ...)
exit status: the program's (1 after an uncaught exception or a syntax error);
  3 when --max-steps stopped it; 4 when its event loop could only wait forever
  (a deadlock: every task waits and nothing can wake one up)
`;
// The native CLI's defaults (core/cli.c): no step limit, like python3; a
// memory cap so a runaway allocation is a MemoryError.
const DEFAULT_MAX_MEMORY = String(1 << 30);

function fail(message) {
  process.stderr.write(message);
  process.exit(2);
}

function parse(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        trace: { type: 'boolean', default: false },
        pause: { type: 'boolean', default: false },
        stats: { type: 'boolean', default: false },
        'trace-library': { type: 'boolean', default: false },
        'max-steps': { type: 'string', default: '0' },
        'max-memory': { type: 'string', default: DEFAULT_MAX_MEMORY },
      },
    });
  } catch (err) {
    fail(`coroscope: ${err.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2 || !['run', 'dis'].includes(positionals[0])) fail(USAGE);
  const number = (name) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < 0) fail(`coroscope: --${name} needs a number >= 0\n`);
    return n;
  };
  return { file: positionals[1], disassemble: positionals[0] === 'dis',
    trace: values.trace, pause: values.pause, stats: values.stats,
    traceLibrary: values['trace-library'],
    maxSteps: number('max-steps'), maxMemory: number('max-memory') };
}

const options = parse(process.argv.slice(2));
let source;
try {
  source = await readFile(options.file, 'utf8');
} catch {
  fail(`coroscope: can't open file '${options.file}'\n`);
}
const sinks = options.trace ? { trace: process.stdout }
  : { stdout: process.stdout, stderr: process.stderr };
const { status, runMs, peakMemory } = await runProgram(source, {
  ...options,
  onOutput: (stream, text) => sinks[stream]?.write(text),
});
if (options.stats)
  process.stderr.write(`coroscope: run ${runMs.toFixed(3)} ms, peak memory ${peakMemory} bytes\n`);
process.exitCode = status;
