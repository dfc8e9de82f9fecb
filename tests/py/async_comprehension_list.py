# [x async for x in agen()]: the list comprehension is a coroutine that
# the enclosing coroutine awaits.
async def agen(n):
    for i in range(n):
        yield i


async def main():
    squares = [x * x async for x in agen(5)]
    evens = [x async for x in agen(10) if x % 2 == 0 if x > 2]
    pairs = [(x, y) async for x in agen(3) for y in "ab"]
    nested = [(x, y) for x in range(2) async for y in agen(2)]
    return squares, evens, pairs, nested


try:
    main().send(None)
except StopIteration as e:
    for part in e.value:
        print(part)
