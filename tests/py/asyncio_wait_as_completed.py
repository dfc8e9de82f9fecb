# wait() with FIRST_COMPLETED / FIRST_EXCEPTION / timeout, and as_completed()
# with and without a timeout.
import asyncio


async def ok(d, v):
    await asyncio.sleep(d)
    return v


async def fail(d):
    await asyncio.sleep(d)
    raise KeyError('bad')


async def main():
    ts = [asyncio.create_task(ok(i * 0.1, i), name=f'w{i}') for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(ts, timeout=0.15)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    ts2 = [asyncio.create_task(fail(0.3)), asyncio.create_task(ok(0.5, 'z'))]
    done, pending = await asyncio.wait(ts2, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    await asyncio.wait(ts2)
    print(repr(ts2[0].exception()))
    coro = ok(0, 1)
    for bad in ([], coro, [coro]):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    coro.close()
    try:
        await asyncio.wait(ts, return_when='SOMETIMES')
    except ValueError as e:
        print(e)
    for c in asyncio.as_completed([ok(0.3, 'c'), ok(0.1, 'a'), ok(0.2, 'b')]):
        print('as_completed', await c)
    try:
        for c in asyncio.as_completed([ok(0.3, 'slow'), ok(0.1, 'fast')], timeout=0.2):
            print('in time', await c)
    except TimeoutError:
        print('as_completed timed out at', asyncio.get_running_loop().time())
    await asyncio.sleep(1)


asyncio.run(main())
