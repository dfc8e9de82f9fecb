# proggen: max-steps 200000 max-memory 33554432
import sys
import asyncio
async def c(i):
    return [i] * 1000
async def main():
    q = asyncio.Queue()
    for i in range(4096):
        q.put_nowait(c(i))
    n = 0
    while not q.empty():
        n += await q.get_nowait()
    return n
print(asyncio.run(main()))
