# 'async for' received an invalid object from __anext__, uncaught: the
# original TypeError is its cause.
class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def main():
    async for x in BadAnext():
        pass


main().send(None)
