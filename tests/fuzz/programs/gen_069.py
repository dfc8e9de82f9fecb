# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
import contextlib
with contextlib.suppress(Exception):
    import itertools
    m = range(3)
    for i in range(0):
        m = map(abs, m)
    print(tuple(m)[:3])
