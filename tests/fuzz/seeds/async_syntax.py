import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    async with lock:
        pass
    async for x in agen():
        print(x)
    r = await fetch(1)
    return [await fetch(i) for i in range(2)]

async def agen():
    yield 1
