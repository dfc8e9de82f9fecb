import asyncio

async def worker(name, delay):
    print(name, "starts")
    await asyncio.sleep(delay)
    print(name, "ends")
    return name.upper()

async def main():
    first = asyncio.create_task(worker("first", 2))
    second = asyncio.create_task(worker("second", 1))
    third = asyncio.create_task(worker("third", 3))
    print("three tasks created")
    await asyncio.sleep(0)
    print(await first, await second, await third)

asyncio.run(main())
