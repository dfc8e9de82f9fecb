# The exception in an async with body goes to __aexit__; a true result
# suppresses it, a false one lets it propagate.
import sys


class Manager:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, exc, tb):
        print("aexit", typ.__name__ if typ else None, repr(exc), tb is not None,
              sys.exc_info()[1] is exc)
        return self.suppress


async def main():
    async with Manager(True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with Manager(0):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    async with Manager("yes"):
        1 / 0
    print("after truthy string")
    return "ok"


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
