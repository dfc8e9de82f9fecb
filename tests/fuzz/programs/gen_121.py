# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import asyncio
async def chunk():
    r = range(-2**40)
    print(r.start, r.stop, r.step)
    print(2**64 in r)
asyncio.run(chunk())
