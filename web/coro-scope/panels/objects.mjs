// panels/objects.mjs - every generator, coroutine and async generator as a
// card: CPython's state name, the line it is at, its locals, the last value
// sent in and yielded out; above them, each await / yield-from chain on one
// line ("main#1 → fetch#2 → sleep#5 → Future#6").
import { h, fill } from '../dom.mjs';
import { objectLabel } from '../narrate.mjs';
import { repr } from './repr.mjs';

const STATE_ICON = { CREATED: '○', RUNNING: '▶', SUSPENDED: '❚❚', CLOSED: '■' };

/** The name a ref (what something awaits) is shown by. */
export function refLabel(ref, snap) {
  if (!ref) return null;
  if (ref.kind === 'object') return ref.repr;
  if (ref.kind === 'task') return ref.name ?? snap.tasks.find((t) => t.id === ref.id)?.name ?? `Task#${ref.id}`;
  if (ref.kind === 'future') {
    const task = snap.tasks.find((t) => t.id === ref.id);
    return task ? task.name : `Future#${ref.id}`;
  }
  const gen = snap.generators.find((g) => g.id === ref.id);
  return gen ? objectLabel(gen.name, gen.id) : `${ref.kind}#${ref.id}`;
}

/** The await / yield-from chains: one list of labels per outermost object. */
export function chainsOf(snap) {
  const driven = new Set();
  for (const gen of snap.generators) {
    if (gen.awaiting && gen.awaiting.kind !== 'object' && gen.awaiting.kind !== 'future') driven.add(gen.awaiting.id);
  }
  const chains = [];
  for (const gen of snap.generators) {
    if (driven.has(gen.id) || !gen.awaiting) continue;
    const task = snap.tasks.find((t) => t.coro === gen.id);
    const links = [{ label: objectLabel(gen.name, gen.id), verb: null, task: task?.name ?? null }];
    let at = gen;
    const seen = new Set([gen.id]);
    while (at?.awaiting) {
      const verb = at.kind === 'generator' ? 'yield from' : 'await';
      links.push({ label: refLabel(at.awaiting, snap), verb });
      const next = ['generator', 'coroutine', 'async_generator'].includes(at.awaiting.kind)
        ? snap.generators.find((g) => g.id === at.awaiting.id) : null;
      if (!next || seen.has(next.id)) break;
      seen.add(next.id);
      at = next;
    }
    chains.push(links);
  }
  return chains;
}

function stateBadge(state) {
  const phase = state.split('_')[1];
  return h('span', { class: `cs-state cs-state-${phase.toLowerCase()}` }, `${STATE_ICON[phase] ?? ''} ${state}`);
}

function localsTable(locals, t) {
  const names = Object.keys(locals ?? {});
  if (names.length === 0) return null;
  return h('table', { class: 'cs-locals', 'aria-label': t.locals },
    names.map((name) => h('tr', {}, h('th', { scope: 'row' }, repr(name)), h('td', {}, repr(locals[name])))));
}

/** A "follow" toggle for a card or a task (aria-pressed says whether it is followed). */
export function followButton(object, follow, t) {
  if (!follow) return null;
  const on = follow.current?.kind === object.kind && follow.current?.id === object.id;
  return h('button', { type: 'button', class: 'cs-follow', 'aria-pressed': String(on),
    title: t.follow, onclick: () => follow.onFollow(object) }, on ? `◉ ${t.follow}` : `○ ${t.follow}`);
}

function card(gen, snap, t, follow) {
  const label = objectLabel(gen.name, gen.id);
  const facts = [];
  if (gen.line !== null) facts.push([t.line, String(gen.line)]);
  if (gen.verb) facts.push([t.sent, gen.verb === 'next' ? 'next()' : `${gen.verb}(${gen.sent ?? ''})`]);
  if (gen.yielded !== null) facts.push([t.yielded, gen.yielded]);
  if (gen.awaiting) facts.push([gen.kind === 'generator' ? 'yield from' : 'await', refLabel(gen.awaiting, snap)]);
  const running = snap.stack.some((frame) => frame.gen === gen.id);
  return h('article', {
    class: `cs-card cs-kind-${gen.kind}${gen.library ? ' cs-library' : ''}${running ? ' cs-card-running' : ''}`,
    dataset: { id: gen.id, state: gen.state },
  },
  h('header', {}, h('strong', { class: 'cs-card-name', title: label }, label), h('span', { class: 'cs-kind' }, gen.kind.replace('_', ' ')),
    gen.library ? h('span', { class: 'cs-kind' }, t.library) : null, stateBadge(gen.state),
    /_CLOSED$/.test(gen.state) ? null : followButton({ kind: gen.kind === 'generator' ? 'generator' : gen.kind, id: gen.id, label }, follow, t)),
  h('dl', { class: 'cs-facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, repr(v))])),
  localsTable(gen.locals, t));
}

export function renderObjects(el, snap, t, follow = null) {
  if (!snap || snap.generators.length === 0) return fill(el, h('p', { class: 'cs-empty' }, t.noObjects));
  const chains = chainsOf(snap).map((links) => h('li', { class: 'cs-chain' },
    links.map((link, i) => [link.task ? h('span', { class: 'cs-chain-task' }, `${link.task}: `) : null,
      i ? h('span', { class: 'cs-chain-verb' }, ` ─${link.verb}→ `) : null, h('code', {}, repr(link.label))])));
  // library coroutines (asyncio.sleep, ...) only appear in the chains, to keep the cards about the reader's code
  const cards = snap.generators.filter((gen) => !gen.library).map((gen) => card(gen, snap, t, follow));
  fill(el, chains.length ? h('ul', { class: 'cs-chains', 'aria-label': 'await chains' }, chains) : null, h('div', { class: 'cs-cards' }, cards));
}
