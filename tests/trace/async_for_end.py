async def two():
    yield 1
    yield 2


async def main():
    async for x in two():
        print(x)


try:
    main().send(None)
except StopIteration:
    pass
