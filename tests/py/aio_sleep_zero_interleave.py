import asyncio

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)

async def main():
    await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 3))

asyncio.run(main())
print(asyncio.sleep(0.1).__class__.__name__)
