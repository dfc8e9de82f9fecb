// panels/timeline.mjs - an SVG of who ran when: one lane per task (or per
// generator, in a program without tasks), a filled bar while it runs, a
// thin line while it waits, labelled with what it awaits (sleep(),
// gather(), Task-2) where there is room and always in its tooltip.  Two readings: by virtual time (sequential
// awaits of 1 s + 1 s + 1 s stretch over 3 s; gather's three waits lie
// side by side within 1 s) and by step order (who ran between which
// awaits).  A cursor marks the current step; a click jumps there.
//
// The whole run is needed, not only the steps seen so far, so the element
// scans the program once in a second worker (scanTimeline), at scheduler
// granularity (or coroutine granularity when it has no tasks).
import { objectLabel } from '../narrate.mjs';

const SCAN_LIMIT = 3000;        // steps scanned at most
const SVG = 'http://www.w3.org/2000/svg';

/** Runs the program in `client` and returns the timeline model. */
export async function scanTimeline(client, source, options) {
  const model = { lanes: [], byId: new Map(), skip: new Set(), clocks: [], maxStep: 0, maxClock: 0, tasks: true };
  let snap = await client.load(source, options);
  for (let n = 0; n < SCAN_LIMIT && snap.state === 'paused'; n++) {
    snap = await client.step('scheduler');
    if (snap.state === 'stopped') return null;
    if (snap.event) addTaskEvent(model, snap);
  }
  if (model.lanes.length === 0) {                  // no tasks: the generators' lanes
    model.tasks = false;
    snap = await client.load(source, options);
    for (let n = 0; n < SCAN_LIMIT && snap.state === 'paused'; n++) {
      snap = await client.step('coroutine');
      if (snap.state === 'stopped') return null;
      if (snap.event) addGenEvent(model, snap);
    }
  }
  model.maxStep = Math.max(model.maxStep, snap.step);
  model.maxClock = Math.max(model.maxClock, snap.clock);
  for (const lane of model.lanes) closeSpan(lane, snap.step, snap.clock, null);
  return model;
}

function lane(model, id, name) {
  if (!model.byId.has(id)) {
    const made = { id, name, spans: [], open: null };
    model.byId.set(id, made);
    model.lanes.push(made);
  }
  return model.byId.get(id);
}

function openSpan(l, kind, step, clock, label = null) {
  closeSpan(l, step, clock, null);
  l.open = { kind, from: step, fromClock: clock, label };
}

// what a waiting task awaits, as the reader wrote it: the task awaited, or
// the library coroutine at the end of its await chain (sleep(), wait_for()),
// or the future's kind (a gather's future is said as gather())
const FUTURE_WORDS = { _GatheringFuture: 'gather()' };
function awaitedBy(snap, e) {
  const task = snap.tasks.find((t) => t.id === e.id);
  let gen = snap.generators.find((g) => g.id === task?.coro);
  const seen = new Set();
  while (gen?.awaiting && ['generator', 'coroutine', 'async_generator'].includes(gen.awaiting.kind) && !seen.has(gen.id)) {
    seen.add(gen.id);
    const next = snap.generators.find((g) => g.id === gen.awaiting.id);
    if (!next) break;
    gen = next;
  }
  const last = gen?.awaiting;
  if (last?.kind === 'task') return last.name ?? e.peer;
  if (gen?.library) return `${String(gen.name).split('.').pop()}()`;
  return FUTURE_WORDS[e.peer] ?? e.peer ?? null;
}

function closeSpan(l, step, clock, next) {
  if (l.open) l.spans.push({ ...l.open, to: step, toClock: clock });
  l.open = next;
}

function addTaskEvent(model, snap) {
  const e = snap.event;
  model.clocks.push([snap.step, snap.clock]);
  model.maxStep = snap.step;
  model.maxClock = Math.max(model.maxClock, snap.clock);
  if (e.kind !== 'task' || model.skip.has(e.id)) return;
  // tasks of library code (asyncio.run's shutdown steps) stay out of the reader's lanes
  if (e.event === 'task_create' && snap.generators.find((g) => g.id === e.peer_id)?.library) {
    model.skip.add(e.id);
    return;
  }
  const l = lane(model, e.id, e.name ?? `Task#${e.id}`);
  if (e.name) l.name = e.name;      // a name given by create_task(name=...) comes after task_create's default
  if (e.event === 'task_step') openSpan(l, 'run', snap.step, snap.clock);
  else if (e.event === 'task_wait') openSpan(l, 'wait', snap.step, snap.clock, awaitedBy(snap, e));
  else if (e.event === 'task_done') closeSpan(l, snap.step, snap.clock, null);
}

function addGenEvent(model, snap) {
  const e = snap.event;
  model.clocks.push([snap.step, snap.clock]);
  model.maxStep = snap.step;
  const gen = snap.generators.find((g) => g.id === e.id);
  if (!e.kind || e.kind === 'task' || gen?.library) return;
  const l = lane(model, e.id, objectLabel(e.func, e.id));
  if (e.event === 'gen_resume') openSpan(l, 'run', snap.step, snap.clock);
  else if (e.event === 'gen_yield') openSpan(l, 'wait', snap.step, snap.clock);
  else if (/^gen_(return|raise|close)$/.test(e.event)) closeSpan(l, snap.step, snap.clock, null);
}

