# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    print(sorted(['s', '\t', range(3)]))
    print(len({(i, i): i for i in range(10**6)}))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
try:
    sys.setrecursionlimit(2**63)
    def nxt(n):
        if n:
            yield from nxt(n - 1)
        else:
            return
    g = nxt(0)
    print(g.throw(KeyError('t')))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
import asyncio
async def chunk():
    class Big:
        def m0(self):
            return 0
    print(Big().m0())
asyncio.run(chunk())
