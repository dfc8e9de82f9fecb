# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(2**31 - 1)
try:
    import asyncio
    async def f(n):
        return await asyncio.wait_for(f(n - 1), 10) if n else 0
    asyncio.run(f(999))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
def chunk():
    class K:
        def __init__(self, n):
            self.n = n
        def __call__(self):
            return K(self.n - 1)() if self.n else 0
    k = K(100)
    print(k[0])
    yield
for _ in chunk():
    pass
