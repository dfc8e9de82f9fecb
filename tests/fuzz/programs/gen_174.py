# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
import asyncio
async def chunk():
    def g():
        yield 1
        yield 2
    def g2():
        yield 0
    gens = []
    while True:
        x = (j for j in range(3))
        next(x)
        gens.append(x)
    print(len(gens))
    for x in gens:
        x.close()
asyncio.run(chunk())
def chunk():
    y = str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(str(1)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
    print(len(repr(y)))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
def chunk():
    y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    print(type(y).__name__)
    yield
for _ in chunk():
    pass
