# An async comprehension inside another comprehension makes that one
# async too (3.11); nested async generator expressions.
async def agen(n):
    for i in range(n):
        yield i


async def main():
    grid = [[y async for y in agen(x)] for x in range(4)]
    gens = [(y async for y in agen(x)) for x in range(2)]
    firsts = []
    for g in gens:
        firsts.append([v async for v in g])
    return grid, firsts


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
