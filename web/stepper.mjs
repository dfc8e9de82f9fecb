// stepper.mjs - walk through a Python program one event at a time, forward
// and back, with a complete snapshot of its state at every step.  One plain
// ES module, the same in Node and in a browser worker (web/stepper-worker.mjs
// wraps it for pages; web/stepper-client.mjs talks to that worker).
//
//   const stepper = await Stepper.create();
//   let snap = await stepper.load(source, { maxSteps: 1e6 });   // step 0, or ended (syntax error)
//   snap = stepper.step('line');          // 'line' | 'coroutine' | 'scheduler' | 'all'
//   snap = stepper.step({ granularity: 'all', object: { kind: 'task', id: 2 } });
//   snap = stepper.back('line');          // the previous step of that granularity
//   snap = stepper.jump(40);              // the step at event 40
//   snap = stepper.runToEnd();            // the end: snap.end says how it ended
//
// Snapshots are plain objects (web/snapshot.schema.json): snap.step is the
// number of the event paused at (0 before the first), snap.state 'paused'
// or 'ended'.  Ending is never an exception: a syntax error, an uncaught
// exception, a spent budget, the memory cap, a deadlock are all in snap.end.
//
// Back and jump give exactly the snapshot first seen at that step.  How:
// the program always gives the same events (the engine numbers them and
// logs each one's kind and object), so a step of any granularity is found
// in the log without running anything; its snapshot comes from a cache of
// the snapshots already seen (bounded by cacheBytes, least recently used
// out first), or else the program is loaded again and run, without
// pausing, straight to that event (a replay from the start: a few
// milliseconds for the article's programs).  Memory stays bounded: the
// cache, and an event log of at most 2^21 events (8 bytes each); beyond
// the log, back() finds its step by replaying with pauses.
import { instantiate, copyIn } from './engine.mjs';

const STATE = { 0: 'empty', 1: 'paused', 2: 'ended' };
const SELECT = { generator: 1, coroutine: 1, async_generator: 1, task: 2, future: 2 };
const LOG_MAX = 2 ** 21;            // events the JS copy of the log keeps (core: the same)
const PAUSABLE = 0x100;
const decoder = new TextDecoder();

/** Granularities by name (each is a mask over the trace's event kinds). */
export const GRANULARITIES = Object.freeze(['line', 'coroutine', 'scheduler', 'all']);

export class Stepper {
  #m;                  // the engine instance (Emscripten module)
  #options = {};       // create() options (to make a new instance after a fault)
  #source = null;      // the program loaded (string or bytes)
  #limits = {};        // its load options
  #kinds = [];         // event kind names, by number
  #masks = new Map();  // granularity name -> mask
  #cache = new Map();  // event number (or 'end') -> snapshot JSON, least recently used first
  #cacheBytes = 0;
  #cacheLimit;
  #log = new Uint32Array(2 * 4096);   // copy of the engine's event log
  #known = 0;          // events in #log
  #end = null;         // total events, once the program has been seen to end
  #live = 0;           // where the engine's session is: event number, or -1 if none
  #liveEnded = false;
  #view = 0;           // step of the snapshot last returned ('end' = the end)
  #json = null;        // that snapshot's JSON

  /** A stepper with an engine instance of its own.  options: wasmBinary, cacheBytes (default 64 MB), onOutput(stream, text). */
  static async create(options = {}) {
    const stepper = new Stepper(options);
    await stepper.#instantiate();
    return stepper;
  }

  constructor(options = {}) {
    this.#options = options;
    this.#cacheLimit = options.cacheBytes ?? 64 * 1024 * 1024;
  }

