# async for over a class with __aiter__ / async __anext__ that raises
# StopAsyncIteration.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        print("__aiter__")
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    async for v in Countdown(3):
        print(v)
    print([v async for v in Countdown(2)])
    return "done"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
