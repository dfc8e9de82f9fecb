# collections.abc mixins: a Sequence, a Mapping and a MutableMapping from a few methods
from collections.abc import Sequence, Mapping, MutableMapping, MutableSequence, Iterable, Set

class Squares(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

s = Squares(5)
print(list(s), 9 in s, 7 in s, s.index(16), s.count(4), list(reversed(s)))
print(isinstance(s, Iterable), isinstance(s, MutableSequence))
try:
    s.index(99)
except ValueError as e:
    print('ValueError', repr(e))

class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

f = Frozen(a=1, b=2)
print(f['a'], f.get('z', 0), 'b' in f, list(f.keys()), list(f.items()), list(f.values()))
print(f == {'a': 1, 'b': 2}, f.keys() & {'a', 'q'}, isinstance(f.keys(), Set))

class Store(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

st = Store()
st['Key'] = 1
st.update({'OTHER': 2}, Third=3)
print(st['KEY'], dict(st), st.setdefault('x', 9), st.pop('other'), st.popitem(), len(st))
try:
    st.pop('nothing')
except KeyError as e:
    print(type(e).__name__, e)

class Incomplete(Sequence):
    def __len__(self):
        return 0
try:
    Incomplete()
except TypeError as e:
    print(type(e).__name__, e)
try:
    MutableMapping()
except TypeError as e:
    print(type(e).__name__, e)
