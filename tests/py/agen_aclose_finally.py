# aclose() throws GeneratorExit at the yield: finally blocks run and the
# aclose() awaitable ends with StopIteration.
async def g(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    finally:
        print(name, "finally")


a = g("a")
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
c = a.aclose()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("aclose done", repr(e))
print(a.ag_frame)
try:
    a.aclose().send(None)
except StopIteration:
    print("second aclose: StopIteration")
try:
    a.__anext__().send(None)
except StopAsyncIteration:
    print("anext after aclose: StopAsyncIteration")

b = g("b")
try:
    b.aclose().send(None)
except StopIteration:
    print("unstarted aclose: StopIteration")
try:
    b.__anext__().send(None)
except StopAsyncIteration:
    print("never ran")
