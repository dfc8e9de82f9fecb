// replay_worker.mjs - a worker thread of tests/crashproof.test.mjs: runs
// each program it is sent through the wasm engine as the page loads it
// (web/engine.mjs, a fresh instance per run), with the limits given, and
// posts back the exit status and the end of stderr.  Output is streamed
// and dropped, never kept.  A thread of its own, so that the test can end
// a run that goes on past its time by terminating it.
import { parentPort } from 'node:worker_threads';
import { runProgram } from '../../web/engine.mjs';

parentPort.on('message', async ({ id, source, maxSteps, maxMemory, maxOutput }) => {
  let tail = '';
  const start = Date.now();
  const r = await runProgram(source, {
    maxSteps, maxMemory, maxOutput,
    onOutput: (stream, text) => {
      if (stream === 'stderr') tail = (tail + text).slice(-4000);
    },
  });
  parentPort.postMessage({ id, status: r.status, tail, ms: Date.now() - start });
});
