# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
for _ in range(2):
    import functools, contextlib
    sys.setrecursionlimit(10**9)
    def f(n):
        return sorted([n], key=lambda k: f(k - 1))[0] if n > 0 else 0
    r = f(998)
    print(type(r).__name__)
