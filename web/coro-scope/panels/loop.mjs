// panels/loop.mjs - the event loop: the virtual clock (its jump shown when
// the step is one), the ready queue in order, the timers in firing order
// with their deadlines, and every task with its state and what it waits on.
// At a deadlock the tasks that wait forever are highlighted.
import { h, fill } from '../dom.mjs';
import { refLabel, followButton } from './objects.mjs';
import { repr } from './repr.mjs';

const secs = (t) => `${Number(t).toFixed(1)}s`;

function clock(snap, t) {
  const jump = snap.event?.event === 'clock';
  return h('div', { class: `cs-clock${jump ? ' cs-clock-jump' : ''}`, 'aria-label': t.clock },
    h('span', { class: 'cs-clock-label' }, t.clock),
    jump ? h('span', { class: 'cs-clock-from' }, `${secs(snap.event.from)} → `) : null,
    h('span', { class: 'cs-clock-value' }, secs(snap.clock)));
}

/** The task a timer's future wakes: the one waiting on it (or the task itself). */
function wakerOf(target, snap) {
  if (target === null || target === undefined) return null;
  const task = snap.tasks.find((t) => t.id === target || t.waits_on?.id === target);
  return task?.name ?? null;
}

function section(title, cls, items, t) {
  return h('section', { class: cls }, h('h4', {}, title),
    items.length ? h('ol', {}, items) : h('p', { class: 'cs-empty' }, t.none));
}

function taskItem(task, snap, t, stuck, follow) {
  const waits = refLabel(task.waits_on, snap);
  const phase = task.current ? t.current : task.state;
  return h('li', { class: `cs-task${task.current ? ' cs-task-current' : ''}${stuck ? ' cs-task-stuck' : ''}`, dataset: { id: task.id } },
    h('code', {}, task.name ?? `Task#${task.id}`), ' ',
    h('span', { class: 'cs-task-state' }, stuck ? `⚠ ${phase}` : phase),
    waits ? [' ', h('span', { class: 'cs-waits' }, `${t.waitsOn}: `, h('code', {}, repr(waits)))] : null,
    task.result !== null ? [' ', h('span', {}, `${t.result}: `, h('code', {}, repr(task.result)))] : null,
    task.exception !== null ? [' ', h('span', { class: 'cs-exc' }, `${t.exception}: `, h('code', {}, repr(task.exception)))] : null,
    task.state === 'PENDING' && !stuck ? [' ', followButton({ kind: 'task', id: task.id, label: task.name ?? `Task#${task.id}` }, follow, t)] : null);
}

export function renderLoop(el, snap, t, follow = null) {
  if (!snap) return fill(el);
  const deadlock = snap.end?.reason === 'deadlock';
  const tasks = deadlock ? snap.end.waiting_tasks ?? [] : snap.tasks;
  const idle = tasks.length === 0 && snap.ready.length === 0 && snap.timers.length === 0 && snap.clock === 0;
  if (idle) return fill(el, clock(snap, t), h('p', { class: 'cs-empty' }, t.noLoop));
  const ready = snap.ready.map((cb) => h('li', { class: cb.cancelled ? 'cs-cancelled' : null }, h('code', {}, repr(cb.callback))));
  const timers = snap.timers.map((timer) => {
    const wakes = wakerOf(timer.target, snap);
    return h('li', {}, h('span', { class: 'cs-when' }, secs(timer.when)), ' ', h('code', {}, repr(timer.callback)),
      wakes ? [' → ', h('span', { class: 'cs-waits' }, `${t.wakes} `), h('code', {}, wakes)] : null);
  });
  const taskItems = tasks.map((task) => taskItem(task, snap, t, deadlock, follow));
  fill(el, clock(snap, t),
    section(t.ready, 'cs-ready', ready, t),
    section(t.timers, 'cs-timers', timers, t),
    section(t.tasks, 'cs-tasks', taskItems, t));
}
