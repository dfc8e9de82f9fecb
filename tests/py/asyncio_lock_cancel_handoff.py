# A waiter woken by release() but cancelled before it runs passes the
# wake-up on (Lock, Semaphore); cancelled waiters do not block acquire().
import asyncio


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(lock.acquire())
    b = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(lock)
    lock.release()
    a.cancel()
    await asyncio.sleep(0)
    print(a.cancelled(), b.done(), lock.locked())
    await b
    print('b holds it:', lock.locked(), lock)
    lock.release()

    lock2 = asyncio.Lock()
    await lock2.acquire()
    c = asyncio.create_task(lock2.acquire())
    await asyncio.sleep(0)
    c.cancel()
    lock2.release()
    print('free again:', await lock2.acquire(), lock2)

    sem = asyncio.Semaphore(0)
    x = asyncio.create_task(sem.acquire(), name='x')
    y = asyncio.create_task(sem.acquire(), name='y')
    await asyncio.sleep(0)
    print(sem)
    sem.release()
    x.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(x.cancelled(), y.done(), sem)

    bs = asyncio.BoundedSemaphore(2)
    async with bs:
        print('inside', bs)
    try:
        bs.release()
    except ValueError as e:
        print('ValueError:', e)

    order = []
    s3 = asyncio.Semaphore(2)

    async def user(n):
        async with s3:
            order.append(f'in{n}')
            await asyncio.sleep(0.1 * (n + 1))
        order.append(f'out{n}')

    await asyncio.gather(*(user(i) for i in range(5)))
    print(order)


asyncio.run(main())
