// engine.mjs - loads the Coroscope engine (an Emscripten ES module and its
// .wasm file) the same way in a browser, a worker and Node, and wraps its
// C exports in a small JS API.  Exports that switch coroutines leave their
// results in the engine, so every call here reads them back with getters.
import createCoroscope from './engine/coroscope.mjs';

const isNode = typeof process === 'object' && Boolean(process.versions?.node);

async function wasmBytesForNode() {
  const { readFile } = await import('node:fs/promises');
  return readFile(new URL('./engine/coroscope.wasm', import.meta.url));
}

// Status numbers of core/coro.h, by name.
export const CoroStatus = Object.freeze({ 0: 'created', 1: 'running', 2: 'suspended', 3: 'dead' });

export async function loadEngine(options = {}) {
  const wasmBinary = options.wasmBinary ?? (isNode ? await wasmBytesForNode() : undefined);
  const module = await createCoroscope({
    ...(wasmBinary ? { wasmBinary } : {}),
    print: options.print ?? (() => {}),
    printErr: options.printErr ?? (() => {}),
  });
  return new Engine(module);
}

export class Engine {
  #m;
  constructor(module) { this.#m = module; }

  get version() { return this.#m.UTF8ToString(this.#m._cs_version()); }

  // A C counter coroutine: see cs_counter_new in core/coroscope.h.
  counter(start, step) {
    const handle = this.#m._cs_counter_new(start, step);
    if (handle < 0) throw new Error('engine: out of memory creating a coroutine');
    return new Counter(this.#m, handle);
  }
}

class Counter {
  #m;
  #handle;
  constructor(module, handle) { this.#m = module; this.#handle = handle; }

  // Resume with a value; returns { value, status } or throws the engine's error.
  resume(sent = 0) {
    this.#m._cs_counter_resume(this.#handle, sent);
    const status = this.#m._cs_result_status();
    const text = this.#m.UTF8ToString(this.#m._cs_result_text());
    if (status < 0) throw new Error(`engine: ${text}`);
    return { value: this.#m._cs_result_value(), status: text };
  }

  free() {
    const r = this.#m._cs_counter_free(this.#handle);
    if (r < 0) throw new Error(`engine: cannot free coroutine (${-r})`);
  }
}
