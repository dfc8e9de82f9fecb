# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
try:
    e = ValueError('leaf')
    for i in range(600000):
        e = BaseExceptionGroup('b', [e])
    print(e.derive([ValueError()]))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    sys.setrecursionlimit(100)
    def nxt(n):
        if n:
            x = yield next(nxt(n - 1))
        else:
            yield 'bottom'
    g = nxt(100)
    print(g.close())
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
def chunk():
    import asyncio
    async def f(n):
        async def ag(k):
            yield await f(k)
        return [v async for v in ag(n - 1)] if n else 0
    asyncio.run(f(10000))
chunk()
