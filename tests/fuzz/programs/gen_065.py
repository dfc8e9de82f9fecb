# proggen: max-steps 200000 max-memory 33554432
import sys
import asyncio
async def chunk():
    a = []
    for i in range(3000):
        a = (a,)
    a = 0
    print('freed')
asyncio.run(chunk())
try:
    r = range(-10**20, 0, -1)
    print(sorted(r)[:2])
    print(10**9 in r)
except Exception as e:
    print('caught', type(e).__name__)
import contextlib
with contextlib.suppress(Exception):
    import asyncio
    async def c(i):
        return [i] * 1000
    async def main():
        ts = []
        while True:
            ts.append(asyncio.create_task(c(len(ts))))
    asyncio.run(main())
