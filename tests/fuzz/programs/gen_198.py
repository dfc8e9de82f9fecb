# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    import asyncio
    async def c(i):
        await asyncio.sleep(i % 3)
        return i
    cs = [c(i) for i in range(0)]
    print(len(cs))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    r = range(-2**63, 10**9)
    print(r[::-1][0])
    print(max(r))
except Exception as e:
    print('caught', type(e).__name__)
try:
    import contextlib
    async def a0():
        async def a1():
            continue
    print('blocks')
finally:
    print('finally')
