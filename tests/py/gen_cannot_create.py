# Generator, coroutine and async generator types cannot be called.
def gen():
    yield


async def coro():
    pass


c = coro()
for obj in (gen(), c, c.__await__()):
    try:
        type(obj)()
    except TypeError as e:
        print("TypeError:", e)
c.close()
