# An exception athrow() throws in that the generator does not catch
# propagates out of the awaitable and finishes the generator.
async def g():
    try:
        yield 1
    finally:
        print("finally runs")


a = g()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.athrow(KeyError("k")).send(None)
except KeyError as e:
    print("propagated", repr(e))
print(a.ag_frame, a.ag_running)
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("finished")
try:
    a.athrow(KeyError).send(None)
except StopIteration:
    print("athrow on a finished generator: StopIteration")

b = g()
try:
    b.athrow(IndexError("before start")).send(None)
except IndexError as e:
    print("unstarted:", repr(e))
print(b.ag_frame)
