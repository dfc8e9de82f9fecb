# collections.abc: built-in types and structural checks with isinstance
from collections.abc import (Iterable, Iterator, Generator, Coroutine, Awaitable,
                             AsyncIterable, AsyncIterator, AsyncGenerator, Mapping,
                             MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Callable, Hashable, Sized, Container, Collection, Reversible)

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

co = coro()
samples = {'list': [1], 'tuple': (1,), 'str': 'ab', 'dict': {}, 'set': set(), 'frozenset': frozenset(),
           'range': range(2), 'int': 5, 'generator': gen(), 'coroutine': co, 'async gen': agen(),
           'function': len}
abcs = [Iterable, Iterator, Generator, Coroutine, Awaitable, AsyncIterable, AsyncIterator,
        AsyncGenerator, Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
        Callable, Hashable, Sized, Container, Collection, Reversible]
for name, obj in samples.items():
    print(name.ljust(10), ' '.join(a.__name__ for a in abcs if isinstance(obj, a)))
co.close()

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Bag:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False

class Waiter:
    def __await__(self):
        yield

class Unhashable:
    __hash__ = None

for cls in (Countdown, Bag, Waiter, Unhashable):
    print(cls.__name__, [a.__name__ for a in abcs if issubclass(cls, a)])
print(issubclass(list, Sequence), issubclass(dict, Sequence), issubclass(bool, Hashable))
print(Iterable, type(Iterable).__name__)
try:
    issubclass(3, Iterable)
except TypeError as e:
    print(type(e).__name__, e)