/** The step at which the clock first reaches `time` (for clicks by time). */
function stepAtClock(model, time) {
  for (const [step, clock] of model.clocks) if (clock >= time - 1e-9) return step;
  return model.maxStep;
}

function svg(tag, attrs = {}, text = null) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== null) el.textContent = text;         // names are text, never markup
  return el;
}

/**
 * Draws the model into `el`: mode 'time' or 'step'; the cursor at snap's
 * step; onJump(step) when the reader clicks.
 */
const drawn = new WeakMap();   // panel -> { model, mode, lang, span, width, moveCursor }

export function renderTimeline(el, model, snap, mode, t, onJump, fixedSpan = null) {
  const last = drawn.get(el);
  if (last && last.model === model && last.mode === mode && last.t === t && last.span === fixedSpan && model) {
    last.moveCursor(snap);               // a step: only the cursor moves
    return;
  }
  el.replaceChildren();
  if (!model || model.lanes.length === 0) {
    const p = document.createElement('p');
    p.className = 'cs-empty';
    p.textContent = model ? t.noTimeline : t.scanning;
    el.append(p);
    return;
  }
  const byTime = mode === 'time' && model.maxClock > 0;
  const laneH = 22, labelW = 90, top = 18;
  const width = Math.max(320, el.clientWidth - 4 || 560);     // drawn at the panel's size: text stays 11px
  const plotW = width - labelW - 10;
  const height = top + model.lanes.length * laneH + 6;
  const span = byTime ? Math.max(model.maxClock, fixedSpan ?? 0) : Math.max(model.maxStep, 1);
  const x = (v) => labelW + (v / span) * plotW;
  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'cs-timeline-svg', role: 'img',
    'aria-label': byTime ? t.byTime : t.byStep });
  // the axis: seconds or steps
  const ticks = byTime ? Math.min(10, Math.ceil(span)) || 1 : 5;
  for (let i = 0; i <= ticks; i++) {
    const v = (span * i) / ticks;
    root.append(svg('line', { x1: x(v), x2: x(v), y1: top - 4, y2: height, class: 'cs-tl-grid' }),
      svg('text', { x: x(v), y: top - 7, class: 'cs-tl-tick', 'text-anchor': i === ticks ? 'end' : 'middle' },
        byTime ? `${+v.toFixed(2)}s` : String(Math.round(v))));
  }
  model.lanes.forEach((l, i) => {
    const y = top + i * laneH + laneH / 2;
    root.append(svg('text', { x: labelW - 6, y: y + 4, class: 'cs-tl-label', 'text-anchor': 'end' }, l.name));
    for (const s of l.spans) {
      const x1 = x(byTime ? s.fromClock : s.from);
      const x2 = Math.max(x(byTime ? s.toClock : s.to), x1 + (s.kind === 'run' ? 3 : 0));
      const what = s.label ? ` ${s.label}` : '';
      const title = svg('title', {}, `${l.name}: ${s.kind === 'run' ? t.runs : t.waits}${what} ${s.from}–${s.to} (${s.fromClock.toFixed(1)}s–${s.toClock.toFixed(1)}s)`);
      const shape = s.kind === 'run'
        ? svg('rect', { x: x1, y: y - 7, width: x2 - x1, height: 14, rx: 2, class: 'cs-tl-run' })
        : svg('line', { x1, x2, y1: y, y2: y, class: 'cs-tl-wait' });
      shape.append(title);
      root.append(shape);
      // what it awaits, written on the wait where it fits (about 6.5 px a letter at 10.5 px)
      if (s.kind === 'wait' && s.label && x2 - x1 - 8 >= s.label.length * 6.5) {
        root.append(svg('text', { x: x1 + 4, y: y - 3, class: 'cs-tl-wait-label' }, s.label));
      }
    }
  });
  // the cursor: the current step (by time: the current clock)
  const cursor = svg('line', { y1: top - 4, y2: height, class: 'cs-tl-cursor' });
  const moveCursor = (at) => {
    const v = byTime ? x(at?.clock ?? 0) : x(Math.min(at?.step ?? 0, span));
    cursor.setAttribute('x1', v);
    cursor.setAttribute('x2', v);
  };
  moveCursor(snap);
  root.append(cursor);
  drawn.set(el, { model, mode, t, span: fixedSpan, moveCursor });
  root.addEventListener('click', (event) => {
    const box = root.getBoundingClientRect();
    const v = ((event.clientX - box.left) * (width / box.width) - labelW) / plotW * span;
    if (v < 0) return;
    onJump(byTime ? stepAtClock(model, v) : Math.round(Math.min(v, model.maxStep)));
  });
  el.append(root);
}
