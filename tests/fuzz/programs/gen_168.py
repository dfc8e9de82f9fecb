# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    x = [0] * 65536 + [1] * 100000
    print(len(list(x)))
    print(len(x))
chunk()
import contextlib
with contextlib.suppress(Exception):
    s = chr(0x10ffff) * 1000
    print(len(s.ljust(1000)))
    print(len(s))
try:
    import functools, contextlib
    sys.setrecursionlimit(2**63)
    def f(n):
        if n:
            return f(n - 1)
        return 0
    print(len(str(f(2000))))
finally:
    print('finally')
