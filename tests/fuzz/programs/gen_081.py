# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    sys.setrecursionlimit(500)
    def nxt(n):
        if n:
            yield [*nxt(n - 1)]
        else:
            raise ValueError('bottom')
    g = nxt(10)
    print(next(g))
    yield
for _ in chunk():
    pass
