# A dropped async generator that returns on GeneratorExit: CPython's close
# reports the StopAsyncIteration as unraisable.
async def quitter():
    try:
        yield 1
    except GeneratorExit:
        print("returning")
        return


a = quitter()
try:
    a.__anext__().send(None)
except StopIteration:
    pass
del a
print("after del")
