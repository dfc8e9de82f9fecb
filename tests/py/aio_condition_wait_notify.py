import asyncio

async def consumer(cond, name, box):
    async def ready():
        return bool(box)
    await cond.acquire()
    try:
        while not box:
            await cond.wait()
        print(name, "got", box.pop())
    finally:
        cond.release()

async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [asyncio.create_task(consumer(cond, n, box)) for n in "ab"]
    await asyncio.sleep(0)
    for item in (1, 2):
        await cond.acquire()
        box.append(item)
        cond.notify()
        cond.release()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
