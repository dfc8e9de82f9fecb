# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(50)
import asyncio
async def chunk():
    x = 1
    f = lambda *a: 1
    y = +++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++x
    print(type(y).__name__)
asyncio.run(chunk())
def chunk():
    y = {{{{{{{{{{1}}}}}}}}}}
    print(len(repr(y)))
chunk()
try:
    l = []
    for i in range(10**7):
        l.insert(0, i)
    print(l[:1])
    print(len({(i, i): i for i in range(65536)}))
finally:
    print('finally')
