async def main():
    await x
    y = await f()
    await asyncio.sleep(1)
    async for i in aiter():
        pass
    async with lock as l:
        pass
    r = [x async for x in ag()]
    s = [await z for z in zs]
    return await a ** 2
