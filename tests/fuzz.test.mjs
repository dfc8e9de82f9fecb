// fuzz.test.mjs - no input text may crash the engine: the libFuzzer target
// tests/fuzz/fuzz_engine.c (lexer, parser, symtable and evaluator under
// ASan + UBSan, with a step budget and a memory cap) built and driven by
// tests/fuzz/run_fuzz.sh: a bounded fuzz session (FUZZ_RUNS inputs, default
// 2,500; reproducible: FUZZ_SEED 1) that first runs every seed, saved crash
// input and tests/py program once (the regressions).  Anything libFuzzer
// reports - a crash, a sanitizer report, a leak, a timeout - fails the test
// with the input's path.
// The same for the regular-expression engine's target tests/fuzz/fuzz_re.c
// (FUZZ_TARGET=re: pattern compiler and matcher, seeds tests/fuzz/seeds_re/,
// a session of FUZZ_RE_SECONDS, default 20), for the stepping path's
// target tests/fuzz/fuzz_step.c (FUZZ_TARGET=step: programs stepped at
// random granularities with back and jump must not crash, must give the
// same snapshot whenever they come back to a step, and must print what a
// plain run prints; seeds tests/fuzz/seeds_step/ and tests/stepper/, a
// session of FUZZ_STEP_SECONDS, default 30), and for the structure-aware
// target tests/fuzz/fuzz_programs.c (FUZZ_TARGET=programs: inputs are the
// choices of the program generator tests/fuzz/proggen.c, programs run
// under 200,000 steps and 256 MiB): the checked-in corpus
// tests/fuzz/programs/gen_*.py must be what the generator writes, and a
// session of FUZZ_PROGRAMS_SECONDS (60) from its first FUZZ_SEED_COUNT
// (24) inputs finds nothing.  (Every program of the corpus is also
// replayed on the ASan binary and on wasm by crashproof.test.mjs.)
// Needs clang with libFuzzer (Debian: clang libclang-rt-14-dev); without it
// the test fails with the install command.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'tests', 'fuzz', 'run_fuzz.sh');
const INSTALL = 'apt-get install -y clang libclang-rt-14-dev';

// Runs run_fuzz.sh STEP; returns its status and combined output.
function runFuzz(step, env = {}) {
  const r = spawnSync('bash', [script, step], {
    cwd: root, encoding: 'utf8', timeout: 1_200_000, maxBuffer: 64 << 20,
    env: { ...process.env, ...env },
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return { status: r.status, signal: r.signal, output, error: r.error };
}

// What a failure says: the artifact to reproduce, and the end of the log.
function explain(r) {
  if (r.error) return `run_fuzz.sh did not finish: ${r.error.message}`;
  if (r.status === 2 && /Install (it|them) with/.test(r.output))
    return `clang with libFuzzer is missing: install it with\n  ${INSTALL}\n\n${r.output}`;
  const artifact = r.output.match(/crashing input: (\S+)/);
  const reproduce = r.output.match(/reproduce with: (.*)/);
  return (artifact ? `libFuzzer found a problem; input: ${join(root, artifact[1])}\n`
    + `reproduce with: ${reproduce ? reproduce[1] : `tests/fuzz/run_fuzz.sh run ${artifact[1]}`}\n\n` : '')
    + r.output.split('\n').slice(-60).join('\n');
}

// Each session starts by running every input of its starting corpus
// once (seeds, saved crash inputs, test programs): the regression replay;
// then it mutates them.

test('fuzz: every seed, saved crash input and test program, then a bounded session: no crash, sanitizer report, leak or timeout', () => {
  // A fixed number of inputs, not a time: the session first runs its
  // whole starting corpus (every tests/py program, about 1,000 inputs),
  // then mutates.  The time limit is only a safety net for a slow machine.
  const runs = Number(process.env.FUZZ_RUNS || 2500);
  const seconds = process.env.FUZZ_SECONDS || '600';
  // a generous per-input timeout: other test files run at the same time
  const r = runFuzz('fuzz', { FUZZ_TARGET: 'engine', FUZZ_SECONDS: seconds, FUZZ_RUNS: String(runs),
    FUZZ_TIMEOUT: process.env.FUZZ_TIMEOUT || '10' });
  assert.equal(r.status, 0, explain(r));
  assert.match(r.output, /run_fuzz\.sh: built build\/fuzz\/fuzz_engine\b/,
    'the whole engine must be fuzzed, not the front end only');
  assert.match(r.output, /tests\/fuzz\/crashes\b/, 'the saved crash inputs are replayed');
  assert.match(r.output, /OK \(fuzz/);
  const done = r.output.match(/stat::number_of_executed_units:\s*(\d+)/);
  assert.ok(done && Number(done[1]) >= runs,
    `the session stopped after ${done && done[1]} of ${runs} inputs (time limit ${seconds} s)`);
});

test('fuzz re: every regular-expression seed, then a bounded session of the pattern compiler and matcher: nothing found', () => {
  const seconds = process.env.FUZZ_RE_SECONDS || '20';
  const r = runFuzz('fuzz', { FUZZ_TARGET: 're', FUZZ_SECONDS: seconds,
    FUZZ_TIMEOUT: process.env.FUZZ_TIMEOUT || '10' });
  assert.equal(r.status, 0, explain(r));
  assert.match(r.output, /run_fuzz\.sh: built build\/fuzz\/fuzz_re\b/);
  assert.match(r.output, /OK \(fuzz/);
  const runs = r.output.match(/stat::number_of_executed_units:\s*(\d+)/);
  assert.ok(runs && Number(runs[1]) > 500, `too few inputs ran: ${runs && runs[1]}`);
});

test('fuzz step: every stepping seed, then a bounded session of stepping, back and jump: nothing found', () => {
  const seconds = process.env.FUZZ_STEP_SECONDS || '30';
  const r = runFuzz('fuzz', { FUZZ_TARGET: 'step', FUZZ_SECONDS: seconds,
    FUZZ_TIMEOUT: process.env.FUZZ_TIMEOUT || '20' });
  assert.equal(r.status, 0, explain(r));
  assert.match(r.output, /run_fuzz\.sh: built build\/fuzz\/fuzz_step\b/);
  assert.match(r.output, /OK \(fuzz/);
  const runs = r.output.match(/stat::number_of_executed_units:\s*(\d+)/);
  assert.ok(runs && Number(runs[1]) > 20, `too few inputs ran: ${runs && runs[1]}`);
});

// The structure-aware target starts from the corpus's first inputs only:
// each is a program of up to 200,000 steps (all 200 take minutes under ASan).
const PROGRAM_SEEDS = process.env.FUZZ_SEED_COUNT || '24';

test('fuzz programs: the corpus is the generator\'s; its first inputs and saved crash inputs, then a bounded session: no crash, report or hang', () => {
  const seconds = process.env.FUZZ_PROGRAMS_SECONDS || '60';
  const r = runFuzz('fuzz', { FUZZ_TARGET: 'programs', FUZZ_SECONDS: seconds, FUZZ_SEED_COUNT: PROGRAM_SEEDS,
    FUZZ_TIMEOUT: process.env.FUZZ_TIMEOUT || '300' });
  assert.equal(r.status, 0, explain(r));
  assert.match(r.output, /run_fuzz\.sh: built build\/fuzz\/fuzz_programs\b/);
  assert.match(r.output, /OK \(fuzz/);
  const runs = r.output.match(/stat::number_of_executed_units:\s*(\d+)/);
  assert.ok(runs && Number(runs[1]) >= Number(PROGRAM_SEEDS), `too few inputs ran: ${runs && runs[1]}`);
});
