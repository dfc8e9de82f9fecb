# @types.coroutine generators are awaitable: their yields go straight to
# whoever drives the outermost coroutine.
import types
import inspect


@types.coroutine
def sleep(n):
    got = yield ("sleep", n)
    return got


@types.coroutine
def nothing_to_wait():
    return "immediate"
    yield


async def worker(name):
    total = 0
    for i in range(2):
        total += await sleep(i)
    return name + str(total) + await nothing_to_wait()


def drive(coro):
    answer = None
    try:
        while True:
            request = coro.send(answer)
            print("request", request)
            answer = request[1] + 10
    except StopIteration as e:
        print("result", e.value)


c = worker("w")
print(inspect.iscoroutine(c), inspect.isawaitable(sleep(1)), inspect.isgenerator(sleep(1)))
print(inspect.isgeneratorfunction(sleep), inspect.iscoroutinefunction(sleep))
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
drive(c)
print(types.coroutine(worker) is worker)
