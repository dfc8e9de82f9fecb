# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**5)
import contextlib
with contextlib.suppress(Exception):
    r = range(-2**31)
    print(min(r))
    print(sorted(r)[:2])
try:
    C = list
    for i in range(1500):
        C = type('C', (C,), {'x': i})
    print(issubclass(C, object))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
