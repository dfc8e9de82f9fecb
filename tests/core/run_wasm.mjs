// run_wasm.mjs - run an Emscripten test program (ES module + .wasm) under
// Node the way the browser loads it: import the module, hand it the bytes.
// Usage: node tests/core/run_wasm.mjs build/wasm/coro_test.mjs [args...]
// The program's exit status (from main, with -sEXIT_RUNTIME=1) becomes
// this process's.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [modulePath, ...args] = process.argv.slice(2);
const url = pathToFileURL(resolve(modulePath));
const { default: create } = await import(url.href);
await create({
  wasmBinary: readFileSync(new URL(url.href.replace(/\.mjs$/, '.wasm'))),
  arguments: args,
  print: (line) => process.stdout.write(`${line}\n`),
  printErr: (line) => process.stderr.write(`${line}\n`),
  onExit: (status) => { process.exitCode = status; },
});
