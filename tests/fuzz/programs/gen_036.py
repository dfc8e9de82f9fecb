# proggen: max-steps 200000 max-memory 268435456
import sys
def g():
    try:
        yield
    except GeneratorExit:
        pass
def g2():
    yield 0
gens = []
for i in range(1000):
    gens.append(iter(g()))
print(len(gens))
for x in gens:
    x.close()
try:
    def g():
        return
        yield
    def g2():
        yield 0
    gens = []
    for i in range(0):
        x = g()
        x.send(None)
        gens = [x, gens]
    print(len(gens))
    print(sum(1 for x in gens for _ in x))
finally:
    print('finally')
try:
    import asyncio
    sys.setrecursionlimit(10**4)
    async def f(n):
        if n:
            return await asyncio.create_task(f(n - 1))
        return 0
    print(asyncio.run(f(1000)))
except Exception as e:
    print('caught', type(e).__name__)
