import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    async def late_get():
        await asyncio.sleep(1)
        print("got", q.get_nowait())
    asyncio.create_task(late_get())
    await q.put(3)
    print("put 3 at", asyncio.get_running_loop().time())
    while not q.empty():
        q.get_nowait()
        q.task_done()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(item)
    print([pq.get_nowait() for _ in range(3)])
    try:
        await asyncio.wait_for(q.get(), 0.5)
    except TimeoutError:
        print("get timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
