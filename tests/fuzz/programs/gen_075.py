# proggen: max-steps 200000 max-memory 33554432
import sys
import asyncio
async def chunk():
    r = range(10**100)
    print(list(zip(r, r))[:2])
    print(r[-10**10:])
asyncio.run(chunk())
