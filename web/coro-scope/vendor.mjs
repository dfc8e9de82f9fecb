// vendor.mjs - bundles the code panel's npm dependencies with esbuild:
// CodeMirror 6 into web/vendor/codemirror.mjs (the editor, loaded when a
// reader edits) and the Lezer Python highlighter into
// web/vendor/highlight.mjs (the read-only view's colours).  Run by
// build.sh and by tests/page.test.mjs, so a clean clone gets it either way:
//   node web/coro-scope/vendor.mjs
import { fileURLToPath } from 'node:url';
import { existsSync, statSync } from 'node:fs';
import * as esbuild from 'esbuild';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const BUNDLES = [
  { entry: here('./codemirror-entry.mjs'), outfile: here('../vendor/codemirror.mjs') },
  { entry: here('./highlight-entry.mjs'), outfile: here('../vendor/highlight.mjs') },
];

/** Writes each bundle unless it is newer than its entry and package-lock.json; returns their paths. */
export async function buildVendor({ force = false } = {}) {
  const lock = here('../../package-lock.json');
  for (const { entry, outfile } of BUNDLES) {
    const fresh = existsSync(outfile)
      && statSync(outfile).mtimeMs > Math.max(statSync(entry).mtimeMs, statSync(lock).mtimeMs);
    if (fresh && !force) continue;
    await esbuild.build({
      entryPoints: [entry], outfile, bundle: true, format: 'esm', minify: true,
      target: 'es2022', legalComments: 'none', logLevel: 'warning',
    });
  }
  return BUNDLES.map((b) => b.outfile);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const out of await buildVendor({ force: process.argv.includes('--force') })) {
    console.log(`vendor.mjs: ${out} (${Math.round(statSync(out).size / 1024)} KB)`);
  }
}
