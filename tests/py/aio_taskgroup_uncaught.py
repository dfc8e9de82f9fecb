import asyncio

async def boom(i):
    await asyncio.sleep(0.1 * i)
    raise RuntimeError(f"task {i} failed")

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(1, 3):
            tg.create_task(boom(i))

asyncio.run(main())
