# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import asyncio
async def chunk():
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    try:
        pass
    except ValueError:
        pass
    print('tries')
asyncio.run(chunk())
def chunk():
    s = '-'.join(str(i) for i in range(4096))
    print(s == s[:-1] + s[-1:])
    print(len(s.join(['a', 'b'])))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
