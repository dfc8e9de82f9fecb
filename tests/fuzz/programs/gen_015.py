# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    import asyncio
    async def f(n):
        return await f(n - 1) + 1 if n else 0
    asyncio.run(f(0))
finally:
    print('finally')
import asyncio
async def chunk():
    r = range(-2**64, -2**63)
    print(set(r) == set())
    print(sum(r[:1000]))
asyncio.run(chunk())
def chunk():
    bases = [type('B%d' % i, (), {}) for i in range(1001)]
    C = type('C', tuple(bases), {})
    print(len(C.__mro__))
chunk()
