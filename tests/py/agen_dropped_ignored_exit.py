# A dropped async generator that yields again after GeneratorExit:
# "Exception ignored in" with RuntimeError.
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


a = stubborn()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
del a
print("after del")
