# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    w = lambda a, i: frozenset([a])
    a = []
    b = [1, 2]
    for i in range(1000):
        a = w(a, i)
        b = w(b, i + 0)
    print(hash(a))
    print(max(a, b) is a)
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
try:
    w = lambda a, i: frozenset([a])
    a = ()
    b = {}
    for i in range(50000):
        a = w(a, i)
        b = w(b, i)
    print(repr(a) == repr(b))
    print(repr(a)[:40])
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
