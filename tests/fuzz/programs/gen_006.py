# proggen: max-steps 200000 max-memory 4194304
import sys
import asyncio
async def chunk():
    r = range(-2**64)
    print(list(r[:5]))
    print(set(r) == set())
asyncio.run(chunk())
import asyncio
async def chunk():
    import math
    x = int('9' * 143)
    print(x // (x - 1) if x > 1 else 0)
    print(int(x ** 0.5) if abs(x) < 2 ** 1000 else 0)
asyncio.run(chunk())
try:
    print(list(zip(*[range(0)] * 2))[:2])
    print(int('1' * 2))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
