import asyncio

async def ok(n):
    try:
        await asyncio.sleep(n)
        print("ok finished", n)
    except asyncio.CancelledError:
        print("ok cancelled", n)
        raise

async def bad(n, exc):
    await asyncio.sleep(n)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(ok(5))
            tg.create_task(bad(1, ValueError("first")))
            tg.create_task(bad(1, KeyError("second")))
    except* ValueError as eg:
        print("values:", eg.exceptions)
    except* KeyError as eg:
        print("keys:", eg.exceptions)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
