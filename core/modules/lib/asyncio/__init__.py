# asyncio - Coroscope's asyncio package, in one module.  The event loop,
# Future, Task and Handle are C (module _asyncio, core/loop/); this module
# adds the rest: exceptions, run() and Runner, sleep, gather, wait,
# wait_for, as_completed, shield, timeouts, TaskGroup, queues and locks.
# Written from CPython 3.11's documented and observed behaviour (not from
# its source): every helper schedules its callbacks in the order CPython's
# does and takes as many loop turns, so programs print the same thing on
# the virtual clock.  Left out: threads and executors (to_thread,
# run_in_executor and run_coroutine_threadsafe raise NotImplementedError),
# subprocesses, sockets, streams, signal handling, debug-mode tracebacks.

import _asyncio
import contextvars
import sys
import types

from _asyncio import (Future, Task, Handle, TimerHandle, CancelledError,
                      InvalidStateError, get_running_loop, _get_running_loop,
                      _set_running_loop, current_task, all_tasks, _enter_task,
                      _leave_task)

TimeoutError = TimeoutError
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED')


# ---- exceptions ------------------------------------------------------------

class IncompleteReadError(EOFError):
    def __init__(self, partial, expected):
        total = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {total} expected bytes')
        self.partial, self.expected = partial, expected


class LimitOverrunError(Exception):
    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class SendfileNotAvailableError(RuntimeError):
    pass


class BrokenBarrierError(RuntimeError):
    pass


# ---- reprs -------------------------------------------------------------------
# Futures, tasks and handles describe themselves as CPython's do; the C
# side calls _callback_text, _future_repr and _task_repr (see the end).

