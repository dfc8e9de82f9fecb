# Seed: async generators, TaskGroup failures, except*, async with.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def cm():
    yield 1

async def agen():
    try:
        async with cm() as x:
            yield x
            yield await asyncio.sleep(0, 2)
    finally:
        await asyncio.sleep(0)

async def bad(i):
    await asyncio.sleep(i / 10)
    raise ValueError(i)

async def main():
    print([x async for x in agen()])
    g = agen()
    print(await anext(g), await g.asend(None))
    await g.aclose()
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(bad(i))
    except* ValueError as eg:
        print(eg.exceptions)

asyncio.run(main())
