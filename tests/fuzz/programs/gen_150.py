# proggen: max-steps 200000 max-memory 33554432
import sys
def chunk():
    def nxt(n):
        if n:
            yield list(nxt(n - 1))[0]
        else:
            yield 'bottom'
    g = nxt(3000)
    next(g)
    g.close()
chunk()
