# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(50)
try:
    print(list(reversed(sorted(set(range(10000)))))[:3])
    print(min(range(0), key=lambda v: (v % 3, -v), default=0))
finally:
    print('finally')
import asyncio
async def chunk():
    def nxt(n):
        if n:
            yield from nxt(n - 1)
        else:
            yield 'bottom'
    g = nxt(2)
    next(g)
    del g
asyncio.run(chunk())
def chunk():
    sys.setrecursionlimit(50)
    class K:
        def __init__(self, n):
            self.n = n
        def __hash__(self):
            return hash(K(self.n - 1)) if self.n else 0
    k = K(20000)
    print(k == 1)
chunk()
