# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
def chunk():
    x = 1
    f = lambda *a: 1
    y = f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, f(x, x))))))))))))))))))))))))))))))))))))))))))))))))))
    print(repr(y)[:20])
    yield
for _ in chunk():
    pass
import contextlib
with contextlib.suppress(Exception):
    import asyncio
    sys.setrecursionlimit(10)
    async def f(n):
        return await f(n - 1) + 1 if n else 0
    asyncio.run(f(10000))
