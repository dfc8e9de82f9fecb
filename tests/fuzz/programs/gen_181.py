# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
print(sum(range(10**6)))
print(dict.fromkeys(range(10**6)).__len__())
import itertools
m = (x for x in [1])
for i in range(3000):
    m = map(sorted, m)
print(any(m))
import asyncio
async def chunk():
    x = 'x'.join(['ab'] * 10000)
    print(len(x))
    print(len(x * 4))
asyncio.run(chunk())
