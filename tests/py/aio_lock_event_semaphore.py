import asyncio

lock = None

async def worker(name, sem, ev):
    await ev.wait()
    async with sem:
        print(name, "got semaphore at", asyncio.get_running_loop().time())
        async with lock:
            print(name, "holds lock", lock.locked())
            await asyncio.sleep(1)
        await asyncio.sleep(1)

async def main():
    global lock
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(worker(f"w{i}", sem, ev)) for i in range(4)]
    await asyncio.sleep(0.5)
    print("event set", ev.is_set())
    ev.set()
    await asyncio.gather(*tasks)
    print("end", asyncio.get_running_loop().time(), lock.locked(), sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Lock().release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
