# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(50)
import itertools
m = itertools.count()
for i in range(8000):
    m = filter(lambda x: True, m)
print(sorted(m, key=repr)[:2])
def chunk():
    import functools, contextlib
    sys.setrecursionlimit(1)
    def f(n):
        return [f(k) for k in [n - 1]] if n > 0 else []
    print(repr(f(8000))[:30])
chunk()
