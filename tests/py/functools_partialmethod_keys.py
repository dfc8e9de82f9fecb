# partialmethod (repr, binding, classmethod), cmp_to_key objects, reduce's
# argument checks, partial's flattening and read-only fields, lru_cache
# keys (int/str alone, typed), singledispatch with a union and registry.
import functools
from functools import partial, partialmethod, cmp_to_key, reduce, lru_cache, singledispatch


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='bye')

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    pair = partialmethod(make, 2)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, len(Cell.pair()))
print(repr(Cell.__dict__['set_dead']).split(' at ')[0])
print(repr(partialmethod(print)).startswith('functools.partialmethod(<built-in function print>, , )'))

K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K(1)).__name__, K(1) != K(2), K(3) >= K(3), K(1).obj)
try:
    hash(K(1))
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=K))

for args in [(), (max,), (max, [1], 0, 9)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(e)
try:
    reduce(max, [1], initial=0)
except TypeError as e:
    print(e)


class Sub(partial):
    pass


s = Sub(max, 1)
t = partial(s, 2)
print(type(t.func).__name__, t.args, repr(s).startswith('Sub(<built-in function max>, 1)'))
try:
    t.func = min
except AttributeError as e:
    print(e)
t.note = 'extra'
print(t.__dict__, partial(t, 3).args)


@lru_cache(maxsize=None)
def ident(x, y=0):
    return x


ident(1); ident(1.0); ident('a'); ident('a'); ident(1, y=0); ident(1, 0)
print(ident.cache_info())


@singledispatch
def kind(x):
    return 'other'


@kind.register
def _(x: int | float):
    return 'number'


print(kind(1), kind(2.5), kind('s'), sorted(t.__name__ for t in kind.registry))
print(type(kind.registry).__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
