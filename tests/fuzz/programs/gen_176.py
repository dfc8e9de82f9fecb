# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
try:
    import asyncio
    sys.setrecursionlimit(2**31)
    async def f(n):
        return await asyncio.wait_for(f(n - 1), 10) if n else 0
    print(asyncio.run(asyncio.wait_for(f(100000), 5)))
finally:
    print('finally')
e = None
for i in range(998):
    try:
        raise ValueError(i)
    except Exception as x:
        e = x
print(len(str(e)))
import asyncio
async def chunk():
    y = list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list(list([1])))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
    print(repr(y)[:20])
asyncio.run(chunk())
