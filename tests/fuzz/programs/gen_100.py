# proggen: max-steps 200000 max-memory 268435456
import sys
import asyncio
async def chunk():
    s = '%*d' % (100000, 1)
    print(s[:10])
    print(len(s.ljust(4096)))
asyncio.run(chunk())
try:
    def g():
        try:
            yield
        except GeneratorExit:
            pass
    def g2():
        yield 0
    gens = []
    for i in range(10**6):
        x = g()
        x.send(None)
        gens = [x, gens]
    print(len(gens))
except Exception as e:
    print('caught', type(e).__name__)
def chunk():
    r = range(0, 2**64, 1000)
    print(r.start, r.stop, r.step)
    print(r.start, r.stop, r.step)
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
