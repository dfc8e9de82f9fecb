# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**5)
n = 8000
s = '1' + ' < 1' * n
print(repr(eval(s))[:20])
try:
    import asyncio
    async def c(i):
        raise ValueError(i)
    async def main():
        ts = [asyncio.create_task(c(i)) for i in range(2)]
        done, pending = await asyncio.wait(ts, timeout=5)
        return len(done)
    print(asyncio.run(main()))
except Exception as e:
    print('caught', type(e).__name__)
