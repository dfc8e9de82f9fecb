# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
try:
    def nxt(n):
        if n:
            g = nxt(n - 1)
            yield g.send(None)
        else:
            return 5
            yield
    g = nxt(1)
    print(next(g, None))
    g.close()
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
