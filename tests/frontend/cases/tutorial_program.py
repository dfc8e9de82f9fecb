import asyncio

async def fetch(name, delay):
    print(f"{name} 시작")
    await asyncio.sleep(delay)
    print(f"{name} 끝 ({delay:.1f}s)")
    return name.upper()

async def main():
    results = await asyncio.gather(fetch("A", 1), fetch("B", 2))
    print(results)

asyncio.run(main())
