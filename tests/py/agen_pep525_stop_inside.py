# PEP 479/525: StopAsyncIteration or StopIteration raised inside an async
# generator becomes RuntimeError, chained to the original.
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration("inner")


async def raises_stop():
    raise StopIteration("early")
    yield


a = raises_stop_async()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
try:
    raises_stop().__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
