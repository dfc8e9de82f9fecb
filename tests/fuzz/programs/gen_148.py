# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(2**31 - 1)
for _ in range(2):
    import functools, contextlib
    sys.setrecursionlimit(999)
    def f(n):
        return (f(n - 1),) if n else ()
    print(f(3000))
