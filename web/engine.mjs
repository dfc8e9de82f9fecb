// engine.mjs - loads the Coroscope engine (an Emscripten ES module and its
// .wasm file) the same way in a browser, a worker and Node, and wraps its
// C exports in a small JS API.  Exports that switch coroutines leave their
// results in the engine, so every call here reads them back with getters.
//
//   const result = await runProgram('print("hi")', { onOutput });
//   // { status: 0, stdout: 'hi\n', stderr: '', trace: '' }
//
// Every run gets a fresh instance of the engine (compiled once, then
// instantiated in about a millisecond), so nothing a program does, not
// even an engine fault, can leak into the next run.
import createCoroscope from './engine/coroscope.mjs';

const isNode = typeof process === 'object' && Boolean(process.versions?.node);
const wasmUrl = new URL('./engine/coroscope.wasm', import.meta.url);

// Output streams of core/coroscope.h.
export const Stream = Object.freeze({ stdout: 1, stderr: 2, trace: 3 });
const STREAM_NAMES = { 1: 'stdout', 2: 'stderr', 3: 'trace' };
const RUN_TRACE = 1;
const RUN_PAUSE = 2;
const RUN_DIS = 4;
const RUN_TRACE_LIBRARY = 8;

let compiled;   // Promise of the compiled WebAssembly.Module, shared by all runs

// The JS stack this thread has, in percent of a Node main thread's: in
// wasm every C frame also takes room there, and a Chromium worker has
// about half of Node's, so the engine's C-recursion guards shrink with it
// (cs_set_stack_room).  Measured once, by how deep a trivial function can
// call itself (Node's main thread: about 14,000; under 12,000 counts as
// less room, with a quarter kept as margin).  V8 may compile the probe to
// smaller frames part way down, so the same Chromium worker measures
// anywhere from 6,400 to 10,300 while the engine's own frames stay as
// large: below Node's depth the share is capped at what 6,400 gives.
const NODE_DEPTH = 12_000;
const SMALL_STACK_CAP = 40;
let stackRoom;
function measureStackRoom() {
  let depth = 0;
  const dive = () => { depth++; dive(); };
  try { dive(); } catch { /* RangeError: the depth is the measure */ }
  if (depth >= NODE_DEPTH) return 100;
  return Math.max(10, Math.min(SMALL_STACK_CAP, Math.floor((75 * depth) / NODE_DEPTH)));
}

async function compileWasm({ wasmModule, wasmBinary }) {
  if (wasmModule) return wasmModule;
  if (wasmBinary) return WebAssembly.compile(wasmBinary);
  if (isNode) {
    const { readFile } = await import('node:fs/promises');
    return WebAssembly.compile(await readFile(wasmUrl));
  }
  return WebAssembly.compileStreaming(fetch(wasmUrl));
}

// A fresh engine instance; `extra` becomes part of Emscripten's Module
// object (csOutput, the output callback the C side calls, lives there).
// options.wasmModule: the compiled module, when the caller has it already
// (a page compiles it once for all its workers: web/stepper-client.mjs);
// options.wasmBinary: the .wasm bytes, likewise.
export async function instantiate(options = {}, extra = {}) {
  compiled ??= compileWasm(options);
  stackRoom ??= measureStackRoom();
  const wasmModule = await compiled;
  const m = await createCoroscope({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule));
      return {};
    },
    print: () => {},
    printErr: () => {},
    ...extra,
  });
  m._cs_set_stack_room(stackRoom);
  return m;
}

// Copies the program into the engine's memory: a JS string as UTF-8, or
// a file's bytes as they are (the engine decodes them as CPython does:
// BOM, coding cookie, invalid UTF-8).  Returns [ptr, bytes]; the caller
// frees ptr with m._free.
export function copyIn(m, source) {
  if (typeof source === 'string') {
    const bytes = m.lengthBytesUTF8(source);
    const ptr = m._malloc(bytes + 1);
    if (!ptr) throw new Error('engine: out of memory for the program text');
    m.stringToUTF8(source, ptr, bytes + 1);
    return [ptr, bytes];
  }
  const ptr = m._malloc(source.length + 1);
  if (!ptr) throw new Error('engine: out of memory for the program text');
  m.HEAPU8.set(source, ptr);
  m.HEAPU8[ptr + source.length] = 0;
  return [ptr, source.length];
}

/**
 * Runs `source` (a string, or a file's bytes as a Uint8Array) as main.py.
 * Options: trace (JSON-lines step events on the trace stream), pause
 * (switch back to JS at every event and go on at once, as stepping does:
 * it must change nothing the program prints), maxSteps, maxMemory and
 * maxOutput (bytes of stdout + stderr; 0 = no limit, the default for all
 * three), onOutput(stream, text) called as output arrives ('stdout' |
 * 'stderr' | 'trace'), keepOutput (collect the output in the result;
 * default: only when there is no onOutput, so a streamed run holds none
 * of it).  Resolves to { status, stdout, stderr, trace, pauses, runMs,
 * peakMemory }: status is the program's exit status (0, 1 for an uncaught
 * exception or a syntax error, 3 when a limit stopped it, 4 for a
 * deadlock); runMs the run's real time and peakMemory the most engine
 * bytes in use (for benchmarks).
 */
export async function runProgram(source, options = {}) {
  const out = { stdout: '', stderr: '', trace: '' };
  const keep = options.keepOutput ?? !options.onOutput;
  const emit = (stream, text) => {
    if (keep) out[stream] += text;
    options.onOutput?.(stream, text);
  };
  const m = await instantiate(options, {
    csOutput: (stream, text) => emit(STREAM_NAMES[stream] ?? 'stderr', text),
  });
  let status, pauses = 0, runMs = 0, peakMemory = 0;
  try {
    m._cs_set_limits(options.maxSteps ?? 0, options.maxMemory ?? 0);
    m._cs_set_output_limit(options.maxOutput ?? 0);
    const [ptr, bytes] = copyIn(m, source);
    const flags = options.disassemble ? RUN_DIS
      : (options.trace ? RUN_TRACE : 0) | (options.pause ? RUN_PAUSE : 0)
        | (options.traceLibrary ? RUN_TRACE_LIBRARY : 0);
    m._cs_run(ptr, bytes, flags);
    status = m._cs_exit_status();
    pauses = m._cs_pause_count();
    runMs = m._cs_run_ms();
    peakMemory = m._cs_peak_memory();
  } catch (err) {
    // An engine fault (a bug, never a program's error): report, don't crash.
    emit('stderr', `coroscope: internal error: ${err?.message ?? err}\n`);
    status = 70;
  }
  return { status, ...out, pauses, runMs, peakMemory };
}

/**
 * The bytecode `source` compiles to, as `coroscope dis` prints it.
 * Resolves to { status, stdout, stderr }: status 1 and the syntax error on
 * stderr when it does not compile.
 */
export async function disassemble(source, options = {}) {
  const { status, stdout, stderr } = await runProgram(source, { ...options, disassemble: true });
  return { status, stdout, stderr };
}

// The engine's version, from an instance of its own.
export async function loadEngine(options = {}) {
  return new Engine(await instantiate(options));
}

export class Engine {
  #m;
  constructor(module) { this.#m = module; }

  get version() { return this.#m.UTF8ToString(this.#m._cs_version()); }
}
