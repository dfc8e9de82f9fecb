# proggen: max-steps 200000 max-memory 33554432
import sys
try:
    x = [0] * 10000 + [1] * 10000
    print(len(x[0:]))
    y = x + x
    print(len(y))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
import asyncio
async def chunk():
    import itertools
    m = iter([0])
    for i in range(8000):
        m = list(m)
    print(set(m))
asyncio.run(chunk())
try:
    x = 'a' * 10**10
    print(bool(x))
    print(x.count(x[0]) if x else 0)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
