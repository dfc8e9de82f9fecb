# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    def g():
        yield 1
        yield 2
    def g2():
        yield 0
    gens = []
    while True:
        gens.append(iter(g()))
    print(len(gens))
    print(sum(1 for x in gens for _ in x))
    yield
for _ in chunk():
    pass
import asyncio
async def chunk():
    s = repr('\x00' * 1000)
    print(len(s.ljust(100000)))
    print(len(f'{s!r:>0}'))
asyncio.run(chunk())
try:
    r = range(-2**31 - 1)
    print(2**53 + 1 in r)
    print(sum(r))
finally:
    print('finally')
