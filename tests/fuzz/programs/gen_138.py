# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    import itertools
    m = iter([0])
    for i in range(1500):
        m = map(lambda *a: a, m, m)
    print(sum(1 for _ in m))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
def chunk():
    e = None
    for i in range(50000):
        try:
            raise (e or ValueError)(i) if False else KeyError(i) from None
        except Exception as x:
            e = x
    print(len(str(e)))
chunk()
for _ in range(2):
    import asyncio
    async def c(i):
        return i
    async def main():
        ts = []
        while True:
            ts.append(asyncio.create_task(c(len(ts))))
    asyncio.run(main())
