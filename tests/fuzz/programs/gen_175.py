# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
try:
    import asyncio
    async def c(i):
        raise ValueError(i)
    async def main():
        return sum(await asyncio.gather(*[c(i) for i in range(10)]))
    print(asyncio.run(main()))
except Exception as e:
    print('caught', type(e).__name__)
def chunk():
    n = 6000
    s = '(1,' * n + ')' * n
    r = eval(s)
    print(type(r).__name__)
chunk()
