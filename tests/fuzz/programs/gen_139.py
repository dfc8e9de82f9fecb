# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**6)
import contextlib
with contextlib.suppress(Exception):
    w = lambda a, i: {'k': a}
    a = {}
    b = None
    for i in range(10):
        a = w(a, i)
        pass
    print(id(a) > 0)
    print(max(a, b) is a)
import asyncio
async def chunk():
    sys.setrecursionlimit(500)
    def nxt(n):
        if n:
            yield list(nxt(n - 1))[0]
        else:
            return 5
            yield
    g = nxt(4000)
    print(g.close())
asyncio.run(chunk())
