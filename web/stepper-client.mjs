// stepper-client.mjs - a page's handle on a stepping engine running in a
// worker of its own (web/stepper-worker.mjs): every method of
// web/stepper.mjs, as promises.  Several clients = several independent
// programs on one page.
//
//   const client = new StepperClient();
//   client.onProgress = (step) => label.textContent = `step ${step}...`;
//   let snap = await client.load(source, { maxSteps: 100_000 });
//   snap = await client.step('line');
//   snap = await client.runToEnd();        // a runaway: call client.stop()
//
// stop() terminates the worker at once, whatever it is doing (even deep in
// a single long builtin call), starts a fresh one, and settles every call
// still pending with the same stopped state:
//   { state: 'stopped', step: N, message: 'stopped after N steps' }
// where N is the last event the worker reported.  continueWith({ maxSteps })
// loads the program again with new limits and goes back to that step.
//
// The engine's .wasm is fetched and compiled once per page, by the first
// client, and the compiled module is handed to every worker: five
// playgrounds on a page download it once, and a worker never waits on a
// fetch of its own.

let compiledEngine = null;     // Promise of the WebAssembly.Module, per page

/** Starts fetching and compiling the engine (idempotent): call it early to overlap the download. */
export function prepareEngine(url = new URL('./engine/coroscope.wasm', import.meta.url)) {
  compiledEngine ??= WebAssembly.compileStreaming(fetch(url)).catch(async () =>
    // a host serving .wasm without its MIME type: compile from the bytes
    WebAssembly.compile(await (await fetch(url)).arrayBuffer()));
  return compiledEngine;
}

export class StepperClient {
  #url;
  #worker = null;
  #next = 1;
  #pending = new Map();     // id -> { resolve, reject }
  #source = null;
  #options = {};
  #progress = 0;            // the furthest event the worker reported
  /** Called with the event number reached while a long call runs. */
  onProgress = null;

  #engine;                  // Promise of the compiled engine module

  constructor(options = {}) {
    this.#url = options.workerUrl ?? new URL('./stepper-worker.mjs', import.meta.url);
    this.#engine = options.wasmModule ? Promise.resolve(options.wasmModule) : prepareEngine(options.wasmUrl);
    this.#spawn();
  }

  #spawn() {
    this.#worker = new Worker(this.#url, { type: 'module' });
    const worker = this.#worker;
    // the module goes first; calls posted meanwhile wait behind it
    this.#ready = this.#engine.then((wasmModule) => worker.postMessage({ wasmModule }));
    this.#worker.onmessage = ({ data }) => this.#receive(data);
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#failAll(new Error(`stepper worker failed: ${event.message ?? 'unknown error'}`));
    };
  }

  #receive({ id, json, error, progress }) {
    const call = this.#pending.get(id);
    if (!call) return;
    if (progress !== undefined) {
      this.#progress = Math.max(this.#progress, progress);
      this.onProgress?.(progress);
      return;
    }
    this.#pending.delete(id);
    if (error !== undefined) {
      call.reject(new Error(error));
      return;
    }
    const snap = json === null ? null : JSON.parse(json);
    if (snap) this.#progress = snap.step;
    call.resolve(snap);
  }

  #failAll(err) {
    for (const call of this.#pending.values()) call.reject(err);
    this.#pending.clear();
  }

  #ready;                   // resolves once this worker has the engine module

  #call(method, ...args) {
    const id = this.#next++;
    const worker = this.#worker;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#ready.then(() => worker.postMessage({ id, method, args }), reject);
    });
  }

  /** Loads a program (see Stepper.load for the options): step 0, or its end. */
  load(source, options = {}) {
    this.#source = source;
    this.#options = { ...options };
    this.#progress = 0;
    return this.#call('load', source, options);
  }

  step(granularity = 'line', options = {}) { return this.#call('step', granularity, options); }
  back(granularity = 'line') { return this.#call('back', granularity); }
  jump(n) { return this.#call('jump', n); }
  runToEnd(options = {}) { return this.#call('runToEnd', options); }
  snapshot() { return this.#call('snapshot'); }
  reset() { return this.#call('reset'); }

  /**
   * Stops whatever runs: terminates the worker and starts a fresh one
   * (the program is no longer loaded).  Resolves to the stopped state,
   * which every pending call also resolves to.
   */
  async stop() {
    const step = this.#progress;
    const stopped = { state: 'stopped', step, message: `stopped after ${step} steps` };
    this.#worker.terminate();
    for (const call of this.#pending.values()) call.resolve(stopped);
    this.#pending.clear();
    this.#spawn();
    return stopped;
  }

  /**
   * After stop(): loads the program again with these limits merged in
   * (e.g. a larger maxSteps) and returns to the step where it stopped.
   */
  async continueWith(options = {}) {
    if (this.#source === null) throw new Error('stepper client: nothing was loaded');
    const at = this.#progress;
    const snap = await this.load(this.#source, { ...this.#options, ...options });
    return at > 0 && snap.state === 'paused' ? this.jump(at) : snap;
  }

  /** Ends the worker for good. */
  close() {
    this.#worker.terminate();
    this.#failAll(new Error('stepper client closed'));
  }
}