def _elide(text, width):
    # reprlib's cut: keep both ends, '...' in the middle
    if len(text) <= width:
        return text
    head = max(0, (width - 3) // 2)
    tail = max(0, width - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _brief(obj, depth=6):
    # reprlib.repr(obj): at most 6 items (4 for dicts), 6 levels deep,
    # strings 30 characters, ints 40, other reprs 30
    kind = type(obj)
    if kind is str:
        return _elide(repr(obj), 30)
    if kind is int:
        return _elide(repr(obj), 40)
    shapes = {list: '[%s]', tuple: '(%s)', set: '{%s}', frozenset: 'frozenset({%s})'}
    if kind in shapes or kind is dict:
        if not obj:
            return repr(obj)
        if depth <= 0:
            return {list: '[...]', tuple: '(...)'}.get(kind, '{...}')
        if kind is dict:
            keys = _sorted_if_possible(obj)
            shown = [f'{_brief(k, depth - 1)}: {_brief(obj[k], depth - 1)}' for k in keys[:4]]
            more = len(obj) > 4
            return '{' + ', '.join(shown + ['...'] * more) + '}'
        items = list(obj) if kind in (list, tuple) else _sorted_if_possible(obj)
        shown = [_brief(x, depth - 1) for x in items[:6]] + ['...'] * (len(obj) > 6)
        body = ', '.join(shown) + (',' if kind is tuple and len(obj) == 1 else '')
        return shapes[kind] % body
    try:
        text = repr(obj)
    except Exception:
        return f'<{kind.__name__} instance at {id(obj):#x}>'
    return _elide(text, 30)


def _args_text(args, kwargs):
    shown = [_brief(a) for a in args or ()]
    shown += [f'{k}={_brief(v)}' for k, v in (kwargs or {}).items()]
    return f"({', '.join(shown)})"


def _call_text(func, args, kwargs, suffix=''):
    # "name(arg, k=v)": how CPython's reprs show a callback and its arguments
    if type(func).__name__ == 'partial' and hasattr(func, 'func'):
        suffix = _args_text(args, kwargs) + suffix
        return _call_text(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    return (name or repr(func)) + _args_text(args, kwargs) + suffix


# The callbacks this module attaches to futures show up in reprs; CPython's
# name the place of its own definitions, so ours name the same places.
_CPYTHON_SOURCE = {
    '_run_until_complete_cb': 'base_events.py:180',
    'BaseEventLoop._asyncgen_finalizer_hook': 'base_events.py:525',
    '_set_result_unless_cancelled': 'futures.py:311',
    '_release_waiter': 'tasks.py:431',
    '_wait.<locals>._on_completion': 'tasks.py:519',
    'as_completed.<locals>._on_timeout': 'tasks.py:596',
    'as_completed.<locals>._on_completion': 'tasks.py:602',
    'gather.<locals>._done_callback': 'tasks.py:764',
    'shield.<locals>._inner_done_callback': 'tasks.py:891',
    'shield.<locals>._outer_done_callback': 'tasks.py:908',
    'TaskGroup._on_task_done': 'taskgroups.py:184',
    'Timeout._on_timeout': 'timeouts.py:121',
}


def _where_defined(func):
    # "file:line" of a Python function (through wrappers, partials and
    # bound methods), or None for anything else
    while True:
        if hasattr(func, '__wrapped__'):
            func = func.__wrapped__
        elif type(func).__name__ == 'partial' and hasattr(func, 'func'):
            func = func.func
        elif type(func) is types.MethodType:
            func = func.__func__
        else:
            break
    if type(func) is not types.FunctionType:
        return None
    code = func.__code__
    if code.co_filename == __file__ and func.__qualname__ in _CPYTHON_SOURCE:
        return '/usr/lib/python3.11/asyncio/' + _CPYTHON_SOURCE[func.__qualname__]
    return f'{code.co_filename}:{code.co_firstlineno}'


def _callback_text(func, args):
    text = _call_text(func, args, None)
    place = _where_defined(func)
    return f'{text} at {place}' if place else text


def _coro_text(coro):
    # "main() running at f.py:3" / "main() done, defined at f.py:1"
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    label = f'{name or "<%s without __name__>" % type(coro).__name__}()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        busy = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return label + ' running' if busy else label
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    where = code.co_filename or '<empty co_filename>'
    if frame is None:
        return f'{label} done, defined at {where}:{code.co_firstlineno}'
    return f'{label} running at {where}:{frame.f_lineno}'


def _outcome_parts(fut):
    # the result or exception of a finished future, then its callbacks
    parts = []
    if fut._state == 'FINISHED':
        if fut._exception is None:
            parts.append('result=' + _brief(fut._result))
        else:
            parts.append(f'exception={fut._exception!r}')
    cbs = [_callback_text(fn, ()) for fn, _ctx in fut._callbacks or ()]
    if len(cbs) > 2:
        cbs[1:-1] = [f'<{len(cbs) - 2} more>']
    if cbs:
        parts.append(f"cb=[{', '.join(cbs)}]")
    return parts


_in_repr = set()    # ids of futures whose repr is being built ("..." inside)


def _guarded(build):
    def wrapper(fut):
        if id(fut) in _in_repr:
            return '...'
        _in_repr.add(id(fut))
        try:
            return f'<{type(fut).__name__} {" ".join(build(fut))}>'
        finally:
            _in_repr.discard(id(fut))
    return wrapper


@_guarded
def _future_repr(fut):
    return [fut._state.lower()] + _outcome_parts(fut)


@_guarded
def _task_repr(task):
    pending = not task.done()
    parts = ['cancelling' if pending and task.cancelling() else task._state.lower(),
             f'name={task.get_name()!r}', f'coro=<{_coro_text(task._coro)}>']
    blocker = task._fut_waiter
    if blocker is not None:
        parts.append(f'wait_for={blocker!r}')
    return parts + _outcome_parts(task)


# ---- predicates --------------------------------------------------------------

_is_coroutine = object()    # the mark of old-style (decorated) coroutine functions


def iscoroutinefunction(func):
    import inspect
    return (inspect.iscoroutinefunction(func)
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


def iscoroutine(obj):
    kind = type(obj)
    if kind in (types.CoroutineType, types.GeneratorType):
        return True
    return all(hasattr(kind, m) for m in ('send', 'throw', 'close', '__await__'))


def isfuture(obj):
    # duck-typed, as CPython: anything that says whether it blocks a task
    return (hasattr(type(obj), '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


def _loop_of(fut):
    getter = getattr(fut, 'get_loop', None)
    return getter() if getter is not None else fut._loop


def _set_result_unless_cancelled(wake, value):
    if not wake.cancelled():
        wake.set_result(value)


def _release_waiter(gate, *_):
    if not gate.done():
        gate.set_result(None)


# ---- the event loop ----------------------------------------------------------

def _report(message, exc):
    # what logging's last-resort handler prints for logger.error(exc_info=exc)
    sys.stderr.write(message + '\n')
    if exc is not None:
        _asyncio._print_exception(exc)


def _run_until_complete_cb(done):
    # stop the loop, unless SystemExit / KeyboardInterrupt already does
    exc = None if done.cancelled() else done.exception()
    if not isinstance(exc, (SystemExit, KeyboardInterrupt)):
        _loop_of(done).stop()


_FATAL = (SystemExit, KeyboardInterrupt)    # errors no handler swallows
AbstractEventLoop = _asyncio.BaseEventLoop


class BaseEventLoop(_asyncio.BaseEventLoop):
    # the C loop plus: run_until_complete, async generator bookkeeping and
    # the exception handler
    def __init__(self):
        self._asyncgens = _asyncio.AsyncGenSet()    # held weakly

    def run_forever(self):
        # async generators first iterated in this loop are tracked so that
        # shutdown_asyncgens() can close them
        if not hasattr(sys, 'set_asyncgen_hooks'):
            return super().run_forever()
        saved = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
        try:
            super().run_forever()
        finally:
            sys.set_asyncgen_hooks(*saved)

    def run_until_complete(self, future):
        if self.is_closed():
            raise RuntimeError('Event loop is closed')
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        ours = not isfuture(future)
        target = ensure_future(future, loop=self)
        if ours:
            target._log_destroy_pending = False    # our own task: no warning
        target.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if ours and target.done() and not target.cancelled():
                target.exception()    # retrieved: the caller sees the error
            raise
        finally:
            target.remove_done_callback(_run_until_complete_cb)
        if not target.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        try:
            return target.result()
        finally:
            target = future = None    # a raised error's frames keep no task alive

    def _asyncgen_firstiter_hook(self, gen):
        self._asyncgens.add(gen)

    def _asyncgen_finalizer_hook(self, gen):
        # a dropped async generator is closed by a task of its own
        self._asyncgens.discard(gen)
        if not self._closed:
            self.call_soon(self.create_task, gen.aclose())

    async def shutdown_asyncgens(self):
        gens = list(self._asyncgens)
        if not gens:
            return
        self._asyncgens.clear()
        outcomes = await gather(*[g.aclose() for g in gens], return_exceptions=True)
        for gen, res in zip(gens, outcomes):
            if isinstance(res, Exception):
                self.call_exception_handler(dict(
                    message=f'an error occurred during closing of asynchronous generator {gen!r}',
                    exception=res, asyncgen=gen))

    async def shutdown_default_executor(self):
        pass    # no executor

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('Coroscope has no threads: run_in_executor() '
                                  'is not supported')

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if not (handler is None or callable(handler)):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        # the message, then "key: repr" for the other keys, sorted
        lines = [context.get('message') or 'Unhandled exception in event loop']
        lines += [f'{k}: {context[k]!r}' for k in sorted(context)
                  if k not in ('message', 'exception')]
        _report('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        custom = self.get_exception_handler()
        if custom is None:
            _guard(self.default_exception_handler, context,
                   'Exception in default exception handler')
            return
        try:
            custom(self, context)
        except _FATAL:
            raise
        except BaseException as exc:
            # the custom handler failed: the default one reports both
            _guard(self.default_exception_handler,
                   {'message': 'Unhandled error in exception handler',
                    'exception': exc, 'context': context},
                   'Exception in default exception handler while handling '
                   'an unexpected error in custom exception handler')


def _guard(handler, context, failure):
    # run an exception handler; if it fails too, just print that
    try:
        handler(context)
    except _FATAL:
        raise
    except BaseException as exc:
        _report(failure, exc)


class _UnixSelectorEventLoop(BaseEventLoop):
    pass


SelectorEventLoop = EventLoop = _UnixSelectorEventLoop


# ---- the policy: which loop is current ---------------------------------------

class AbstractEventLoopPolicy:
    pass


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    # the first get_event_loop() makes a loop, unless set_event_loop() was
    # called before (even with None)
    _current = None
    _chosen = False

    def get_event_loop(self):
        if not self._chosen:
            self.set_event_loop(self.new_event_loop())
        if self._current is None:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        return self._current

    def set_event_loop(self, loop):
        self._chosen = True
        _check_kind(loop, AbstractEventLoop, 'loop')
        self._current = loop

    def new_event_loop(self):
        return _UnixSelectorEventLoop()


def _check_kind(obj, cls, what):
    if obj is not None and not isinstance(obj, cls):
        raise TypeError(f'{what} must be an instance of {cls.__name__} or None, '
                        f"not '{type(obj).__name__}'")


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_policy = None


def get_event_loop_policy():
    global _policy
    _policy = _policy or _UnixDefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _check_kind(policy, AbstractEventLoopPolicy, 'policy')
    _policy = policy


def get_event_loop():
    running = _get_running_loop()
    return running if running is not None else get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    return get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


# ---- run() and Runner -------------------------------------------------------

class Runner:
    # a loop made on first use (_start), closed by close(); its stages are
    # 'created', 'initialized', 'closed'
    def __init__(self, *, debug=None, loop_factory=None):
        self._stage = 'created'
        self._options = debug, loop_factory
        self._loop = self._context = None
        self._made_current = False

    def __enter__(self):
        self._start()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._start()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._start()
        task = self._loop.create_task(
            coro, context=self._context if context is None else context)
        try:
            return self._loop.run_until_complete(task)
        finally:
            task = None

    def close(self):
        # cancel what is left, close async generators, then the loop
        if self._stage != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            for finish in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(finish())
        finally:
            if self._made_current:
                set_event_loop(None)
            loop.close()
            self._loop, self._stage = None, 'closed'

    def _start(self):
        if self._stage == 'closed':
            raise RuntimeError('Runner is closed')
        if self._stage == 'initialized':
            return
        debug, factory = self._options
        if factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
            self._made_current = True
        else:
            self._loop = factory()
        if debug is not None:
            self._loop.set_debug(debug)
        self._context = contextvars.copy_context()
        self._stage = 'initialized'


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as session:
        return session.run(main)


def _cancel_leftovers(loop):
    # the tasks still pending when run() ends are cancelled and awaited;
    # an error one of them ends with is reported
    pending = _asyncio._all_tasks_list(loop)
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if not task.cancelled() and task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(), 'task': task})


# ---- tasks --------------------------------------------------------------------

def create_task(coro, *, name=None, context=None):
    return _spawn(get_running_loop(), coro, name, context)


def _spawn(loop, coro, name, context):
    # context=None is not passed on: a loop subclass may not take it
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


def ensure_future(coro_or_future, *, loop=None):
    # a future passes through; a coroutine (or other awaitable) becomes a task
    if isfuture(coro_or_future):
        if loop is None or loop is _loop_of(coro_or_future):
            return coro_or_future
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    coro, adapted = coro_or_future, not iscoroutine(coro_or_future)
    if adapted:
        import inspect
        if not inspect.isawaitable(coro):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro = _wrap_awaitable(coro)
    if loop is None:
        loop = get_event_loop()
    try:
        return loop.create_task(coro)
    except RuntimeError:
        if not adapted:
            coro.close()    # never to run: no "never awaited" warning
        raise


@types.coroutine
def _wrap_awaitable(obj):
    return (yield from obj.__await__())


_wrap_awaitable._is_coroutine = _is_coroutine


@types.coroutine
def _yield_once():
    yield    # a bare yield: the task steps again on the next loop turn


async def sleep(delay, result=None):
    if delay <= 0:
        await _yield_once()
        return result
    loop = get_running_loop()
    wake = loop.create_future()
    timer = loop.call_later(delay, _set_result_unless_cancelled, wake, result)
    try:
        return await wake
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    # gather()'s future: cancelling it cancels the children instead
    def __init__(self, loop, children):
        Future.__init__(self, loop=loop)
        self._kids = children
        self._cancel_asked = False

    def cancel(self, msg=None):
        if self.done():
            return False
        hit = [kid.cancel(msg=msg) for kid in self._kids]
        if any(hit):
            self._cancel_asked = True
        return any(hit)


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        empty = get_event_loop().create_future()
        empty.set_result([])
        return empty
    children = []       # one per argument; repeated arguments share one
    by_arg = {}
    loop = whole = None
    unfinished = 0

    def _done_callback(child):
        nonlocal unfinished
        unfinished -= 1
        if whole is None or whole.done():
            if not child.cancelled():
                child.exception()    # mark it retrieved
        elif not return_exceptions and child.cancelled():
            whole.set_exception(child._make_cancelled_error())
        elif not return_exceptions and child.exception() is not None:
            whole.set_exception(child.exception())
        elif unfinished == 0:
            _gather_finish(whole, children)

    for aw in coros_or_futures:
        child = by_arg.get(aw)
        if child is None:
            child = by_arg[aw] = ensure_future(aw, loop=loop)
            if loop is None:
                loop = _loop_of(child)
            if child is not aw:
                child._log_destroy_pending = False
            unfinished += 1
            child.add_done_callback(_done_callback)
        children.append(child)
    whole = _GatheringFuture(loop, children)
    return whole


def _gather_finish(whole, children):
    results = []
    for child in children:
        if child.cancelled():
            note = child._cancel_message
            results.append(CancelledError('' if note is None else note))
        else:
            exc = child.exception()
            results.append(child.result() if exc is None else exc)
    if whole._cancel_asked:
        # CPython raises the cancellation of the last child here
        whole.set_exception(children[-1]._make_cancelled_error())
    else:
        whole.set_result(results)


def shield(arg):
    target = ensure_future(arg)
    if target.done():
        return target
    front = _loop_of(target).create_future()

    def _inner_done_callback(done):
        # copy the inner outcome out, unless the front was cancelled
        if front.cancelled():
            if not done.cancelled():
                done.exception()
        elif done.cancelled():
            front.cancel()
        elif done.exception() is None:
            front.set_result(done.result())
        else:
            front.set_exception(done.exception())

    def _outer_done_callback(_):
        if not target.done():
            target.remove_done_callback(_inner_done_callback)

    target.add_done_callback(_inner_done_callback)
    front.add_done_callback(_outer_done_callback)
    return front


async def _cancel_and_wait(target):
    # cancel target and wait until it has really finished
    gate = get_running_loop().create_future()

    def opener(_):
        _release_waiter(gate)

    target.add_done_callback(opener)
    try:
        target.cancel()
        await gate
    finally:
        target.remove_done_callback(opener)


async def _timed_out(target):
    # the time is up: cancel target; its cancellation becomes TimeoutError
    await _cancel_and_wait(target)
    try:
        return target.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        target = ensure_future(fut, loop=loop)
        return target.result() if target.done() else await _timed_out(target)
    gate = loop.create_future()
    alarm = loop.call_later(timeout, _release_waiter, gate)

    def opener(_):
        _release_waiter(gate)

    target = ensure_future(fut, loop=loop)
    target.add_done_callback(opener)
    try:
        try:
            await gate
        except CancelledError:
            # we were cancelled: so is target, unless it finished meanwhile
            if target.done():
                return target.result()
            target.remove_done_callback(opener)
            await _cancel_and_wait(target)
            raise
        if target.done():
            return target.result()
        target.remove_done_callback(opener)
        return await _timed_out(target)
    finally:
        alarm.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in _WHEN:
        raise ValueError(f'Invalid return_when value: {return_when}')
    futs = set(fs)
    if any(map(iscoroutine, futs)):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(futs, timeout, return_when, get_running_loop())


_WHEN = (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)


async def _wait(futs, timeout, when, loop):
    gate = loop.create_future()
    alarm = None if timeout is None else loop.call_later(timeout, _release_waiter, gate)
    left = len(futs)

    def _on_completion(f):
        nonlocal left
        left -= 1
        # (an exception is looked at, so retrieved, only for FIRST_EXCEPTION)
        enough = left <= 0 or when == FIRST_COMPLETED or (
            when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)
        if enough:
            if alarm is not None:
                alarm.cancel()
            _release_waiter(gate)

    for fut in futs:
        fut.add_done_callback(_on_completion)
    try:
        await gate
    finally:
        if alarm is not None:
            alarm.cancel()
        for fut in futs:
            fut.remove_done_callback(_on_completion)
    return {f for f in futs if f.done()}, {f for f in futs if not f.done()}


def as_completed(fs, *, timeout=None):
    # a generator of coroutines; each waits for the next future to finish
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    arrivals = Queue()
    loop = get_event_loop()
    pending = {ensure_future(f, loop=loop) for f in set(fs)}
    alarm = None

    def _on_timeout():
        for p in pending:
            p.remove_done_callback(_on_completion)
            arrivals.put_nowait(None)    # None: this one timed out
        pending.clear()

    def _on_completion(f):
        if pending:
            pending.remove(f)
            arrivals.put_nowait(f)
            if not pending and alarm is not None:
                alarm.cancel()

    async def _next_one():
        f = await arrivals.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for p in pending:
        p.add_done_callback(_on_completion)
    count = len(pending)
    if count and timeout is not None:
        alarm = loop.call_later(timeout, _on_timeout)
    for _ in range(count):
        yield _next_one()


# ---- timeout() and timeout_at() ------------------------------------------------

class Timeout:
    # states: created -> active -> finished, or active -> expiring -> expired
    def __init__(self, when):
        self._state = 'created'
        self._deadline = when
        self._alarm = self._task = None

    def when(self):
        return self._deadline

    def expired(self):
        return self._state in ('expiring', 'expired')

    def _disarm(self):
        if self._alarm is not None:
            self._alarm.cancel()
            self._alarm = None

    def reschedule(self, when):
        if self._state == 'created':
            raise RuntimeError('Timeout has not been entered')
        if self._state != 'active':
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._deadline = when
        self._disarm()
        if when is None:
            return
        loop = get_running_loop()
        # a deadline already past fires on the next loop turn
        if when <= loop.time():
            self._alarm = loop.call_soon(self._on_timeout)
        else:
            self._alarm = loop.call_at(when, self._on_timeout)

    def __repr__(self):
        shown = ''
        if self._state == 'active':
            when = self._deadline
            shown = f' when={when if when is None else round(when, 3)}'
        return f'<Timeout [{self._state}]{shown}>'

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError('Timeout has already been entered')
        task = current_task()
        if task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._state, self._task = 'active', task
        self._prior_cancels = task.cancelling()
        self.reschedule(self._deadline)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._state == 'active':
            self._state = 'finished'
        elif self._state == 'expiring':
            # our cancel() reached the body: it becomes TimeoutError, unless
            # someone else cancelled the task too
            self._state = 'expired'
            only_ours = self._task.uncancel() <= self._prior_cancels
            if only_ours and exc_type is CancelledError:
                raise TimeoutError from exc_val

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._alarm = None


def timeout(delay):
    return Timeout(None if delay is None else get_running_loop().time() + delay)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup ----------------------------------------------------------------

class TaskGroup:
    # The body runs in the parent task.  The first child to fail makes the
    # group cancel the other children and the parent (once); __aexit__ waits
    # for every child, then raises the errors as one ExceptionGroup.
    def __init__(self):
        self._entered = self._exiting = self._aborting = False
        self._loop = self._parent = None
        self._cancelled_parent = False
        self._tasks = {}        # a dict as an ordered set: cancelled in order
        self._failures = []
        self._fatal = None      # a SystemExit / KeyboardInterrupt, raised as is
        self._drained = None    # a future __aexit__ waits on until no task is left

    def __repr__(self):
        shown = ''
        if self._tasks:
            shown += f' tasks={len(self._tasks)}'
        if self._failures:
            shown += f' errors={len(self._failures)}'
        if self._aborting:
            shown += ' cancelling'
        elif self._entered:
            shown += ' entered'
        return f'<TaskGroup{shown}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        self._loop = self._loop or get_running_loop()
        self._parent = current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and isinstance(exc, _FATAL):
            self._fatal = self._fatal or exc
        reraise = exc if et is CancelledError else None
        # our own cancel() of the parent is taken back; if it was the only
        # one, the CancelledError it caused does not go on
        if self._cancelled_parent and self._parent.uncancel() == 0:
            reraise = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._drained = self._drained or self._loop.create_future()
            try:
                await self._drained
            except CancelledError as cancelled:
                # the parent itself was cancelled while waiting
                if not self._aborting:
                    reraise = cancelled
                    self._abort()
            self._drained = None
        if self._fatal is not None:
            raise self._fatal
        if reraise is not None and not self._failures:
            raise reraise
        if et not in (None, CancelledError):
            self._failures.append(exc)
        if self._failures:
            errors, self._failures = self._failures, None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        else:
            task = _spawn(self._loop, coro, name, context)
            task.add_done_callback(self._on_task_done)
            self._tasks[task] = None
            return task
        raise RuntimeError(f'TaskGroup {self!r} {problem}')

    def _abort(self):
        self._aborting = True
        for task in list(self._tasks):
            if not task.done():
                task.cancel()

    def _on_task_done(self, child):
        self._tasks.pop(child, None)
        if not self._tasks and self._drained is not None and not self._drained.done():
            self._drained.set_result(True)
        exc = None if child.cancelled() else child.exception()
        if exc is None:
            return
        self._failures.append(exc)
        if isinstance(exc, _FATAL):
            self._fatal = self._fatal or exc
        if self._parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {child!r} has errored out but its parent '
                           f'task {self._parent} is already completed',
                'exception': exc, 'task': child})
        elif not (self._aborting or self._cancelled_parent):
            # the first error: cancel the siblings and the body
            self._abort()
            self._cancelled_parent = True
            self._parent.cancel()


# ---- locks -------------------------------------------------------------------
# Waiting is always on a fresh future kept in the primitive's line of
# waiters; waking sets the future's result, and the woken task runs on a
# later loop turn, as in CPython.

class _LoopBound:
    # a primitive belongs to the loop that first makes it wait
    _loop = None

    def _get_loop(self):
        running = _get_running_loop()
        if self._loop is None:
            self._loop = running
        elif running is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running

    def _tagged_repr(self, extra):
        # "<asyncio.locks.Lock object at 0x... [unlocked, waiters:1]>"
        if self._waiters:
            extra += f', waiters:{len(self._waiters)}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def _queue_up(self):
        # wait in line on a fresh future, out of the line however it ends
        ticket = self._get_loop().create_future()
        self._waiters.append(ticket)
        try:
            return await ticket
        finally:
            self._waiters.remove(ticket)


class _AcquireContext:
    # "async with lock:" acquires and releases
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_AcquireContext, _LoopBound):
    def __init__(self):
        self._waiters = []
        self._locked = False

    def __repr__(self):
        return self._tagged_repr('locked' if self._locked else 'unlocked')

    def locked(self):
        return self._locked

    async def acquire(self):
        # free and nobody in line (but cancelled waiters): taken at once
        if self._locked or not all(t.cancelled() for t in self._waiters):
            try:
                await self._queue_up()
            except CancelledError:
                if not self._locked:
                    self._wake_first()    # pass on a wake-up we got
                raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    def _wake_first(self):
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


def _wake(tickets, value, limit):
    # wake up to limit waiters not yet woken, oldest first; how many
    woken = 0
    for ticket in tickets:
        if woken >= limit:
            break
        if not ticket.done():
            ticket.set_result(value)
            woken += 1
    return woken


class Event(_LoopBound):
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        return self._tagged_repr('set' if self._value else 'unset')

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            _wake(self._waiters, True, len(self._waiters))

    def clear(self):
        self._value = False

    async def wait(self):
        if not self._value:
            await self._queue_up()
        return True


class Condition(_AcquireContext, _LoopBound):
    def __init__(self, lock=None):
        self._lock = lock = Lock() if lock is None else lock
        self.locked, self.acquire, self.release = lock.locked, lock.acquire, lock.release
        self._waiters = []

    def __repr__(self):
        return self._tagged_repr('locked' if self.locked() else 'unlocked')

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            await self._queue_up()
            return True
        finally:
            # take the lock back whatever happens; a cancellation meanwhile
            # is raised once we hold it
            interrupted = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    interrupted = True
            if interrupted:
                raise CancelledError

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        _wake(self._waiters, False, n)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AcquireContext, _LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = []
        self._value = value

    def __repr__(self):
        return self._tagged_repr('locked' if self.locked()
                                 else f'unlocked, value:{self._value}')

    def locked(self):
        # no value left, or someone (not cancelled) already in line for it
        return self._value == 0 or not all(t.cancelled() for t in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        ticket = self._get_loop().create_future()
        self._waiters.append(ticket)
        try:
            try:
                await ticket
            finally:
                self._waiters.remove(ticket)
        except CancelledError:
            if not ticket.cancelled():
                # woken (the value taken for us) but cancelled: give it back
                self._value += 1
                self._pass_on()
            raise
        if self._value > 0:
            self._pass_on()
        return True

    def release(self):
        self._value += 1
        self._pass_on()

    def _pass_on(self):
        # the first waiter not yet woken takes one unit of the value
        self._value -= _wake(self._waiters, True, 1)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._limit = value
        super().__init__(value)

    def release(self):
        if self._value < self._limit:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


class Barrier(_LoopBound):
    # states: filling (tasks arrive), draining (all go on), resetting,
    # broken; the last task out of a draining barrier makes it fill again
    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._inside = 0          # tasks inside wait()

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self._parties}'
        return f'<{object.__repr__(self)[1:-1]} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    async def wait(self):
        # returns the task's arrival index, 0 .. parties - 1
        cond = self._cond
        async with cond:
            await cond.wait_for(lambda: self._state not in ('draining', 'resetting'))
            if self._state == 'broken':
                raise BrokenBarrierError('Barrier aborted')
            arrival = self._inside
            self._inside += 1
            try:
                if arrival == self._parties - 1:
                    self._state = 'draining'
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._state != 'filling')
                    if self._state in ('broken', 'resetting'):
                        raise BrokenBarrierError('Abort or reset of barrier')
                return arrival
            finally:
                self._inside -= 1
                if not self._inside and self._state in ('resetting', 'draining'):
                    self._state = 'filling'
                    cond.notify_all()

    async def reset(self):
        async with self._cond:
            self._state = 'resetting' if self._inside else 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._inside if self._state == 'filling' else 0)
    broken = property(lambda self: self._state == 'broken')


