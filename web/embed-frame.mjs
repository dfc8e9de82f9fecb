// embed-frame.mjs - embed.html, the iframe page, for hosts that allow only
// an <iframe>:
//   <iframe src=".../embed.html?example=gather&lang=en&step=5"></iframe>
//   <iframe src=".../embed.html#code=<share payload>&theme=dark"></iframe>
// The URL's query and hash (the hash wins) may carry: code (a share
// link's payload, share.mjs: its code, language, step size and step),
// example (a gallery id), lang (ko | en), theme (light | dark | auto),
// step, granularity, panels (absent: all but the timeline), height (a
// CSS length, or "fill" to fill a frame of fixed height).  The page posts
//   { type: 'coro-scope:height', height }
// to its parent whenever its height changes, so a host script can fit the
// frame to it (README: "Embed it in a blog post").
import { decodeShare } from './coro-scope/share.mjs';
import { reservedHeight, DEFAULT_PANELS, linesIn } from './coro-scope/embed-size.mjs';
import { inlineScript } from './coro-scope/code-text.mjs';

const SETTINGS = ['example', 'lang', 'theme', 'step', 'granularity', 'panels', 'height'];

/** The settings in the URL: query first, then the hash (which never reaches a server). */
function urlSettings() {
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.slice(1));
  const settings = {};
  for (const name of [...SETTINGS, 'code']) {
    const value = hash.get(name) ?? query.get(name);
    if (value !== null && value !== '') settings[name] = value;
  }
  return settings;
}

/** The program and settings: a share payload's, overridden by explicit URL settings. */
async function resolve(settings) {
  if (!settings.code) return { ...settings, source: null };
  const shared = await decodeShare(settings.code);
  return { lang: shared.lang, granularity: shared.granularity, step: String(shared.step), ...settings, source: shared.code };
}

/** Sets the element's attributes and inline code before it starts. */
function configure(scope, settings) {
  settings.panels ??= DEFAULT_PANELS;
  for (const name of SETTINGS) {
    if (settings[name] !== undefined && name !== 'height') scope.setAttribute(name, settings[name]);
  }
  if (settings.source !== null) scope.append(inlineScript(settings.source));
  const height = settings.height === 'fill' ? '100vh'
    : settings.height ?? reservedHeight(linesIn(settings.source), settings.panels, innerWidth);
  scope.setAttribute('height', height);
  document.documentElement.lang = scope.getAttribute('lang') ?? document.documentElement.lang;
}

/** Posts the page's height to the parent now and whenever it changes. */
function reportHeight() {
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: 'coro-scope:height', height }, '*');   // a height only: nothing private
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

const scope = document.getElementById('scope');
try {
  configure(scope, await resolve(urlSettings()));
} catch (err) {
  console.warn('coro-scope embed: the code in the URL could not be read:', err.message);
}
reportHeight();
await import('./coro-scope/element.mjs');
