import asyncio

async def ticker(name):
    try:
        for i in range(100):
            yield i
    finally:
        print(name, "finally")
        await asyncio.sleep(0)
        print(name, "cleanup done")

async def main():
    async for i in ticker("first"):
        if i == 1:
            break
    print("after break")
    await asyncio.sleep(0)
    print("after sleep 0")
    await asyncio.sleep(0)
    print("after second sleep 0")
    g = ticker("second")
    await g.asend(None)
    del g
    print("dropped second")
    await asyncio.sleep(1)
    print("main done")

asyncio.run(main())
