# Seed: the scheduler's edges - cancel storms, futures set twice,
# callbacks that schedule callbacks, a deadlock, nested run.
import asyncio

async def child(fut, n):
    try:
        await asyncio.sleep(n)
        fut.set_result(n)
        fut.set_result(n)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ts = [asyncio.create_task(child(fut, i)) for i in range(5)]
    for t in ts[::2]:
        t.cancel("x")
    loop.call_soon(loop.call_later, 0.5, print, "later")
    r = await asyncio.gather(*ts, return_exceptions=True)
    async with asyncio.timeout(0.1):
        await asyncio.shield(loop.create_future())
    asyncio.run(main())

try:
    asyncio.run(main())
except BaseException as e:
    print(type(e))
q = asyncio.Queue()
asyncio.run(q.get())
