import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.5)
        yield i

async def main():
    async for tick in ticker(3):
        print("tick", tick)

asyncio.run(main())
