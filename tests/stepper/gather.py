import asyncio
import time

async def fetch(url):
    await asyncio.sleep(1)
    return "data from " + url

async def main():
    results = await asyncio.gather(fetch("a"), fetch("b"), fetch("c"))
    print(results)
    print(f"elapsed: {time.monotonic():.1f}s")

asyncio.run(main())
