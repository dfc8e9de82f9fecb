# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import asyncio
async def chunk():
    n = 1
    s = '-(' * n + '1' + ')' * n
    print(len(s))
    print(eval(s) == eval(s))
asyncio.run(chunk())
