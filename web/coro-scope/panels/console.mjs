// panels/console.mjs - what the program wrote: stdout, then stderr (its
// tracebacks), as text.  (The snapshot keeps the two streams apart.)
import { h, fill } from '../dom.mjs';

export function renderConsole(el, snap, t) {
  const out = snap?.output ?? { stdout: '', stderr: '' };
  if (!out.stdout && !out.stderr) return fill(el, h('span', { class: 'cs-empty' }, t.noOutput));
  fill(el, out.stdout ? h('span', { class: 'cs-stdout' }, out.stdout) : null,
    out.stderr ? h('span', { class: 'cs-stderr' }, out.stderr) : null);
  el.scrollTop = el.scrollHeight;
}
