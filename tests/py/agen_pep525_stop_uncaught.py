# The RuntimeError from a StopAsyncIteration inside, uncaught.
async def bad():
    raise StopAsyncIteration("inner")
    yield


bad().__anext__().send(None)
