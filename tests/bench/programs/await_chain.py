# A 20-deep chain of awaited coroutines with sleep(0) at the bottom, N times.
import asyncio

async def chain(depth):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    return await chain(depth - 1)

async def main():
    total = 0
    for _ in range(N):
        total += await chain(20)
    print(total)

asyncio.run(main())
