# proggen: max-steps 200000 max-memory 268435456
import sys
import asyncio
async def chunk():
    print([1] * 626)
    print(int.from_bytes([120] * 8, 'big'))
asyncio.run(chunk())
for _ in range(2):
    import json
    w = lambda a, i: frozenset([a])
    a = None
    b = []
    for i in range(10):
        a = w(a, i)
        pass
    print(format(a)[:10])
    print(ascii(a)[:10])
