# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
for _ in range(2):
    import asyncio
    sys.setrecursionlimit(0)
    async def f(n):
        return await asyncio.ensure_future(f(n - 1)) if n else 0
    asyncio.run(f(20000))
for _ in range(2):
    print(int.from_bytes([120] * 2, 'big'))
    print(sorted(range(2), reverse=True)[:3])
