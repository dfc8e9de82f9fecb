# Deleting and adding keys while iterating a dict: "dictionary keys changed
# during iteration" when the iterator finds more keys than the dict had, and
# no error when a resize moved the new keys behind it (CPython grows its
# table to three times the keys it holds).
def attempt(d, mutate, view=lambda d: d):
    seen = []
    try:
        for k in view(d):
            seen.append(k)
            mutate(d, k)
    except RuntimeError as e:
        print(type(e).__name__, e, seen)
    else:
        print('no error', seen)
    print(d)
def swap(d, k):
    del d[k]
    d[k + 100] = 0
attempt({0: 0}, lambda d, k: (d.pop(k), d.__setitem__(k, 0)))
attempt({0: 0, 1: 1}, swap)
attempt({1: 1, 2: 2, 3: 3}, swap)
attempt({i: i for i in range(6)}, swap)
attempt({i: i for i in range(20)}, swap)
attempt({i: i for i in range(3)}, swap, lambda d: d.values())
attempt({i: i for i in range(3)}, lambda d, kv: swap(d, kv[0]), lambda d: d.items())
attempt({i: i for i in range(3)}, lambda d, k: d.__setitem__(k + 100, 0))
attempt({i: i for i in range(3)}, lambda d, k: d.pop(k))
d = {}
for i in range(50):
    d[i] = i
    if i % 3 == 0:
        del d[i // 2]
attempt(d, swap)
attempt({'a': 1, 'b': 2}, lambda d, k: (d.clear(), d.update(x=1, y=2)))
