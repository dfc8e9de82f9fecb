# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
import contextlib
with contextlib.suppress(Exception):
    import itertools
    m = range(3)
    for i in range(100000):
        m = filter(lambda x: True, m)
    print(list(itertools.islice(m, 2)))
import asyncio
async def chunk():
    def g():
        while True:
            yield
    def g2():
        yield 0
    gens = []
    for i in range(1):
        x = g()
        next(x)
        gens.append(x)
    print(len(gens))
    for x in gens:
        x.close()
asyncio.run(chunk())
