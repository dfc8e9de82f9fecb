# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
def chunk():
    import asyncio
    sys.setrecursionlimit(10)
    async def f(n):
        return await asyncio.ensure_future(f(n - 1)) if n else 0
    print(asyncio.run(asyncio.wait_for(f(100), 5)))
    yield
for _ in chunk():
    pass
def chunk():
    print(hash(-1), hash(float('inf')), hash(2**31 - 1))
    print(isinstance(2**63 - 1, int))
    yield
for _ in chunk():
    pass
