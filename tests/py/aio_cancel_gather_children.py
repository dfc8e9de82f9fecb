import asyncio

async def child(n):
    try:
        await asyncio.sleep(n)
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0.5)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    results = await asyncio.gather(child(0.1), asyncio.sleep(0.2, "x"), return_exceptions=True)
    print(results)

asyncio.run(main())
