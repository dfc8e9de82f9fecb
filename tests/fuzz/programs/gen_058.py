# proggen: max-steps 200000 max-memory 268435456
import sys
import contextlib
with contextlib.suppress(Exception):
    sys.setrecursionlimit(500)
    def nxt(n):
        if n:
            yield from nxt(n - 1)
        else:
            return 5
            yield
    g = nxt(0)
    print(next(g))
try:
    y = {{1}}
    print(repr(y)[:20])
except Exception as e:
    print('caught', type(e).__name__)
for _ in range(2):
    s = '{:>{}}'.format('x', 2)
    print(hash(s) == hash(s[:]))
    print(s in s + s)
