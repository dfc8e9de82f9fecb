# Condition.notify(n) wakes the n oldest waiters, each retaking the lock in
# turn; Event.set() wakes every waiter, in the order they began waiting.
import asyncio


async def main():
    cond = asyncio.Condition()
    state = {'ready': 0}

    async def waiter(n):
        async with cond:
            print('wait', n)
            await cond.wait_for(lambda: state['ready'] > n)
            print('woke', n, cond.locked())

    tasks = [asyncio.create_task(waiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        print(cond)
        state['ready'] = 2
        cond.notify(3)
    await asyncio.sleep(0.01)
    async with cond:
        state['ready'] = 9
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print('RuntimeError:', e)

    ev = asyncio.Event()

    async def ew(n):
        print('event wait', n)
        print('event', n, await ev.wait())

    ts = [asyncio.create_task(ew(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(ev)
    ev.set()
    ev.set()
    print(ev)
    await asyncio.gather(*ts)
    ev.clear()
    print(ev.is_set(), ev)

    # a cancelled Condition.wait() still retakes the lock before raising
    c2 = asyncio.Condition()

    async def cancelled_waiter():
        async with c2:
            try:
                await c2.wait()
            except asyncio.CancelledError:
                print('cancelled, holds lock:', c2.locked())
                raise

    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), c2.locked())


asyncio.run(main())
