// host-theme.mjs - the host page's light or dark mode, for theme="auto":
// Chirpy's html[data-mode], Docusaurus' html[data-theme], Bootstrap's
// data-bs-theme, a "dark"/"light" class on <html> or <body> (Tailwind,
// Hugo PaperMod), MkDocs Material's body[data-md-color-scheme]; else the
// reader's prefers-color-scheme.  One MutationObserver for the whole page
// tells every element when the host switches.

const ATTRIBUTES = ['data-mode', 'data-theme', 'data-bs-theme', 'class', 'data-md-color-scheme'];
const listeners = new Set();
let observer = null;
let media = null;

/** 'dark' or 'light' as the host page shows itself now. */
export function hostMode() {
  return declaredMode(document.documentElement) ?? declaredMode(document.body)
    ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
}

function declaredMode(element) {
  if (!element) return null;
  for (const name of ['data-mode', 'data-theme', 'data-bs-theme']) {
    const value = element.getAttribute(name);
    if (value === 'dark' || value === 'light') return value;
  }
  const scheme = element.getAttribute('data-md-color-scheme');
  if (scheme) return scheme === 'slate' ? 'dark' : 'light';
  if (element.classList.contains('dark')) return 'dark';
  if (element.classList.contains('light')) return 'light';
  return null;
}

/** Calls `listener` whenever the host may have switched; returns the function that stops it. */
export function watchHostMode(listener) {
  listeners.add(listener);
  if (!observer) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

function start() {
  const notify = () => { for (const listener of listeners) listener(); };
  observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ATTRIBUTES });
  if (document.body) observer.observe(document.body, { attributes: true, attributeFilter: ATTRIBUTES });
  media = matchMedia('(prefers-color-scheme: dark)');
  media.onchange = notify;
}

function stop() {
  observer.disconnect();
  media.onchange = null;
  observer = media = null;
}
