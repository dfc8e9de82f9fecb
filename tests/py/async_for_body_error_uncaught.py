# An error inside an async generator consumed by async for, uncaught:
# the traceback runs through the loop and the generator.
async def items():
    yield 1
    raise ValueError("bad item")


async def main():
    async for x in items():
        print("got", x)


main().send(None)
