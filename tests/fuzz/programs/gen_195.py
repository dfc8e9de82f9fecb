# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import asyncio
async def chunk():
    class K:
        def __init__(self, n):
            self.n = n
        def __next__(self):
            return next(K(self.n - 1)) if self.n else 0
    k = K(3000)
    print(k + 1)
asyncio.run(chunk())
e = None
for i in range(600000):
    try:
        raise ExceptionGroup('g', [e or ValueError(i)])
    except Exception as x:
        e = x
print(type(e).__name__)
try:
    import asyncio
    sys.setrecursionlimit(3000)
    async def f(n):
        async def ag(k):
            yield await f(k)
        return [v async for v in ag(n - 1)] if n else 0
    print(asyncio.run(asyncio.wait_for(f(1000), 5)))
except Exception as e:
    print('caught', type(e).__name__)
