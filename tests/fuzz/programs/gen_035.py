# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    sys.setrecursionlimit(50)
    def nxt(n):
        if n:
            for v in nxt(n - 1):
                yield v
        else:
            yield 'bottom'
    g = nxt(600000)
    print(next(g, None))
    g.close()
chunk()
