# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    import functools, contextlib
    sys.setrecursionlimit(10**4)
    def f(n):
        return f(n - 1) + 1 if n else 0
    print(f(10**9))
finally:
    print('finally')
