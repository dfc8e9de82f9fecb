# contextlib for Coroscope: helpers for `with` and `async with`.
#
# Written from CPython 3.11's documented behaviour (its reference manual
# and what python3.11 prints), not from CPython's source.  Offers the
# abstract managers, ContextDecorator/AsyncContextDecorator,
# contextmanager/asynccontextmanager, closing, aclosing, suppress,
# nullcontext, redirect_stdout/redirect_stderr, ExitStack and
# AsyncExitStack, with CPython's messages and exception chaining.
# Left out: chdir (the engine has no working directory to change).

import sys
from abc import ABC as _ABC, abstractmethod as _abstract
from types import GenericAlias as _GenericAlias, MethodType as _bind
from _collections_abc import _defines

__all__ = ['asynccontextmanager', 'contextmanager', 'closing', 'nullcontext',
           'AbstractContextManager', 'AbstractAsyncContextManager',
           'AsyncExitStack', 'ContextDecorator', 'ExitStack',
           'redirect_stdout', 'redirect_stderr', 'suppress', 'aclosing']

_NO_EXC = (None, None, None)


def _like(wrapper, wrapped):
    # functools.wraps without importing functools (and collections).
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        if hasattr(wrapped, attr):
            setattr(wrapper, attr, getattr(wrapped, attr))
    wrapper.__dict__.update(getattr(wrapped, '__dict__', {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


# ---- the abstract managers -----------------------------------------------
# Subscriptable (AbstractContextManager[int]); the exit method is abstract;
# isinstance()/issubclass() accept any class that defines both methods.

class AbstractContextManager(_ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @_abstract
    def __exit__(self, typ, value, tb):
        return None


class AbstractAsyncContextManager(_ABC):
    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    @_abstract
    async def __aexit__(self, typ, value, tb):
        return None


def _structural(abc_cls, *methods):
    def hook(cls, other):
        if cls is abc_cls:
            return _defines(other, methods)
        return NotImplemented       # subclasses: the usual rules
    abc_cls.__subclasshook__ = classmethod(hook)


_structural(AbstractContextManager, '__enter__', '__exit__')
_structural(AbstractAsyncContextManager, '__aenter__', '__aexit__')


# ---- managers usable as decorators ---------------------------------------
# Each call of the decorated function runs inside the manager given by
# _recreate_cm(): the manager itself, or a fresh one if it is single-use.

class ContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, fn):
        def decorated(*a, **kw):
            cm = self._recreate_cm()
            with cm:
                return fn(*a, **kw)
        return _like(decorated, fn)


class AsyncContextDecorator:
    def _recreate_cm(self):
        return self

    def __call__(self, fn):
        async def decorated(*a, **kw):
            cm = self._recreate_cm()
            async with cm:
                return await fn(*a, **kw)
        return _like(decorated, fn)


# ---- @contextmanager and @asynccontextmanager ----------------------------
# The manager keeps the generator in .gen; .func/.args/.kwds let the
# decorator form make a fresh one per call, and are dropped on entry so
# that entering a used manager again fails (AttributeError: 'args').

class _GeneratorContextManagerBase:
    def __init__(self, fn, args, kw):
        self.gen = fn(*args, **kw)
        self.func = fn
        self.args = args
        self.kwds = kw
        doc = getattr(fn, '__doc__', None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_call(self):
        del self.args, self.func, self.kwds


def _after_throw(err, sent, tb, stops):
    # The generator raised `err` once `sent` was thrown into it.  True:
    # swallowed; False: the with statement re-raises `sent` with its own
    # traceback; anything else is raised from here.
    if isinstance(err, stops):
        return err is not sent          # it returned: swallowed
    if err is sent or (isinstance(err, RuntimeError)
                       and isinstance(sent, stops)
                       and err.__cause__ is sent):
        # re-raised as is, or a StopIteration that PEP 479 turned into
        # RuntimeError on its way out: the original goes on
        sent.__traceback__ = tb
        return False
    raise err


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    def __enter__(self):
        self._forget_call()
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            value = typ()
        try:
            gen.throw(value)
        except BaseException as err:
            return _after_throw(err, value, tb, StopIteration)
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


_ASYNC_STOPS = (StopIteration, StopAsyncIteration)


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    async def __aenter__(self):
        self._forget_call()
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, tb):
        agen = self.gen
        if typ is None:
            try:
                await anext(agen)
            except _ASYNC_STOPS:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                await agen.aclose()
        if value is None:
            value = typ()
        try:
            await agen.athrow(value)
        except BaseException as err:
            return _after_throw(err, value, tb, _ASYNC_STOPS)
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await agen.aclose()


def contextmanager(func):
    def make(*args, **kw):
        return _GeneratorContextManager(func, args, kw)
    return _like(make, func)


def asynccontextmanager(func):
    def make(*args, **kw):
        return _AsyncGeneratorContextManager(func, args, kw)
    return _like(make, func)


# ---- small managers ------------------------------------------------------

class closing(AbstractContextManager):
    def __init__(self, thing): self.thing = thing
    def __enter__(self): return self.thing
    def __exit__(self, *exc): self.thing.close()


class aclosing(AbstractAsyncContextManager):
    def __init__(self, thing): self.thing = thing
    async def __aenter__(self): return self.thing
    async def __aexit__(self, *exc): await self.thing.aclose()


class suppress(AbstractContextManager):
    # swallows the listed exception classes (and their subclasses)
    def __init__(self, *exceptions):
        self._exceptions = tuple(exceptions)

    def __enter__(self):
        pass

    def __exit__(self, typ, value, tb):
        if typ is None:
            return False
        return issubclass(typ, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    # a stand-in manager for both with and async with
    def __init__(self, enter_result=None): self.enter_result = enter_result
    def __enter__(self): return self.enter_result
    def __exit__(self, *exc): pass
    async def __aenter__(self): return self.enter_result
    async def __aexit__(self, *exc): pass


class _RedirectStream(AbstractContextManager):
    # Swaps sys.<_stream>; replaced streams are stacked so that one
    # manager can be entered again while it is active.
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        name, target = self._stream, self._new_target
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, target)
        return target

    def __exit__(self, *exc):
        previous = self._old_targets.pop()
        setattr(sys, self._stream, previous)


class redirect_stdout(_RedirectStream):
    _stream = 'stdout'


class redirect_stderr(_RedirectStream):
    _stream = 'stderr'


# ---- ExitStack and AsyncExitStack ----------------------------------------
# _exit_callbacks holds (is_sync, callback) pairs, run last-in first-out;
# each callback takes (type, value, traceback) and may return true to
# swallow the exception, which the ones after it then do not see.

def _methods(cm, enter, exit, what):
    # a manager's enter and exit methods, looked up on its type
    cls = type(cm)
    try:
        return getattr(cls, enter), getattr(cls, exit)
    except AttributeError:
        name = f'{cls.__module__}.{cls.__qualname__}'
        raise TypeError(
            f"'{name}' object does not support the {what} protocol") from None


class _Unwinding:
    # What an ExitStack's exit has seen so far.
    def __init__(self, exc_details):
        self.received = exc_details[0] is not None
        self.exc = exc_details          # what the next callback gets
        self.swallowed = False
        self.pending = False            # exc is one a callback raised
        self.outer = sys.exc_info()[1]  # handled by the caller's frame

    def returned(self, result):
        if result:
            self.exc = _NO_EXC
            self.swallowed = True
            self.pending = False

    def raised(self):
        # Relink the new exception's __context__ chain so that it ends at
        # the exception the callbacks were handling instead of at the
        # caller's, as nested with statements would have.
        new = sys.exc_info()[1]
        handled = self.exc[1]
        link = new
        while True:
            ctx = link.__context__
            if ctx is None or ctx is handled:
                break
            if ctx is self.outer:
                link.__context__ = handled
                break
            link = ctx
        self.exc = (type(new), new, new.__traceback__)
        self.pending = True

    def result(self):
        if not self.pending:
            return self.received and self.swallowed
        # raise it, keeping the __context__ set above (a raise while an
        # exception is being handled would replace it)
        exc = self.exc[1]
        ctx = exc.__context__
        try:
            raise exc
        except BaseException:
            exc.__context__ = ctx
            raise


class _BaseExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        # a new stack takes over the callbacks; this one is left empty
        moved = type(self)()
        moved._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return moved

    def _add(self, callback, sync=True):
        self._exit_callbacks.append((sync, callback))

    def push(self, exit):
        # a context manager's __exit__ (looked up on its type) or any
        # callable with __exit__'s signature
        method = getattr(type(exit), '__exit__', None)
        self._add(exit if method is None else _bind(method, exit))
        return exit

    def enter_context(self, cm):
        enter, leave = _methods(cm, '__enter__', '__exit__', 'context manager')
        result = enter(cm)
        self._add(_bind(leave, cm))
        return result

    def callback(self, callback, /, *args, **kw):
        def on_exit(typ, value, tb):
            callback(*args, **kw)
        on_exit.__wrapped__ = callback
        self._add(on_exit)
        return callback


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        state = _Unwinding(exc)
        callbacks = self._exit_callbacks
        while callbacks:
            callback = callbacks.pop()[1]
            try:
                state.returned(callback(*state.exc))
            except:
                state.raised()
        return state.result()

    def close(self):
        self.__exit__(*_NO_EXC)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        state = _Unwinding(exc)
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, callback = callbacks.pop()
            try:
                result = callback(*state.exc)
                if not is_sync:
                    result = await result
                state.returned(result)
            except:
                state.raised()
        return state.result()

    async def aclose(self):
        await self.__aexit__(*_NO_EXC)

    def push_async_exit(self, exit):
        method = getattr(type(exit), '__aexit__', None)
        self._add(exit if method is None else _bind(method, exit), False)
        return exit

    async def enter_async_context(self, cm):
        enter, leave = _methods(cm, '__aenter__', '__aexit__',
                                'asynchronous context manager')
        result = await enter(cm)
        self._add(_bind(leave, cm), False)
        return result

    def push_async_callback(self, callback, /, *args, **kw):
        async def on_exit(typ, value, tb):
            await callback(*args, **kw)
        on_exit.__wrapped__ = callback
        self._add(on_exit, False)
        return callback
