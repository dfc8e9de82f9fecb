// panels/console.mjs - what the program wrote: stdout, then stderr (its
// tracebacks), as text.  (The snapshot keeps the two streams apart.)
import { h, fill } from '../dom.mjs';

const drawn = new WeakMap();   // panel -> the output it shows, to skip redrawing it

export function renderConsole(el, snap, t) {
  const out = snap?.output ?? { stdout: '', stderr: '' };
  const key = `${t.noOutput}\0${out.stdout}\0${out.stderr}`;
  if (drawn.get(el) === key) return;
  drawn.set(el, key);
  if (!out.stdout && !out.stderr) return fill(el, h('span', { class: 'cs-empty' }, t.noOutput));
  fill(el, out.stdout ? h('span', { class: 'cs-stdout' }, out.stdout) : null,
    out.stderr ? h('span', { class: 'cs-stderr' }, out.stderr) : null);
  el.scrollTop = el.scrollHeight;
}
