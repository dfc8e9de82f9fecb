# The TypeErrors of async with, with 3.11's wording.
class OnlySync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


class NoAexit:
    async def __aenter__(self):
        return 1


class NoAenter:
    async def __aexit__(self, *a):
        return False


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return None


async def use(obj, fail=False):
    async with obj:
        if fail:
            raise ValueError("body")


for obj, fail in ((1, False), (OnlySync(), False), (NoAexit(), False), (NoAenter(), False),
                  (EnterNotAwaitable(), False), (ExitNotAwaitable(), False),
                  (ExitNotAwaitable(), True)):
    try:
        use(obj, fail).send(None)
    except TypeError as e:
        print("TypeError:", e)
        print("  context:", repr(e.__context__))