# ---- queues ------------------------------------------------------------------

class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue(_LoopBound):
    # FIFO; subclasses change _init/_put/_get.  Waiting getters and putters
    # are woken one at a time, oldest first; join() waits on an Event that
    # is set while no put item awaits its task_done().
    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters, self._putters = [], []
        self._open_items = 0
        self._all_done = Event()
        self._all_done.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop(0)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    def _describe(self):
        text = f'maxsize={self._maxsize!r}'
        items = getattr(self, '_queue', None)
        if items:
            text += f' _queue={list(items)!r}'
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                text += f' {label}[{len(line)}]'
        if self._open_items:
            text += f' tasks={self._open_items}'
        return text

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    @staticmethod
    def _wake_one(line):
        # the oldest waiter not already done (dropping those) is woken
        while line:
            ticket = line.pop(0)
            if not ticket.done():
                ticket.set_result(None)
                return

    async def _wait_turn(self, line, blocked):
        # wait in line; on any error leave the line, and pass on a wake-up
        # that came for us if the queue can serve the next one
        ticket = self._get_loop().create_future()
        line.append(ticket)
        try:
            await ticket
        except BaseException:
            ticket.cancel()
            if ticket in line:
                line.remove(ticket)
            if not blocked() and not ticket.cancelled():
                self._wake_one(line)
            raise

    async def put(self, item):
        while self.full():
            await self._wait_turn(self._putters, self.full)
        self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._open_items += 1
        self._all_done.clear()
        self._wake_one(self._getters)

    async def get(self):
        while self.empty():
            await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wake_one(self._putters)
        return item

    def task_done(self):
        if self._open_items < 1:
            raise ValueError('task_done() called too many times')
        self._open_items -= 1
        if not self._open_items:
            self._all_done.set()

    async def join(self):
        if self._open_items:
            await self._all_done.wait()


