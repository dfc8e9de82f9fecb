import asyncio

async def ok(x):
    await asyncio.sleep(0.1 * x)
    return x

async def bad(msg):
    await asyncio.sleep(0.05)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(ok(2), bad("boom"), ok(1), return_exceptions=True))
    try:
        await asyncio.gather(ok(1), bad("first"), bad("second"))
    except ValueError as e:
        print("caught", e)
    print(await asyncio.gather())
    await asyncio.sleep(1)

asyncio.run(main())
