# proggen: max-steps 200000 max-memory 268435456
import sys
import asyncio
async def chunk():
    w = lambda a, i: (a,)
    a = {}
    b = []
    for i in range(999):
        a = w(a, i)
        b = w(b, i + 1)
    print(id(a) > 0)
    print(set([a]))
asyncio.run(chunk())
def chunk():
    print(f'{1:27}')
    print(list(range(100))[2**40:-2**63])
chunk()
