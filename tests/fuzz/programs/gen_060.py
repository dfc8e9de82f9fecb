# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(2**31 - 1)
for _ in range(2):
    import asyncio
    async def c(i):
        raise ValueError(i)
    cs = [c(i) for i in range(3)]
    print(len(cs))
def chunk():
    s = set()
    for i in range(1):
        s.add(str(i))
        s.discard(str(i - 3))
    print(len(s))
    print(sorted([[i] * (i % 5) for i in range(100000)])[-1:])
chunk()
