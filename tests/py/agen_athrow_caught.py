# athrow() raises at the yield; a generator that catches it and yields
# again ends the athrow awaitable with StopIteration(value).
async def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", repr(e))
            yield "recovered from " + str(e)


a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print(e.value)

for args in [(ValueError,), (ValueError("inst"),), (ValueError, "val"), (ValueError, ValueError("both"))]:
    t = a.athrow(*args)
    print(type(t).__name__)
    try:
        t.send(None)
    except StopIteration as e:
        print("->", e.value)
    try:
        a.__anext__().send(None)
    except StopIteration as e:
        print("->", e.value)
