import asyncio

async def important():
    await asyncio.sleep(1)
    print("important finished")
    return 7

async def main():
    inner = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.5)
    except asyncio.TimeoutError:
        print("outer timed out; inner cancelled?", inner.cancelled())
    print(await inner)

asyncio.run(main())
