# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
import asyncio
async def chunk():
    y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    print(type(y).__name__)
asyncio.run(chunk())
try:
    x = 1
    f = lambda *a: 1
    y = x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x - -x
    print(y)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    import itertools
    m = range(3)
    for i in range(4000):
        m = map(abs, m)
    print(all(m))
except Exception as e:
    print('caught', type(e).__name__)
