# A bounded Queue hands items from producers to consumers: who waits, who
# is woken and in which loop turn; a cancelled getter passes its wake-up on.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)

    async def producer(tag, n):
        for i in range(n):
            await q.put(f'{tag}{i}')
            print('put', tag, i, q.qsize())

    async def consumer(name, n):
        for _ in range(n):
            item = await q.get()
            print(name, 'got', item)
            q.task_done()
            await asyncio.sleep(0)

    await asyncio.gather(producer('a', 4), producer('b', 3),
                         consumer('c1', 4), consumer('c2', 3))
    print(q)

    gq = asyncio.Queue()
    g1 = asyncio.create_task(gq.get())
    g2 = asyncio.create_task(gq.get())
    await asyncio.sleep(0)
    print(str(gq))
    gq.put_nowait('v')
    g1.cancel()
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done() and g2.result(), gq.qsize())

    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    print(str(jq))

    async def worker():
        while True:
            i = await jq.get()
            await asyncio.sleep(0.1)
            print('work', i)
            jq.task_done()

    w = asyncio.create_task(worker())
    await jq.join()
    print('joined', str(jq))
    w.cancel()
    try:
        jq.task_done()
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.Queue[int], asyncio.LifoQueue.__module__)


asyncio.run(main())
