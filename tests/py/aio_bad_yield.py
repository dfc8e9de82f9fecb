import asyncio

class Weird:
    def __await__(self):
        yield 42

async def main():
    try:
        await Weird()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await 3
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
