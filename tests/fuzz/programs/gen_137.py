# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    l = [[]] * 10
    l[0].append(l)
    print(len(repr(l)))
    d = dict.fromkeys(range(10))
    for k in list(d):
        del d[k]
    print(d)
except Exception as e:
    print('caught', type(e).__name__)
import contextlib
with contextlib.suppress(Exception):
    import functools, contextlib
    sys.setrecursionlimit(10**4)
    def f(n):
        if n:
            return f(n - 1)
        return 0
    print(f(500))
