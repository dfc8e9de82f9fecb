async def g():
    yield from [1, 2]
