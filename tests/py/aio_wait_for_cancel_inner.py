import asyncio

async def slow(tag):
    try:
        await asyncio.sleep(3)
    except asyncio.CancelledError:
        print(tag, "inner cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    try:
        await asyncio.wait_for(slow("a"), 1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow("b"), 0)
    except asyncio.TimeoutError:
        print("timeout 0")
    outer = asyncio.create_task(asyncio.wait_for(slow("c"), 5))
    await asyncio.sleep(1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")

asyncio.run(main())
