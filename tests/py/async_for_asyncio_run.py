# async for and async with under asyncio.run, with nothing that suspends.
import asyncio


async def numbers():
    for i in range(3):
        yield i


class Quiet:
    async def __aenter__(self):
        return "entered"

    async def __aexit__(self, *exc):
        print("exited")


async def main():
    async with Quiet() as q:
        print(q)
        return [n async for n in numbers()]


print(asyncio.run(main()))
