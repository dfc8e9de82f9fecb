// embed.mjs - the one script tag a blog post needs:
//   <script type="module" src="/assets/coroscope/embed.mjs"></script>
// It is small on its own: it finds the post's playgrounds, reserves their
// height at once (so the post never jumps) and imports the element, the
// engine and the wasm only when one comes near the viewport or a reader
// focuses or touches it (lazy.mjs).
//
// Two kinds of embed:
//  - <coro-scope> elements written in the post (example=..., or code in a
//    <script type="text/x-python"> or a <pre> inside);
//  - marked code blocks: a block (or its wrapper) with the class
//    "coro-scope" or a data-coro-scope attribute, as a kramdown IAL
//    `{: .coro-scope }`, a Hugo fence attribute `{class="coro-scope"}`,
//    an MkDocs fence `{ .python .coro-scope }` or a Docusaurus wrapper
//    <div className="coro-scope"> produce.  Each becomes a <coro-scope>
//    holding the block's code as text; the block's data-language,
//    data-theme, data-step, data-granularity, data-panels and data-height
//    become the element's attributes.  Without JavaScript the block simply
//    stays a code block: nothing is hidden beforehand.
// An embed without a panels attribute shows the code, the objects, the
// event loop and the console: the timeline needs more height than a post
// usually gives, so a post asks for it (panels="... timeline").
import { codeText, inlineSource, inlineScript } from './coro-scope/code-text.mjs';
import { whenWanted } from './coro-scope/lazy.mjs';
import { reservedHeight, reserve, DEFAULT_PANELS, linesIn } from './coro-scope/embed-size.mjs';

const MARKED = '.coro-scope, [data-coro-scope]';
const OPTIONS = ['language', 'theme', 'step', 'granularity', 'panels', 'height'];

const prepared = new WeakSet();   // elements already reserved and watched
let element = null;     // the import of the element's module, started once
const loadElement = () => (element ??= import('./coro-scope/element.mjs'));

/** Upgrades the marked code blocks in `root`, then prepares every <coro-scope> in it. */
export function embedAll(root = document) {
  for (const block of root.querySelectorAll(MARKED)) {
    if (block.localName !== 'coro-scope' && !block.closest('coro-scope')) upgradeBlock(block);
  }
  for (const scope of root.querySelectorAll('coro-scope')) prepare(scope);
}

/** Replaces a marked block with a <coro-scope> holding its code; the block stays visible inside until it starts. */
function upgradeBlock(marked) {
  const block = marked.localName === 'code' ? marked.closest('pre') ?? marked : marked;
  const scope = document.createElement('coro-scope');
  for (const name of OPTIONS) {
    const value = marked.dataset[name];
    if (value) scope.setAttribute(name, value);
  }
  const script = inlineScript(codeText(block));
  block.replaceWith(scope);
  scope.append(script, block);
  return scope;
}

/** Reserves an element's height, makes it focusable, and starts it when wanted. */
function prepare(scope) {
  if (prepared.has(scope)) return;
  prepared.add(scope);
  if (!scope.hasAttribute('loading')) scope.setAttribute('loading', 'lazy');
  if (!scope.hasAttribute('panels')) scope.setAttribute('panels', DEFAULT_PANELS);
  if (!scope.hasAttribute('height')) {
    reserve(scope, '0px');                     // a block first, so its width is the column's
    const width = scope.getBoundingClientRect().width;
    scope.setAttribute('height', reservedHeight(linesIn(inlineSource(scope)), scope.getAttribute('panels'), width));
  }
  reserve(scope, scope.getAttribute('height'));
  if (!scope.hasAttribute('tabindex')) scope.tabIndex = 0;   // focusable before its code loads
  // once wanted, it starts as soon as its code arrives (the reader's touch may come before the element exists)
  whenWanted(scope).then(() => {
    scope.setAttribute('loading', 'eager');
    return loadElement();
  });
}

/** Runs now and again for blocks added later (a single-page blog such as Docusaurus renders on navigation). */
function start() {
  embedAll();
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      embedAll();
    });
  }).observe(document.body, { childList: true, subtree: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
