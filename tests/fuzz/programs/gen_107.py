# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
import asyncio
sys.setrecursionlimit(10**4)
async def f(n):
    try:
        return await f(n - 1) if n else 0
    except RecursionError:
        return -1
print(asyncio.run(asyncio.wait_for(f(0), 5)))
