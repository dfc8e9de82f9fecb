# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**6)
def chunk():
    import functools, contextlib
    sys.setrecursionlimit(3000)
    def f(n):
        return [f(k) for k in [n - 1]] if n > 0 else []
    print(f(2))
    yield
for _ in chunk():
    pass
def chunk():
    import functools, contextlib
    sys.setrecursionlimit(1)
    def f(n):
        return max([n], key=lambda k: f(k - 1)) if n > 0 else 0
    r = f(1001)
    print(type(r).__name__)
    yield
for _ in chunk():
    pass
