# StopIteration / StopAsyncIteration thrown in (also before the first
# step) and not caught become RuntimeError, as if raised inside.
def gen():
    yield


async def agen():
    yield


def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


show("gen, unstarted:", lambda: gen().throw(StopIteration))
show("agen, unstarted:", lambda: agen().athrow(StopAsyncIteration).send(None))
a = agen()
show("agen, first step:", lambda: a.__anext__().send(None))
show("agen, suspended:", lambda: a.athrow(StopAsyncIteration("x")).send(None))
show("agen, after:", lambda: a.__anext__().send(None))
b = agen()
show("agen, first step:", lambda: b.__anext__().send(None))
show("athrow(GeneratorExit):", lambda: b.athrow(GeneratorExit).send(None))
show("agen, after:", lambda: b.__anext__().send(None))
