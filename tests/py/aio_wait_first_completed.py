import asyncio

async def job(n):
    await asyncio.sleep(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(n), name=f"job{n}") for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=1.5)
    print(len(done), len(pending), asyncio.get_running_loop().time())
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)

asyncio.run(main())
