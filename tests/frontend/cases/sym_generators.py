def gen():
    yield 1
async def coro():
    await x
async def agen():
    yield 1
lambda: (yield)
