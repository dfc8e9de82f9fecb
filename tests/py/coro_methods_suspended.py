import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def work():
    print("start")
    try:
        x = await suspend("first")
        print("got", x)
        await suspend("second")
    except ValueError as e:
        print("caught", repr(e))
        await suspend("after catch")
    finally:
        print("finally")
    return "never"

c = work()
print(c.send(None))
print(c.send("hello"))
print(c.throw(ValueError("oops")))
c.close()
print(c.cr_frame)
