# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    print(list(reversed(sorted(set(range(65536)))))[:3])
    print(len({(i, i): i for i in range(1)}))
chunk()
def chunk():
    import asyncio
    sys.setrecursionlimit(2**31)
    async def f(n):
        t = asyncio.current_task()
        return await f(n - 1) if n else t.get_name()
    asyncio.run(f(999))
chunk()
