# Async set and dict comprehensions.
async def agen(n):
    for i in range(n):
        yield i


async def main():
    s = {x % 3 async for x in agen(10)}
    d = {x: x * x async for x in agen(4)}
    d2 = {k: v async for k, v in pairs()}
    return s, d, d2


async def pairs():
    yield "a", 1
    yield "b", 2


try:
    main().send(None)
except StopIteration as e:
    print(*e.value, sep="\n")
