# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
import asyncio
async def chunk():
    n = 1
    s = '(lambda: ' * n + '1' + ')()' * n
    print(repr(eval(s))[:20])
asyncio.run(chunk())
def chunk():
    class A:
        def f(self):
            return 0
    B = A
    for i in range(999):
        class B(B):
            def f(self):
                return super().f() + 1
    print(B().f())
chunk()
