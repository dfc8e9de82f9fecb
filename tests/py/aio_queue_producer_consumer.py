import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    await q.put(None)

async def consumer(q):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        print("got", item)
        await asyncio.sleep(0.1)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    await asyncio.gather(producer(q, 4), consumer(q))
    await q.join()
    print("empty", q.empty(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    pq = asyncio.PriorityQueue()
    for x in (5, 1, 3):
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in (5, 1, 3):
        lq.put_nowait(x)
    print([lq.get_nowait() for _ in range(3)])

asyncio.run(main())
