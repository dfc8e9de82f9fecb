// bench.mjs - `npm run bench` (./build.sh bench): the Python engine and the
// coroutine core against their peers, each measured in the same run.  It
// prints tables of figures and ratios; it is never a pass/fail test (the
// machines are shared and noisy).  BENCH_ONLY=python, core, stepper, page or embed runs one part;
// BENCH_ROWS=REGEX only the Python rows whose program name matches.
import { benchPython } from './python.mjs';
import { benchCore } from './core.mjs';
import { benchStepper } from './stepper.mjs';
import { benchPage } from './page.mjs';
import { benchEmbed } from './embed.mjs';

const only = process.env.BENCH_ONLY;
if (!only || only === 'python') await benchPython();
if (!only) console.log();
if (!only || only === 'core') await benchCore();
if (!only) console.log();
if (!only || only === 'stepper') await benchStepper();
if (!only) console.log();
if (!only || only === 'page') await benchPage();
if (!only) console.log();
if (!only || only === 'embed') await benchEmbed();
