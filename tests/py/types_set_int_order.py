# set iteration order follows CPython's hash table for ints
print({3, 1, 2}, {10, -1, 100, 8, 16}, set([5, 3, 9, 1]), {100, 200, 300})
s = set()
for x in [10, -1, 100, 8, 16]:
    s.add(x)
print(s)
s = {1, 9}; s.remove(1); s.add(17); print(s)
s = set(range(5)); s.pop(); s.pop(); s.add(100); print(s)
print(set(range(20)) - {3, 4}, {1, 2, 3} & {2, 3, 4}, {1, 2} | {8, 9}, {1, 2} ^ {2, 3})
print(frozenset({3, 1}), hash(frozenset({1, 2})), hash(frozenset()), set(), frozenset())
