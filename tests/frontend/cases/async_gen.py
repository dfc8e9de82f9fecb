async def agen():
    yield 1
    x = yield
    await y
