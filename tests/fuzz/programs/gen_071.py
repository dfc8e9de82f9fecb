# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
import contextlib
with contextlib.suppress(Exception):
    x = 1
    f = lambda *a: 1
    y = f()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()()
    print(type(y).__name__)
