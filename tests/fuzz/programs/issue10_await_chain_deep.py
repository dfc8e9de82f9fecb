# issue 10 reproducer: max-steps 200000 max-memory 268435456
# Found by the program generator: a 3,000-deep await chain sleeping at every
# level ran 40 s natively past its step budget (each sleep resumed about a
# hundred fresh stack segments).
import asyncio
import sys
sys.setrecursionlimit(10**5)
async def f(n):
    if n:
        await asyncio.sleep(0)
        return await f(n - 1)
    return 0
print(asyncio.run(f(2000)))
print(asyncio.run(f(3000)))
