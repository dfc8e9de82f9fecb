# collections.abc: Set/MutableSet operators, mapping views, MutableMapping,
# MutableSequence and Generator mixins, and X[args] aliases
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, MutableSequence,
                             Generator, Iterator, Iterable, Callable, KeysView, ItemsView,
                             ValuesView, Hashable, Sequence)

class ListSet(MutableSet):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            self.add(x)
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return 'ListSet(%r)' % self.items

a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, b - a, a ^ b, [5, 1] - a, a & [2, 9], [2, 9] & a)
print(a <= b, ListSet([3]) < b, a == ListSet([3, 2, 1]), a == {1, 2, 3}, a != b, a.isdisjoint([7]))
print(a._hash() == hash(frozenset([1, 2, 3])), Set.__hash__, a.__eq__(5))
a |= [7]; print(a)
a -= [1]; print(a)
a ^= [2, 8]; print(a)
a &= [3, 8, 9]; print(a)
print(a.pop(), a)
a.remove(8)
try:
    a.remove(8)
except KeyError as e:
    print('KeyError', e)
try:
    a.pop()
except KeyError as e:
    print('KeyError', repr(e))
try:
    a - 5
except TypeError as e:
    print('TypeError', e)

class Store(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

s = Store()
s.update({'a': 1}, b=2)
s.update([('c', 3)])
print(s.setdefault('a', 9), s.setdefault('z', 0), s.pop('z'), s.pop('q', 'dflt'), s.get('q'))
k, v, it = s.keys(), s.values(), s.items()
print(k, list(k), list(v), list(it), 'a' in k, 2 in v, ('b', 2) in it, ('b', 3) in it)
print(k & {'a', 'x'}, k | {'x'}, it - {('a', 1)}, len(v), isinstance(k, Set), isinstance(v, Set))
print(type(k).__name__, type(it).__name__, type(v).__name__, s == {'a': 1, 'b': 2, 'c': 3})
print(s.popitem(), dict(s.items()))
s.clear()
print(len(s))
try:
    s.popitem()
except KeyError as e:
    print('KeyError', repr(e))
try:
    s.pop('nope')
except KeyError as e:
    print('KeyError', repr(e))
print(Mapping.__reversed__, isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView),
      isinstance({}.values(), ValuesView))

class Row(MutableSequence):
    def __init__(self, *xs):
        self.xs = list(xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __len__(self):
        return len(self.xs)
    def insert(self, i, v):
        self.xs.insert(i, v)

r = Row(1, 2, 3)
r.append(4); r.extend([5, 6]); r.extend(r); r.reverse()
print(r.xs, r.pop(), r.pop(0), r.index(3), r.index(3, 3), r.count(1))
r.remove(3); r += (7,)
print(r.xs)
try:
    r.index(3, 0, 2)
except ValueError as e:
    print('ValueError', repr(e))
r.clear()
print(r.xs, Row(1, 2, 3).index(3, -1))

class Counter3(Generator):
    def __init__(self):
        self.n = 0
    def send(self, value):
        if self.n == 3:
            raise StopIteration
        self.n += 1
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

g = Counter3()
print(list(g), isinstance(g, Iterator), g.close())
try:
    g.throw(ValueError, ValueError('bad'))
except ValueError as e:
    print('ValueError', e)

class Stubborn(Generator):
    def send(self, value):
        return 1
    def throw(self, *args):
        return 2
try:
    Stubborn().close()
except RuntimeError as e:
    print('RuntimeError', e)

print(Iterable[int], Iterator[str], Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Sequence[int] == Sequence[int], Callable[[int], str].__args__, Iterable[int].__origin__)
for bad in ('Callable[int]', 'Hashable[int]'):
    try:
        eval(bad)
    except TypeError as e:
        print('TypeError', e)
class Nums(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])
print(Nums.__bases__, list(Nums()))
try:
    isinstance([], Iterable[int])
except TypeError as e:
    print('TypeError', e)
