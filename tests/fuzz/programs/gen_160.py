# proggen: max-steps 200000 max-memory 268435456
import sys
print(len({frozenset([i]) for i in range(10)}))
print(len({frozenset([i]) for i in range(3)}))
import asyncio
async def chunk():
    class K:
        def __init__(self, n):
            self.n = n
        def __del__(self):
            K(self.n - 1) if self.n else None
    k = K(6000)
    print(bool(k))
asyncio.run(chunk())
def chunk():
    import asyncio
    async def c(i):
        return i
    async def main():
        ts = []
        while True:
            ts.append(asyncio.create_task(c(len(ts))))
    asyncio.run(main())
chunk()
