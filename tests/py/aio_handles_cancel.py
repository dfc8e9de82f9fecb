import asyncio

def say(what):
    print(what, asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_later(1, say, "later")
    h2 = loop.call_at(loop.time() + 2, say, "at")
    h3 = loop.call_soon(say, "soon")
    h4 = loop.call_later(1.5, say, "never")
    print(type(h1).__name__, type(h3).__name__, h1.when(), h4.cancelled())
    h4.cancel()
    print(h4.cancelled(), h4)
    await asyncio.sleep(3)
    print(h1.cancelled(), h2.when())

asyncio.run(main())
