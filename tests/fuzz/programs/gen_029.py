# proggen: max-steps 200000 max-memory 268435456
import sys
r = range(-2**63 - 1)
print(set(r) == set())
print(10**18 in r)
def chunk():
    a = []
    for i in range(4000):
        a = [a, a]
    a = 0
    print('freed')
chunk()
def chunk():
    import asyncio
    async def f(n):
        return await asyncio.ensure_future(f(n - 1)) if n else 0
    print(asyncio.run(asyncio.wait_for(f(500), 5)))
chunk()
