# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
try:
    import asyncio
    async def f(n):
        if n:
            await asyncio.sleep(0)
            return await f(n - 1)
        return 0
    print(asyncio.run(f(3000)))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