  async #instantiate() {
    const onOutput = this.#options.onOutput;
    this.#m = await instantiate(this.#options, {
      csOutput: onOutput ? (stream, text) => onOutput(stream === 2 ? 'stderr' : 'stdout', text) : () => {},
    });
    const m = this.#m;
    this.#kinds = [];
    for (let k = 0; m._cs_kind_name(k); k++) this.#kinds.push(m.UTF8ToString(m._cs_kind_name(k)));
    for (const name of GRANULARITIES) {
      const [ptr] = copyIn(m, name);
      this.#masks.set(name, m._cs_granularity(ptr));
      m._free(ptr);
    }
  }

  /** The event kind names, in the engine's order (bit k of a mask is kind k). */
  get kinds() { return [...this.#kinds]; }
  /** Events known so far, and the total once the end has been seen (else null). */
  get events() { return { known: this.#known, total: this.#end }; }

  /**
   * Loads a program (string, or a file's bytes) and resolves to the snapshot
   * of step 0, or the end if it does not compile (the only asynchronous
   * call: after an engine fault it makes a new engine instance).  options: maxSteps (the
   * program's statement budget, 0 = none), maxMemory (bytes, 0 = none),
   * maxOutput (bytes, 0 = none), traceLibrary.
   */
  async load(source, options = {}) {
    if (this.#faulted) {                         // a fresh instance after an engine fault
      this.#faulted = null;
      await this.#instantiate();
    }
    this.#source = source;
    this.#limits = { ...options };
    this.#cache.clear();
    this.#cacheBytes = 0;
    this.#known = 0;
    this.#end = null;
    this.#live = -1;
    this.#reload();
    return this.#show(0);
  }

  /** Loads the same program again: step 0 (its snapshots stay cached). */
  reset() {
    this.#needLoaded();
    return this.#goto(0);
  }

  /**
   * The next step: the first event after this one of the granularity's
   * kinds ('line', 'coroutine', 'scheduler', 'all', or { kinds: [...] }),
   * optionally only those concerning one object: { granularity, object:
   * { kind: 'generator' | 'task', id } } ("until it has its next event").
   * options.maxEvents: pause after that many events anyway (0 = none).
   */
  step(granularity = 'line', options = {}) {
    this.#needLoaded();
    const { mask, kind, id } = this.#selector(granularity);
    if (this.#view === 'end') return this.#show('end');
    const from = this.#view;
    const found = this.#findForward(from, mask, kind, id);
    if (found) return this.#goto(found);
    if (this.#end !== null && this.#known >= this.#end) return this.#show('end');
    this.#advanceTo(from);
    if (this.#liveEnded) return this.#show('end');
    this.#run(options, (n) => this.#m._cs_step(mask, kind, id, 0, n),
      () => this.#live <= this.#known ? this.#matches(this.#live, mask, kind, id) : true);
    return this.#capture();
  }

  /** The step before this one of that granularity (step 0 if none). */
  back(granularity = 'line') {
    this.#needLoaded();
    const { mask, kind, id } = this.#selector(granularity);
    const from = this.#view === 'end' ? this.#end + 1 : this.#view;
    if (from <= 0) return this.#show(0);
    if (from - 1 > this.#known) return this.#scanBack(from, mask, kind, id);
    for (let e = from - 1; e >= 1; e--)
      if (this.#matches(e, mask, kind, id)) return this.#goto(e);
    return this.#goto(0);
  }

  /** The step at event n (the first event from n on at which a pause is allowed), or the end. */
  jump(n) {
    this.#needLoaded();
    n = Math.max(0, Math.floor(Number(n) || 0));
    if (this.#end !== null && n > this.#end) return this.#show('end');
    for (let e = n; e >= 1 && e <= this.#known; e++)
      if (this.#pausable(e)) return this.#goto(e);
    return this.#goto(n);
  }

  /**
   * Runs to the end.  options.maxEvents: pause after that many events if
   * not there yet; options.onProgress(step): called every options.chunk
   * events (default 50,000) while it runs (step() takes both too).
   */
  runToEnd(options = {}) {
    this.#needLoaded();
    if (this.#view === 'end' || (this.#end !== null && this.#cache.has('end'))) return this.#show('end');
    if (options.maxEvents || this.#live < 0) this.#advanceTo(this.#view);   // else on from where the session is
    if (!this.#liveEnded) this.#run(options, (n) => this.#m._cs_run_to_end(n), () => false);
    return this.#capture();
  }

  // Runs the session with go(maxEvents) until arrived() or the end, in
  // chunks when someone wants progress reports, within options.maxEvents.
  #run(options, go, arrived) {
    const chunk = options.onProgress ? options.chunk ?? 50_000 : 0;
    let budget = options.maxEvents ?? 0;
    for (;;) {
      const n = chunk && (!budget || chunk < budget) ? chunk : budget;
      const start = this.#live;
      this.#call(() => go(n));
      this.#afterCall();
      if (this.#liveEnded || !n || arrived()) return;
      if (budget && (budget -= this.#live - start) <= 0) return;
      options.onProgress?.(this.#live);
    }
  }

  /** The snapshot last returned (parsed again: callers may change theirs). */
  snapshot() {
    this.#needLoaded();
    return JSON.parse(this.#json);
  }

  /** Its JSON text, exactly as the engine wrote it. */
  snapshotJSON() {
    this.#needLoaded();
    return this.#json;
  }

  /** Ends the program now (it stops at its next step); load() starts again. */
  stop() {
    if (this.#m && this.#live >= 0) this.#call(() => this.#m._cs_free());
    this.#live = -1;
    this.#source = null;
    this.#cache.clear();
    this.#cacheBytes = 0;
  }

  // ---- the log ----

  #needLoaded() {
    if (this.#source === null) throw new Error('stepper: no program loaded (call load first)');
  }

  #selector(granularity) {
    const spec = typeof granularity === 'string' ? { granularity } : granularity ?? {};
    let mask = 0;
    if (spec.kinds) {
      for (const k of spec.kinds) {
        const i = this.#kinds.indexOf(k);
        if (i < 0) throw new Error(`stepper: unknown event kind '${k}'`);
        mask |= 1 << i;
      }
    } else {
      const name = spec.granularity ?? 'all';
      if (!this.#masks.has(name)) throw new Error(`stepper: unknown granularity '${name}' (${GRANULARITIES.join(', ')})`);
      mask = this.#masks.get(name);
    }
    const object = spec.object;
    const kind = object ? SELECT[object.kind] ?? 0 : 0;
    if (object && !kind) throw new Error(`stepper: cannot select a '${object.kind}' (generator, task)`);
    return { mask: mask >>> 0, kind, id: object ? Number(object.id) : 0 };
  }

  // Copies what the engine logged beyond what we know.
  #syncLog() {
    const m = this.#m;
    const n = Math.min(m._cs_log_len(), LOG_MAX);
    if (n <= this.#known) return;
    if (2 * n > this.#log.length) {
      const bigger = new Uint32Array(Math.max(2 * n, 2 * this.#log.length));
      bigger.set(this.#log.subarray(0, 2 * this.#known));
      this.#log = bigger;
    }
    const base = m._cs_log() >>> 2;
    this.#log.set(m.HEAPU32.subarray(base + 2 * this.#known, base + 2 * n), 2 * this.#known);
    this.#known = n;
  }

  #pausable(e) { return (this.#log[2 * (e - 1)] & PAUSABLE) !== 0; }

  #matches(e, mask, kind, id) {
    const word = this.#log[2 * (e - 1)];
    if (!(word & PAUSABLE) || !((mask >>> (word & 0xff)) & 1)) return false;
    return !kind || (this.#objectKind(word & 0xff) === kind && this.#log[2 * e - 1] === id);
  }

  // The object kind an event concerns (core/host/step.c object_kind_of).
  #objectKind(k) {
    const name = this.#kinds[k];
    if (name === 'line' || name.startsWith('exception_') || name.startsWith('gen_')) return 1;
    if (name.startsWith('task_') || name === 'future_done' || name === 'call_soon') return 2;
    return 0;
  }

  #findForward(from, mask, kind, id) {
    for (let e = from + 1; e <= this.#known; e++)
      if (this.#matches(e, mask, kind, id)) return e;
    return 0;
  }

  // back() past the end of the log: replay, pausing at every match before `from`.
  #scanBack(from, mask, kind, id) {
    this.#reload();
    let last = 0;
    while (!this.#liveEnded) {
      this.#call(() => this.#m._cs_step(mask, kind, id, from, 0));
      this.#afterCall();
      if (this.#liveEnded || this.#live >= from) break;
      last = this.#live;
    }
    return this.#goto(last);
  }

  // ---- moving the engine's session ----

  // A fresh session of the program: paused at 0, or ended (syntax error).
  #reload() {
    const m = this.#m;
    const { maxSteps = 0, maxMemory = 0, maxOutput = 0, traceLibrary = false } = this.#limits;
    this.#call(() => {
      m._cs_set_limits(maxSteps, maxMemory);
      m._cs_set_output_limit(maxOutput);
      const [ptr, bytes] = copyIn(m, this.#source);
      m._cs_load(ptr, bytes, traceLibrary ? 8 : 0);
      m._free(ptr);
    });
    this.#afterCall();
  }

  // Where the session is after a call (and what it logged).
  #afterCall() {
    const m = this.#m;
    if (this.#faulted) return;
    this.#syncLog();
    const state = STATE[m._cs_state()];
    this.#liveEnded = state !== 'paused';
    this.#live = m._cs_paused_at();
    if (this.#liveEnded) this.#end = m._cs_event_count();
  }

  // Brings the session to event `to` (a step seen before) from wherever it is.
  #advanceTo(to) {
    if (this.#live === to && !this.#liveEnded) return;
    if (this.#live < 0 || this.#live > to || this.#liveEnded) this.#reload();
    if (to > 0 && !this.#liveEnded && this.#live < to) {
      this.#call(() => this.#m._cs_step(0, 0, 0, to, 0));
      this.#afterCall();
    }
  }

  // The snapshot at event n (pausable, or 0), from the cache or the engine.
  #goto(n) {
    if (this.#cache.has(n)) return this.#show(n);
    this.#advanceTo(n);
    return this.#capture();
  }

  // The snapshot of where the session is now, cached and shown.
  #capture() {
    this.#afterCall();
    const key = this.#liveEnded ? 'end' : this.#live;
    if (!this.#cache.has(key)) this.#remember(key, this.#readSnapshot());
    return this.#show(key);
  }

  #readSnapshot() {
    if (this.#faulted) return this.#faultJSON();
    const m = this.#m;
    let json;
    this.#call(() => {
      const ptr = m._cs_snapshot();
      const len = m._cs_snapshot_len();
      json = decoder.decode(m.HEAPU8.subarray(ptr, ptr + len));
    });
    return json ?? this.#faultJSON();
  }

  #remember(key, json) {
    this.#cache.set(key, json);
    this.#cacheBytes += json.length;
    for (const [k, v] of this.#cache) {
      if (this.#cacheBytes <= this.#cacheLimit || k === key) break;
      this.#cache.delete(k);
      this.#cacheBytes -= v.length;
    }
  }

  #show(key) {
    let json = this.#cache.get(key);
    if (json === undefined) {                    // evicted: take it again
      return key === 'end' ? this.runToEnd() : this.#goto(key);
    }
    this.#cache.delete(key);                     // most recently used last
    this.#cache.set(key, json);
    this.#view = key;
    this.#json = json;
    return JSON.parse(json);
  }

  // ---- engine faults (a bug, never the program's doing) ----

  #faulted = null;

  // Runs an engine call; a trap ends the program with reason "engine_error"
  // and the next load gets a fresh instance.
  #call(fn) {
    if (this.#faulted) return;
    try {
      fn();
    } catch (err) {
      this.#faulted = String(err?.message ?? err);
      this.#liveEnded = true;
      this.#end = this.#known;
      this.#live = this.#known;
    }
  }

  #faultJSON() {
    return JSON.stringify({
      version: 1, step: this.#known, state: 'ended', event: null, clock: 0.0,
      stack: [], generators: [], tasks: [], futures: [], ready: [], timers: [], handling: null,
      output: { stdout: '', stderr: '', stdout_bytes: 0, stderr_bytes: 0 },
      end: { reason: 'engine_error', exit_status: 70, message: `internal error: ${this.#faulted}` },
    });
  }
}
