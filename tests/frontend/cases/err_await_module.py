async def f():
    return 1
result = await f()
