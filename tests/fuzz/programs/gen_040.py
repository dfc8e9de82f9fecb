# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import asyncio
async def chunk():
    e = ValueError('leaf')
    for i in range(998):
        e = ExceptionGroup('g', [e, KeyError(i)])
    del e
asyncio.run(chunk())
for _ in range(2):
    x = '-'.join(map(str, range(100)))
    print(list(reversed(x))[:1])
    print(len(x * 7))
try:
    import math
    x = 2 ** 64 * 3 ** 40
    print((x + 1) * (x - 1) == x * x - 1)
    print(len(hex(x)))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
