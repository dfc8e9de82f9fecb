// stepper-worker.mjs - web/stepper.mjs in a Web Worker, so that a program
// that runs away never freezes the page: the page can always terminate the
// worker (web/stepper-client.mjs does, on stop()).
//
// Protocol (structured-clone messages):
//   page -> worker  { wasmModule }         first: the engine, compiled once
//                                          by the page for all its workers
//                   { id, method, args }   method: load, step, back, jump,
//                                          runToEnd, snapshot, reset, stop
//   worker -> page  { id, json }           the snapshot's JSON text
//                   { id, error }          the caller's mistake (a bad
//                                          granularity, no program loaded)
//                   { id, progress }       the event number reached so far,
//                                          while a long step or run goes on
// Calls are answered in the order they came.
import { Stepper } from './stepper.mjs';

const METHODS = new Set(['load', 'step', 'back', 'jump', 'runToEnd', 'snapshot', 'reset', 'stop']);
let stepper = null;
let queue = Promise.resolve();
let wasmModule;                          // from the page, before any call

async function answer({ id, method, args = [] }) {
  try {
    if (!METHODS.has(method)) throw new Error(`stepper worker: no method '${method}'`);
    stepper ??= await Stepper.create({ wasmModule });
    const onProgress = (step) => self.postMessage({ id, progress: step });
    if (method === 'step' || method === 'runToEnd') {
      const last = method === 'step' ? 1 : 0;
      args = [...args];
      args[last] = { ...(args[last] ?? {}), onProgress };
    }
    await stepper[method](...args);
    self.postMessage({ id, json: method === 'stop' ? null : stepper.snapshotJSON() });
  } catch (err) {
    self.postMessage({ id, error: String(err?.message ?? err) });
  }
}

self.onmessage = (message) => {
  if (message.data.wasmModule) {
    wasmModule = message.data.wasmModule;
    return;
  }
  queue = queue.then(() => answer(message.data));
};
