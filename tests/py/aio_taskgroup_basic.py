import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} done at {asyncio.get_running_loop().time()}")
    return name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 2))
        t2 = tg.create_task(work("b", 1), name="second")
        print(t2.get_name(), t1.get_name().startswith("Task-"))
    print(t1.result(), t2.result())
    print(repr(tg)[:20])

asyncio.run(main())
