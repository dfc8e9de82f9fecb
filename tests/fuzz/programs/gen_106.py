# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
try:
    import asyncio
    async def c(i):
        await asyncio.Event().wait()
    cs = [c(i) for i in range(2)]
    print(len(cs))
finally:
    print('finally')
