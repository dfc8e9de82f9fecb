# anext(it, default): an awaitable that gives the default instead of
# StopAsyncIteration; without a default, plain __anext__().
async def two():
    yield 1
    yield 2


class Empty:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


a = two()
aw = anext(a, "dflt")
print(type(aw).__name__, repr(aw).startswith("<anext_awaitable object at 0x"))
print(aw.__await__() is aw, iter(aw) is aw)
for _ in range(4):
    try:
        anext(a, "dflt").send(None)
    except StopIteration as e:
        print("value", repr(e.value))
try:
    anext(a).send(None)
except StopAsyncIteration:
    print("no default: StopAsyncIteration")
try:
    anext(Empty(), None).__next__()
except StopIteration as e:
    print("class-based, default None:", e.args)
try:
    anext(Empty(), 42).send(None)
except StopIteration as e:
    print("class-based:", e.value)
print(type(anext(Empty())).__name__)


async def main():
    b = two()
    return [await anext(b, 0), await anext(b, 0), await anext(b, 0), await anext(b, "end")]


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
