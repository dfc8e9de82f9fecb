import asyncio

async def work():
    await asyncio.sleep(1)
    return "result value that is rather long to be cut by reprlib"

async def main():
    t = asyncio.create_task(work(), name="worker")
    print(t)
    await asyncio.sleep(0)
    print(t)
    t.cancel()
    print(t)
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(t)
    t2 = asyncio.create_task(work())
    print(await t2)
    print(t2)
    t3 = asyncio.create_task(work())
    t3.set_name(123)
    print(t3.get_name(), t3.get_coro())
    await t3

asyncio.run(main())
