# proggen: max-steps 200000 max-memory 268435456
import sys
import asyncio
async def chunk():
    def nxt(n):
        if n:
            yield from nxt(n - 1)
        else:
            yield 'bottom'
    g = nxt(999)
    for v in g:
        pass
asyncio.run(chunk())
