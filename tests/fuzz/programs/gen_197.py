# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
def chunk():
    def g():
        try:
            yield 1
        finally:
            pass
    def g2():
        yield 0
    gens = []
    for i in range(1):
        gens.append(g())
    print(len(gens))
    for x in gens:
        x.close()
chunk()
def chunk():
    x = [[0] * 0] * 2
    print(len(repr(x)))
    y = x + x
    print(len(y))
    yield
for _ in chunk():
    pass
def chunk():
    import asyncio
    sys.setrecursionlimit(10**5)
    async def f(n):
        try:
            return await f(n - 1) if n else 0
        except RecursionError:
            return -1
    print(asyncio.run(f(999)))
chunk()
