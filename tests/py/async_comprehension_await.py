# await inside comprehensions of an async function: the list/set/dict
# comprehension becomes a coroutine; a generator expression with await
# is an async generator.
import types


@types.coroutine
def double(x):
    got = yield ("double", x)
    return got


async def main():
    lst = [await double(x) for x in range(3)]
    dct = {x: await double(x) for x in range(2)}
    gen = (await double(x) for x in range(2))
    print(type(gen).__name__)
    from_gen = [v async for v in gen]
    return lst, dct, from_gen


coro = main()
value = None
try:
    while True:
        request = coro.send(value)
        print("driver:", request)
        value = request[1] * 2
except StopIteration as e:
    print(e.value)
