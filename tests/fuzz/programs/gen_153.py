# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    import asyncio
    sys.setrecursionlimit(3000)
    async def f(n):
        return await f(n - 1) + 1 if n else 0
    print(asyncio.run(f(2)))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
