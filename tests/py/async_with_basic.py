# async with: __aenter__ and __aexit__ are awaited; several items nest.
import types


@types.coroutine
def tick(what):
    yield what


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await tick("opening " + self.name)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, exc, tb):
        await tick("closing " + self.name)
        print("exit", self.name, typ, exc, tb)
        return False


async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a, b)
    async with Resource("c"):
        print("no target")
    return "done"


coro = main()
try:
    while True:
        print("driver:", coro.send(None))
except StopIteration as e:
    print(e.value)
