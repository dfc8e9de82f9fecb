import asyncio

async def worker(name, delay):
    await asyncio.sleep(delay)
    print(name)
    return name

async def main():
    a = asyncio.create_task(worker("a", 0.5))
    b = asyncio.create_task(worker("b", 0.25))
    print(await a, await b)

asyncio.run(main())
