#!/usr/bin/env node
// cli.mjs - `npx coroscope run [--trace] [--pause] [--stats] [--max-steps N] [--max-memory BYTES] FILE`,
// `npx coroscope dis FILE` and `npx coroscope step FILE --at N [--granularity G]`: the wasm
// engine under Node, with the same options and output as the native binary
// (build/native/coroscope).  `step` prints the stepping snapshot after N
// steps of granularity G (web/stepper.mjs) as one JSON line.  Program stdout and stderr go to
// ours as they arrive; with --trace, stdout carries one JSON step event per
// line instead.  The exit status is the program's.
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runProgram } from './engine.mjs';
import { Stepper, GRANULARITIES } from './stepper.mjs';

const USAGE = `usage: coroscope run [--trace] [--pause] [--stats] [--max-steps N] [--max-memory BYTES]
                     [--max-output BYTES] FILE
       coroscope dis FILE     (the bytecode FILE compiles to)
       coroscope step FILE --at N [--granularity line|coroutine|scheduler|all]
                      [--max-steps N] [--max-memory BYTES] [--max-output BYTES]
                      (the snapshot after N steps, as JSON)
  --trace             print one JSON line per step instead of the output
  --pause             pause at every step and go on at once (as stepping does)
  --stats             then print the run's real time and peak memory on stderr
  --max-steps N       stop after N steps (statements and loop iterations);
                      default 0 = no limit
  --max-memory BYTES  MemoryError beyond BYTES of engine memory;
                      default 1073741824 (1 GiB), 0 = no limit
  --max-output BYTES  stop the program once it has written BYTES of output
                      (stdout and stderr); default 0 = no limit
  --trace-library     with --trace, show the lines of library modules written
                      in Python too (asyncio, ...)
exit status: the program's (1 after an uncaught exception or a syntax error);
  3 when --max-steps or --max-output stopped it; 4 when its event loop could
  only wait forever (a deadlock: every task waits and nothing can wake one up)
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
        'max-output': { type: 'string', default: '0' },
        at: { type: 'string' },
        granularity: { type: 'string', default: 'all' },
      },
    });
  } catch (err) {
    fail(`coroscope: ${err.message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2 || !['run', 'dis', 'step'].includes(positionals[0])) fail(USAGE);
  const step = positionals[0] === 'step';
  if (step && (values.trace || values.pause || values.stats || values['trace-library'])) fail(USAGE);
  if (!step && values.at !== undefined) fail(USAGE);
  const number = (name) => {
    const n = Number(values[name]);
    if (!Number.isFinite(n) || n < 0) fail(`coroscope: --${name} needs a number >= 0\n`);
    return n;
  };
  if (step) {
    const at = Number(values.at);
    if (values.at === undefined || values.at === '' || !Number.isFinite(at) || at < 0)
      fail(`coroscope: step needs --at N (a number >= 0)\n${USAGE}`);
    if (!GRANULARITIES.includes(values.granularity))
      fail(`coroscope: unknown granularity '${values.granularity}' (line, coroutine, scheduler, all)\n`);
    return { file: positionals[1], step: true, at, granularity: values.granularity,
      maxSteps: number('max-steps'), maxMemory: number('max-memory'), maxOutput: number('max-output') };
  }
  return { file: positionals[1], disassemble: positionals[0] === 'dis',
    trace: values.trace, pause: values.pause, stats: values.stats,
    traceLibrary: values['trace-library'],
    maxSteps: number('max-steps'), maxMemory: number('max-memory'),
    maxOutput: number('max-output') };
}

// The program's bytes, as the native CLI reads them: only a regular file,
// no larger than --max-memory (the engine decodes them as CPython does).
async function readProgram(file, limit) {
  let info;
  try {
    info = await stat(file);
  } catch {
    fail(`coroscope: can't open file '${file}'\n`);
  }
  const refusal = info.isDirectory() ? 'is a directory'
    : !info.isFile() ? 'is not a regular file'
      : limit > 0 && info.size > limit ? 'is larger than --max-memory' : null;
  if (refusal) fail(`coroscope: can't run '${file}': it ${refusal}\n`);
  try {
    return await readFile(file);
  } catch {
    fail(`coroscope: can't open file '${file}'\n`);
  }
}

// `step`: load, take N steps (fewer if the program ends), print the snapshot.
async function stepCommand(source, options) {
  const stepper = await Stepper.create();
  let snap = await stepper.load(source, options);
  for (let i = 0; i < options.at && snap.state === 'paused'; i++) snap = stepper.step(options.granularity);
  process.stdout.write(`${stepper.snapshotJSON()}\n`);
  stepper.stop();
}

const options = parse(process.argv.slice(2));
const source = await readProgram(options.file, options.maxMemory);
if (options.step) {
  await stepCommand(source, options);
  process.exit(0);
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
