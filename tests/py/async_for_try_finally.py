# async for nested in try/finally: exceptions from the body and from the
# iterator propagate through the finally blocks; return inside the loop.
async def gen():
    try:
        yield 1
        yield 2
        raise ValueError("from the generator")
    finally:
        print("gen cleanup")


async def body_raises():
    try:
        async for x in gen():
            print("x", x)
            raise KeyError(x)
    finally:
        print("outer finally")


async def gen_raises():
    try:
        async for x in gen():
            try:
                print("x", x)
            finally:
                print("inner finally", x)
    except ValueError as e:
        print("caught", e)
    return "recovered"


async def returns():
    async for x in gen():
        try:
            return x * 10
        finally:
            print("finally before return")


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        print("returned", e.value)
    except Exception as e:
        print("raised", repr(e))


run(body_raises())
run(gen_raises())
run(returns())
print("end")
