# return, break and continue leave an async with through its awaited
# __aexit__(None, None, None).
class Manager:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)

    async def __aexit__(self, *exc):
        print("exit", self.name, exc)


async def returns():
    async with Manager("r1"), Manager("r2"):
        return "returned value"


async def loops():
    for i in range(3):
        async with Manager("loop %d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    return i


for f in (returns, loops):
    try:
        f().send(None)
    except StopIteration as e:
        print("result", e.value)
