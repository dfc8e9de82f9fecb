// vendor.mjs - bundles CodeMirror 6 (npm dependencies) into
// web/vendor/codemirror.mjs with esbuild, for the code panel.  Run by
// build.sh and by tests/page.test.mjs, so a clean clone gets it either way:
//   node web/coro-scope/vendor.mjs
import { fileURLToPath } from 'node:url';
import { existsSync, statSync } from 'node:fs';
import * as esbuild from 'esbuild';

const entry = fileURLToPath(new URL('./codemirror-entry.mjs', import.meta.url));
const outfile = fileURLToPath(new URL('../vendor/codemirror.mjs', import.meta.url));

/** Writes the bundle unless it is newer than its entry and package-lock.json. */
export async function buildVendor({ force = false } = {}) {
  const lock = fileURLToPath(new URL('../../package-lock.json', import.meta.url));
  const fresh = existsSync(outfile)
    && statSync(outfile).mtimeMs > Math.max(statSync(entry).mtimeMs, statSync(lock).mtimeMs);
  if (fresh && !force) return outfile;
  await esbuild.build({
    entryPoints: [entry], outfile, bundle: true, format: 'esm', minify: true,
    target: 'es2022', legalComments: 'none', logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = await buildVendor({ force: process.argv.includes('--force') });
  console.log(`vendor.mjs: ${out} (${Math.round(statSync(out).size / 1024)} KB)`);
}
