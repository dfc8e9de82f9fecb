// bundle.mjs - the distribution: dist/<version>/, one folder to copy as is
// to any static host (GitHub Pages, a blog's assets/) or to serve from a
// package CDN.  Every URL in it is relative, and the version is in the
// folder's name, so a post that pins 0.1.0 keeps working when 0.2.0 is
// copied beside it.
//
//   dist/0.1.0/embed.mjs          the one script tag for blog posts
//   dist/0.1.0/coro-scope.mjs     the <coro-scope> element alone
//   dist/0.1.0/stepper-worker.mjs each playground's worker, engine glue included
//   dist/0.1.0/engine/coroscope.wasm
//   dist/0.1.0/*-HASH.mjs         shared code and the lazily loaded editor
//   dist/0.1.0/index.html, compare.html, embed.html, demo/   the pages
//
// Entries and chunks sit side by side at the folder's top, as their
// sources do in web/, so URLs made with import.meta.url (the worker, the
// wasm) resolve the same bundled or not.  Run by build.sh after make:
//   node web/bundle.mjs            (prints the folder)
import { fileURLToPath } from 'node:url';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { buildVendor } from './coro-scope/vendor.mjs';

const web = (path) => fileURLToPath(new URL(path, import.meta.url));
export const VERSION = JSON.parse(readFileSync(web('../package.json'), 'utf8')).version;
export const DIST = web(`../dist/${VERSION}`);

const ENTRIES = ['embed.mjs', 'coro-scope.mjs', 'embed-frame.mjs', 'gallery-page.mjs', 'stepper-worker.mjs'];
const PAGES = ['index.html', 'compare.html', 'embed.html', 'demo'];

/** Builds dist/<version>/ afresh from web/ (the engine must be built: make). */
export async function bundle({ outdir = DIST } = {}) {
  if (!existsSync(web('engine/coroscope.wasm'))) throw new Error('bundle.mjs: web/engine/coroscope.wasm is missing: run make first');
  await buildVendor();
  rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: ENTRIES.filter((name) => existsSync(web(name))).map((name) => web(name)),
    outdir, bundle: true, splitting: true, format: 'esm', minify: true, target: 'es2022',
    entryNames: '[name]', chunkNames: '[name]-[hash]', legalComments: 'none', logLevel: 'warning',
    outExtension: { '.js': '.mjs' }, external: ['node:*'],             // engine.mjs reads the wasm with node:fs only under Node
  });
  mkdirSync(`${outdir}/engine`, { recursive: true });
  cpSync(web('engine/coroscope.wasm'), `${outdir}/engine/coroscope.wasm`);
  for (const page of PAGES) if (existsSync(web(page))) cpSync(web(page), `${outdir}/${page}`, { recursive: true });
  return outdir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(`bundle.mjs: ${await bundle()}`);
