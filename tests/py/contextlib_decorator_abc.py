# ContextDecorator, the abstract managers (structural isinstance checks,
# abstract __exit__), suppress with subclasses, nullcontext in async with,
# AsyncExitStack mixing sync and async callbacks.
import asyncio
from contextlib import (AbstractAsyncContextManager, AbstractContextManager,
                        AsyncExitStack, ContextDecorator, ExitStack,
                        asynccontextmanager, closing, nullcontext, suppress)


class traced(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *details):
        print('exit', self.name, details[0])
        return False


@traced('work')
def work(x):
    """does work"""
    print('working', x)
    return x * 2

print(work(21), work.__name__, work.__doc__)
try:
    traced('fail')(lambda: 1 / 0)()
except ZeroDivisionError as e:
    print('propagated', e)


class HasBoth:
    def __enter__(self):
        return self

    def __exit__(self, *details):
        pass


class OnlyEnter:
    def __enter__(self):
        return self


print(isinstance(HasBoth(), AbstractContextManager),
      isinstance(OnlyEnter(), AbstractContextManager),
      issubclass(ExitStack, AbstractContextManager),
      isinstance(nullcontext(), AbstractAsyncContextManager),
      isinstance(HasBoth(), AbstractAsyncContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print(e)


class Mine(AbstractContextManager):
    def __exit__(self, *details):
        return None

with Mine() as m:
    print(type(m).__name__)
print([c.__name__ for c in suppress.__mro__])
print([c.__name__ for c in nullcontext.__mro__])
print([c.__name__ for c in AsyncExitStack.__mro__])

with suppress(LookupError):
    [][1]
print('IndexError suppressed as a LookupError')
try:
    with suppress():
        raise KeyError('nothing suppressed')
except KeyError as e:
    print('through', e)


class Resource:
    def close(self):
        print('closed')

with closing(Resource()) as r:
    print(type(r).__name__)


async def main():
    async with nullcontext('enter result') as v:
        print(v)

    @asynccontextmanager
    async def res(n):
        print('open', n)
        try:
            yield n
        finally:
            print('close', n)

    async def async_exit(*details):
        print('async exit sees', details[0])
        return True

    async with AsyncExitStack() as stack:
        print(await stack.enter_async_context(res(1)))
        stack.push(lambda *details: print('sync exit sees', details[0]))
        stack.push_async_exit(async_exit)
        stack.push_async_callback(asyncio.sleep, 0)
        stack.callback(print, 'plain callback')
        raise KeyError('swallowed by async_exit')
    print('after stack')
    try:
        await AsyncExitStack().enter_async_context(HasBoth())
    except TypeError as e:
        print(e)

    @res(2)
    async def decorated():
        print('inside decorated')
        return 'done'
    print(await decorated())

asyncio.run(main())
