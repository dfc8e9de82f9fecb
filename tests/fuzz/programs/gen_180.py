# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
def chunk():
    def gen(inner):
        yield from inner
    g = iter([1])
    for i in range(998):
        g = gen(g)
    next(g)
    del g
    print('freed')
    yield
for _ in chunk():
    pass
def chunk():
    sys.setrecursionlimit(2**31)
    class K:
        def __init__(self, n):
            self.n = n
        def __getitem__(self, i):
            return K(self.n - 1)[i] if self.n else 0
    k = K(100000)
    print(f'{k}')
    yield
for _ in chunk():
    pass