class PriorityQueue(Queue):
    # smallest first, kept as a binary heap (heapq's order)
    def _put(self, item):
        import heapq
        heapq.heappush(self._queue, item)

    def _get(self):
        import heapq
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


# ---- threads: not offered ----------------------------------------------------

async def to_thread(func, *args, **kwargs):
    raise NotImplementedError('Coroscope has no threads: asyncio.to_thread() '
                              'is not supported')


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError('Coroscope has no threads: '
                              'asyncio.run_coroutine_threadsafe() is not supported')


# ---- CPython's submodules, as namespaces over this module ----------------------
# Each class says it lives where CPython's does (reprs and pickling show it),
# and "import asyncio.tasks" finds a module with that part's names.

_PARTS = {
    'base_events': 'BaseEventLoop',
    'base_futures': 'isfuture',
    'coroutines': 'iscoroutine iscoroutinefunction',
    'events': 'AbstractEventLoop AbstractEventLoopPolicy Handle TimerHandle '
              'get_event_loop get_event_loop_policy get_running_loop new_event_loop '
              'set_event_loop set_event_loop_policy _get_running_loop _set_running_loop',
    'exceptions': 'BrokenBarrierError CancelledError IncompleteReadError '
                  'InvalidStateError LimitOverrunError SendfileNotAvailableError TimeoutError',
    'futures': 'Future isfuture',
    'locks': 'Barrier BoundedSemaphore Condition Event Lock Semaphore',
    'queues': 'LifoQueue PriorityQueue Queue QueueEmpty QueueFull',
    'runners': 'Runner run',
    'taskgroups': 'TaskGroup',
    'tasks': 'FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED Task all_tasks as_completed '
             'create_task current_task ensure_future gather shield sleep wait wait_for',
    'timeouts': 'Timeout timeout timeout_at',
}
_HOMES = {'_UnixSelectorEventLoop': 'unix_events', '_UnixDefaultEventLoopPolicy': 'unix_events',
          'AbstractEventLoopPolicy': 'events', '_GatheringFuture': 'tasks'}


def _make_parts():
    here = globals()
    for part, names in _PARTS.items():
        mod = types.ModuleType('asyncio.' + part)
        for name in names.split():
            obj = here[name]
            setattr(mod, name, obj)
            if type(obj) is type and obj.__module__ == __name__:
                obj.__module__ = mod.__name__
        here[part] = sys.modules[mod.__name__] = mod
    for name, part in _HOMES.items():
        here[name].__module__ = 'asyncio.' + part


_make_parts()
_asyncio._set_helpers(_callback_text, _future_repr, _task_repr, get_event_loop)
