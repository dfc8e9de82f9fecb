# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
import asyncio
async def chunk():
    e = ExceptionGroup('g', [TypeError()])
    for i in range(20000):
        e = ExceptionGroup('g', [e] * 2)
    print(str(e)[:20])
asyncio.run(chunk())
