# An async generator that yields again after GeneratorExit: aclose()
# fails with RuntimeError.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2


a = stubborn()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
print(a.ag_running)
