import asyncio

async def worker(b, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives at", asyncio.get_running_loop().time(), b)
    index = await b.wait()
    print(name, "passes with index", index, "at", asyncio.get_running_loop().time())
    return index

async def main():
    b = asyncio.Barrier(3)
    print(b, b.parties, b.n_waiting, b.broken)
    r = await asyncio.gather(*(worker(b, f"w{i}", i) for i in range(3)))
    print(sorted(r), b)
    async with b as _:
        pass
    print("never")

async def aborting():
    b = asyncio.Barrier(2)
    async def waiter():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    print(b)
    await b.abort()
    await t
    print(b, b.broken)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("after abort:", e)
    b2 = asyncio.Barrier(2)
    t2 = asyncio.create_task(waiter.__call__()) if False else None
    async def w2():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("reset:", e)
    t2 = asyncio.create_task(w2())
    await asyncio.sleep(0)
    await b2.reset()
    await t2
    print(b2)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(aborting())
try:
    asyncio.run(asyncio.wait_for(main(), 10))
except TimeoutError:
    print("timed out waiting alone")
import asyncio.locks
from asyncio.tasks import gather
print(asyncio.locks.Barrier is asyncio.Barrier, gather is asyncio.gather)
