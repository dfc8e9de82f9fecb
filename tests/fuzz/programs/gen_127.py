# proggen: max-steps 200000 max-memory 268435456
import sys
import contextlib
with contextlib.suppress(Exception):
    sys.setrecursionlimit(50)
    def nxt(n):
        if n:
            yield sum(nxt(n - 1))
        else:
            return
    g = nxt(1500)
    print(g.throw(KeyError('t')))
