import asyncio

async def stubborn():
    try:
        yield 1
        yield 2
    finally:
        raise ValueError("cleanup failed")

async def fine(tag):
    try:
        yield tag
    finally:
        print("closing", tag)

keep = []

async def main():
    loop = asyncio.get_running_loop()
    for g in (fine("a"), stubborn(), fine("b")):
        keep.append(g)
        print(await g.__anext__())
    print("running", len(keep))

asyncio.run(main())
print("end")
