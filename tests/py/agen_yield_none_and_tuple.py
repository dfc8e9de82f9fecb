# What StopIteration carries for yielded None, tuples and exceptions.
async def values():
    yield
    yield None
    yield (1, 2)
    yield ()
    yield ValueError("as a value")


g = values()
for _ in range(5):
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        print(repr(e), e.args, repr(e.value))
