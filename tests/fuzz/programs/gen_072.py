# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**5)
def chunk():
    n = 3000
    s = '(lambda: ' * n + '1' + ')()' * n
    r = eval(s)
    print(type(r).__name__)
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
import asyncio
async def chunk():
    import functools, contextlib
    sys.setrecursionlimit(10**9)
    def f(n):
        return f(n - 1) if n > 0 else f
    print(repr(f(999))[:30])
asyncio.run(chunk())
