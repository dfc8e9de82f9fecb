import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for name in "abc":
        loop.call_later(1, print, name, loop.time())
    loop.call_later(0.5, print, "half")
    h = loop.call_later(0.75, print, "cancelled!")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(1)
    print("after", loop.time())
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
