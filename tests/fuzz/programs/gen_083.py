# proggen: max-steps 200000 max-memory 4194304
import sys
def chunk():
    import asyncio
    async def c(i):
        await asyncio.sleep(i % 3)
        return i
    cs = [c(i) for i in range(0)]
    print(len(cs))
chunk()
import contextlib
with contextlib.suppress(Exception):
    x = [()] * -10
    print(len(set(x)) if x and not isinstance(next(iter(x)), list) else 0)
    print(hash(str(x)[:10]))
try:
    n = 998
    s = ')' * n
    print(len(s))
    print(repr(eval(s))[:20])
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
