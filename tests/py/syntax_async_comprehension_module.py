async def agen():
    yield 1

result = {x async for x in agen()}
