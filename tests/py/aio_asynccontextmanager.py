import asyncio
from contextlib import asynccontextmanager, aclosing, AsyncExitStack

@asynccontextmanager
async def resource(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0.1)
        print("close", name)

async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("numbers closed")

async def main():
    async with resource("db") as r:
        print("using", r)
    try:
        async with resource("net") as r:
            raise KeyError(r)
    except KeyError as e:
        print("caught", e)
    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
            print(n)
    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = await stack.enter_async_context(resource("b"))
        stack.push_async_callback(asyncio.sleep, 0)
        print(a, b)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
