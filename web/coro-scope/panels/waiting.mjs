// panels/waiting.mjs - at a deadlock, the line each waiting task is stuck
// on, for the code panel.  The end snapshot keeps the tasks (what each
// waits on) but no frames; the engine's deadlock report names each task's
// coroutine and line ("Task-2 (waiter() at main.py:4) waits for ..."),
// so the line is read from there, by the task's own name.

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Marks for the waiting tasks' lines: [{ line, kind: 'waiting', label: 'Task-2 waits' }]. */
export function waitingMarks(snap, t = null) {
  if (snap?.end?.reason !== 'deadlock') return [];
  const report = snap.end.message ?? '';
  const marks = [];
  for (const task of snap.end.waiting_tasks ?? []) {
    const name = task.name ?? `Task#${task.id}`;
    const at = report.match(new RegExp(`(?:^|[:;,] )${escape(name)} \\([^()]*\\(\\) at [^:()]+:(\\d+)\\)`));
    if (!at) continue;
    marks.push({ line: Number(at[1]), kind: 'waiting', label: t?.taskWaits?.(name) ?? `${name} waits` });
  }
  return marks;
}
