// dist.test.mjs - the distribution as a user gets it: `npm pack` (which
// bundles dist/<version>/ from web/, web/bundle.mjs), the tarball
// installed into an empty folder with no network, then a host page there
// embedding <coro-scope> from node_modules/coroscope/dist/<version>/ and
// the copied playground page, both in headless Chromium; and the CLI the
// package installs.  Every URL inside the folder must be relative, so the
// folder can be copied as is to any static host.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveInChromium } from './lib/browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folder = `dist/${pkg.version}`;
let host, installed, packed, server, browser, baseUrl;

before(async () => {
  host = mkdtempSync(join(tmpdir(), 'coroscope-host-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', host], { cwd: root, encoding: 'utf8' });
  packed = JSON.parse(out)[0];
  writeFileSync(join(host, 'package.json'), JSON.stringify({ name: 'blog', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${packed.filename}`], { cwd: host, stdio: 'pipe' });
  installed = join(host, 'node_modules/coroscope');
  server = await serveInChromium(host);
  ({ url: baseUrl, browser } = server);
});

after(async () => {
  await server?.close();
  if (host) rmSync(host, { recursive: true, force: true });
});

/** Opens a URL on the host, recording every response (workers' too) and every error. */
async function visit(t, path) {
  const page = await browser.newPage({ locale: 'en-US' });
  const responses = [];
  const errors = [];
  page.context().on('response', (r) => responses.push({ url: r.url(), status: r.status() }));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  t.after(() => page.close());
  await page.goto(baseUrl + path);
  return { page, responses, errors };
}

test('npm pack holds the versioned folder, the engine and the CLI; exports name files it holds', () => {
  const files = packed.files.map((f) => f.path);
  for (const name of ['embed.mjs', 'coro-scope.mjs', 'embed-frame.mjs', 'stepper-worker.mjs', 'engine/coroscope.wasm',
    'index.html', 'compare.html', 'embed.html', 'demo/post-ko.html', 'demo/post-en.html', 'demo/iframe.html']) {
    assert.ok(files.includes(`${folder}/${name}`), `${folder}/${name} in the tarball`);
  }
  assert.ok(files.includes('web/cli.mjs') && files.includes('web/engine/coroscope.wasm'));
  assert.ok(!files.some((f) => f.startsWith('tests/') || f.startsWith('core/')), 'no sources or tests shipped');
  for (const [key, target] of Object.entries(pkg.exports)) {
    assert.ok(existsSync(join(installed, target)), `exports ${key} -> ${target} exists once installed`);
  }
  assert.ok(Object.values(pkg.exports).every((p) => !p.includes('/dist/') || p.startsWith(`./${folder}/`)),
    'exports point into the folder of this version');
});

test('every URL in the folder is relative: pages, scripts and the URLs bundled code builds', () => {
  const dir = join(installed, folder);
  const absolute = [];
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!/\.(html|mjs)$/.test(name)) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    for (const m of text.matchAll(/(?:src|href)="(\/[^"]*)"|new URL\("(\/[^"]*)"/g)) absolute.push(`${name}: ${m[1] ?? m[2]}`);
  }
  assert.deepEqual(absolute, []);
});

test('a host page embeds from node_modules with the one script tag: an element and an upgraded code block load, step, and fetch only from the folder', async (t) => {
  writeFileSync(join(host, 'post.html'), `<!doctype html><meta charset="utf-8"><title>post</title>
<p>Before.</p>
<pre class="coro-scope" id="block"><code>print("from the block")</code></pre>
<coro-scope id="one" language="en" granularity="coroutine"><script type="text/x-python">
def gen():
    x = yield 1
    print("got", x)

g = gen()
print(next(g))
try:
    g.send("hello")
except StopIteration:
    print("done")
</script></coro-scope>
<script type="module" src="node_modules/coroscope/${folder}/embed.mjs"></script>`);
  const { page, responses, errors } = await visit(t, 'post.html');
  await page.waitForSelector('#one[data-state="paused"]', { timeout: 30_000 });
  const ended = await page.evaluate(async () => {
    const el = document.getElementById('one');
    await el.runToEnd();
    return el.snapshot.output.stdout;
  });
  assert.equal(ended, '1\ngot hello\ndone\n');
  const block = await page.evaluate(async () => {
    const el = document.querySelector('coro-scope:not(#one)');
    await el.ready;
    await el.runToEnd();
    return el.snapshot.output.stdout;
  });
  assert.equal(block, 'from the block\n');
  const yielded = await page.evaluate(async () => {
    const el = document.getElementById('one');
    await el.reset();
    while (el.snapshot.event?.event !== 'gen_yield' && el.snapshot.state === 'paused') await el.step();
    return el.snapshot.step;
  });
  assert.ok(yielded > 0);
  assert.match(await page.locator('#one .cs-narration').textContent(), /gen#1 yields 1/);
  const failed = responses.filter((r) => r.status >= 400);
  assert.deepEqual(failed, []);
  assert.ok(responses.every((r) => !r.url.startsWith(baseUrl) || r.url === baseUrl + 'post.html'
    || r.url.startsWith(`${baseUrl}node_modules/coroscope/${folder}/`)), 'every fetch stays in the folder');
  assert.equal(responses.filter((r) => r.url.endsWith('.wasm')).length, 1, 'the wasm fetched once for both workers');
  assert.deepEqual(errors, []);
});

test('the copied playground page works from the folder, bundled', async (t) => {
  const { page, responses, errors } = await visit(t, `node_modules/coroscope/${folder}/index.html`);
  await page.waitForSelector('#scope[data-state="paused"]', { timeout: 30_000 });
  await page.evaluate(() => document.getElementById('scope').step());
  assert.equal(await page.locator('#scope .cs-line[data-mark="running"]').count(), 1);
  assert.equal(await page.locator('nav button[data-example]').count() > 10, true);
  assert.deepEqual(responses.filter((r) => r.status >= 400), []);
  assert.ok(!responses.some((r) => r.url.includes('codemirror')), 'the editor is not fetched before editing');
  assert.deepEqual(errors, []);
});

test('the installed CLI runs a program as CPython does', () => {
  const program = join(root, 'tests/py/gen_already_executing.py');
  const out = execFileSync('node', [join(installed, 'web/cli.mjs'), 'run', program], { encoding: 'utf8' });
  assert.equal(out, readFileSync(program.replace(/\.py$/, '.out'), 'utf8'));
});
