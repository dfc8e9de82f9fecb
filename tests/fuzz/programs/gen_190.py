# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
r = range(3)
print(r.index(1))
print(len(r))
try:
    def nxt(n):
        if n:
            yield [*nxt(n - 1)]
        else:
            raise ValueError('bottom')
    g = nxt(998)
    for v in g:
        pass
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
