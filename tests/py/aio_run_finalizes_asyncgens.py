import asyncio

async def ticker():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("ticker finally, loop running:", asyncio.get_running_loop().is_running())
        await asyncio.sleep(0)
        print("ticker cleanup awaited")

keep = []

async def main():
    agen = ticker()
    keep.append(agen)
    print(await agen.__anext__(), await agen.__anext__())
    print("main returns")

asyncio.run(main())
print("after run")
