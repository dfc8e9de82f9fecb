# A 60-deep chain of awaited coroutines, each sleeping once on its way
# down: every sleep(0) resumes the whole chain above it.
import asyncio
import sys

sys.setrecursionlimit(10000)


async def down(n):
    if n == 0:
        return 0
    await asyncio.sleep(0)
    return await down(n - 1) + 1


async def main():
    loop = asyncio.get_running_loop()
    print(await down(60), loop.time())
    # and again, as a task, with the first chain gone
    print(await asyncio.create_task(down(30)))


asyncio.run(main())
