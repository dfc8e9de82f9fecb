# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    sys.setrecursionlimit(10**9)
    def nxt(n):
        if n:
            yield next(nxt(n - 1))
        else:
            yield 'bottom'
    g = nxt(100)
    print(g.close())
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
