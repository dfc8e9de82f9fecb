# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    sys.setrecursionlimit(999)
    class K:
        def __init__(self, n):
            self.n = n
        @property
        def p(self):
            return K(self.n - 1).p if self.n else 0
    k = K(8000)
    print(bool(k))
finally:
    print('finally')
import asyncio
async def chunk():
    def gen(inner):
        yield from inner
    g = iter([1])
    for i in range(100):
        g = gen(g)
    del g
    print('freed')
asyncio.run(chunk())
def chunk():
    def g():
        yield from g2()
    def g2():
        yield 0
    gens = []
    for i in range(10**6):
        gens.append((j for j in range(i)))
    print(len(gens))
chunk()
