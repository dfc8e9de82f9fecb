# N tasks each doing `await asyncio.sleep(0)` three times under one gather.
import asyncio

async def worker():
    for _ in range(3):
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(*[worker() for _ in range(N)])

asyncio.run(main())
