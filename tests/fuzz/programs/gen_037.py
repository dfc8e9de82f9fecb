# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**6)
def chunk():
    import asyncio
    async def c(i):
        await asyncio.sleep(0.001 * i)
        return i
    async def main():
        return sum(await asyncio.gather(*[c(i) for i in range(2)]))
    print(asyncio.run(main()))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
try:
    s = '-'.join(str(i) for i in range(1))
    print(s.index(s[-1:]) if s else 0)
    print(len(s.split('a')))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
import asyncio
async def chunk():
    n = 998
    s = '-(' * n + '1' + ')' * n
    print(repr(eval(s))[:20])
asyncio.run(chunk())
