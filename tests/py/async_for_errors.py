# The TypeErrors of async for, with 3.11's wording.
class NoAnext:
    def __aiter__(self):
        return self


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class AiterReturnsInt:
    def __aiter__(self):
        return 7


async def over(obj):
    async for x in obj:
        pass


for obj in (1, [1, 2], NoAnext(), BadAnext(), AiterReturnsInt()):
    try:
        over(obj).send(None)
    except TypeError as e:
        print("TypeError:", e)
        print("  cause:", repr(e.__cause__))
