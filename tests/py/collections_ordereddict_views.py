# OrderedDict's keys/values/items views: odict_* reprs, order, reversed, set operations
from collections import OrderedDict
from collections.abc import KeysView, ItemsView, ValuesView, Set
od = OrderedDict(a=1, b=2)
od['c'] = 3
od.move_to_end('a')
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.keys() == {'a', 'b', 'c'}, sorted(od.keys() & {'a', 'z'}), len(od.items()), 'a' in od.keys(), ('a', 1) in od.items(), 2 in od.values())
print(isinstance(od.keys(), KeysView), isinstance(od.items(), Set), isinstance(od.values(), ValuesView), type(od.keys()).__name__)
print(list(od), dict(od), [k for k in od.keys()], {**od})
for k, v in od.items():
    print(k, v)
