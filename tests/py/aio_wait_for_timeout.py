import asyncio

async def slow():
    try:
        await asyncio.sleep(5)
        return "done"
    finally:
        print("slow cleanup at", asyncio.get_running_loop().time())

async def main():
    try:
        await asyncio.wait_for(slow(), timeout=1.5)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, e.__cause__.__class__.__name__)
    print(await asyncio.wait_for(asyncio.sleep(0.5, "fast"), timeout=1))
    print(await asyncio.wait_for(asyncio.sleep(0.1, "none"), timeout=None))
    print(asyncio.get_running_loop().time())

asyncio.run(main())
