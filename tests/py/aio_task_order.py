import asyncio

async def worker(name, delay):
    print(f"{name} start at {asyncio.get_running_loop().time()}")
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time()}")
    return name.upper()

async def main():
    t1 = asyncio.create_task(worker("a", 0.5))
    t2 = asyncio.create_task(worker("b", 0.25))
    t3 = asyncio.create_task(worker("c", 0.5))
    print(t1.get_name(), t2.get_name(), t3.get_name())
    print(await t1, await t2, await t3)
    print(t1.done(), t1.result())

asyncio.run(main())
