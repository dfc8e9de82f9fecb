# async for over an async generator, driven by a hand-written loop; the
# awaits inside bottom out in a types.coroutine generator.
import types


@types.coroutine
def tick(n):
    got = yield n
    return got


async def numbers(n):
    for i in range(n):
        reply = await tick(i)
        yield (i, reply)


async def main():
    seen = []
    async for item in numbers(3):
        print("item", item)
        seen.append(item)
    else:
        print("else after", len(seen))
    return seen


def run(coro):
    sent = 100
    try:
        while True:
            print("loop got", coro.send(sent if sent > 100 else None))
            sent += 1
    except StopIteration as e:
        return e.value


print(run(main()))
