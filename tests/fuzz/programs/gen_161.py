# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**5)
try:
    import itertools
    m = range(3)
    for i in range(8000):
        m = [*m]
    print(len(list(m)))
finally:
    print('finally')
def nxt(n):
    if n:
        yield from nxt(n - 1)
    else:
        yield from range(3)
g = nxt(0)
print(next(g, None))
g.close()
try:
    r = range(2)
    print(r[0 // 2])
    print(2**32 in r)
finally:
    print('finally')
