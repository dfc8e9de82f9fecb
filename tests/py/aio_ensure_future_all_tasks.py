import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    f = asyncio.ensure_future(child(1))
    print(type(f).__name__, f.get_name())
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(fut) is fut)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names, asyncio.current_task().get_name())
    print(await f, asyncio.isfuture(f), asyncio.isfuture(42))
    print(asyncio.iscoroutine(child(0)), asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))
    fut.cancel()
    print(len(asyncio.all_tasks()))

asyncio.run(main())
