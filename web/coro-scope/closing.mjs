// closing.mjs - asyncio.run's own clean-up, taken as one step.  Once the
// program's tasks are all done, asyncio.run (Runner.close in CPython)
// cancels what is left, runs loop.shutdown_asyncgens() and
// loop.shutdown_default_executor() as tasks of their own, and closes the
// loop: a dozen library steps at scheduler granularity that are not the
// reader's code.  Stepping shows the first of them (narrated once as the
// loop closing) and passes over the rest; the events stay in their order,
// and jumping or the 'all' granularity still reaches each one.
//
// The reader's own tasks being cancelled there are not clean-up steps:
// a clean-up step is one where no task of the reader's is pending and no
// coroutine of the reader's runs.

// asyncio's own callbacks in the ready queue
const LIBRARY_CALLBACKS = new Set(['_run_until_complete_cb()', 'gather.<locals>._done_callback()']);

const gen = (snap, id) => snap.generators?.find((g) => g.id === id);
const libraryGen = (snap, id) => gen(snap, id)?.library ?? false;
/** A task whose coroutine is library code (shutdown_asyncgens, ...). */
const libraryTask = (snap, task) => libraryGen(snap, task.coro);

/** Whether a ready-queue callback is asyncio's bookkeeping, not the reader's code. */
function libraryCallback(snap, text) {
  if (LIBRARY_CALLBACKS.has(text)) return true;
  const name = text.match(/^(.*) (step|wakeup)$/)?.[1];
  const task = name && snap.tasks?.find((t) => t.name === name);
  return !!task && libraryTask(snap, task);
}

// Per event kind: whether this event is library bookkeeping.
const LIBRARY_EVENT = {
  gen: (snap, e) => libraryGen(snap, e.id) && (e.peer === 'Runner.close'
    || (e.peer_id ? libraryGen(snap, e.peer_id) : (snap.tasks ?? []).some((t) => t.name === e.peer && libraryTask(snap, t)))),
  task: (snap, e) => libraryGen(snap, e.peer_id)
    || (snap.tasks ?? []).some((t) => t.id === e.id && libraryTask(snap, t)),
  call_soon: (snap, e) => libraryCallback(snap, e.value ?? ''),
  loop_iter: (snap) => (snap.ready ?? []).every((cb) => libraryCallback(snap, cb.callback)),
  future_done: () => true,
};

/** Whether a snapshot is paused at a step of asyncio.run's clean-up. */
export function isClosing(snap) {
  const e = snap?.state === 'paused' ? snap.event : null;
  if (!e) return false;
  const family = /^gen_/.test(e.event) ? 'gen' : /^task_/.test(e.event) ? 'task' : e.event;
  const library = LIBRARY_EVENT[family];
  if (!library) return false;
  const { stack = [], tasks = [] } = snap;
  if (stack.some((frame) => frame.gen !== null)) return false;          // the reader's coroutine runs
  if (tasks.some((t) => t.state === 'PENDING' && !libraryTask(snap, t))) return false;
  return library(snap, e);
}

// Only the coroutine and scheduler step sizes collapse it: a followed
// object or the line step size never stops there anyway.
const collapses = (selector) => selector === 'coroutine' || selector === 'scheduler';

/** The next step, passing over the clean-up steps after the first one shown. */
export async function stepPastClosing(client, selector, shown) {
  let snap = await client.step(selector);
  if (!collapses(selector) || !isClosing(shown)) return snap;
  while (snap.state === 'paused' && isClosing(snap)) snap = await client.step(selector);
  return snap;
}

/** The step before, landing on the first clean-up step rather than inside them. */
export async function backPastClosing(client, selector) {
  let snap = await client.back(selector);
  if (!collapses(selector) || !isClosing(snap)) return snap;
  while (snap.state === 'paused' && isClosing(snap)) snap = await client.back(selector);
  return client.step(selector);             // from the last step before them: the first of them
}
