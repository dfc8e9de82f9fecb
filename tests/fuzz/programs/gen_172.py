# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
class K:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        return K(self.n - 1)[i] if self.n else 0
k = K(6000)
print(str(k))
import asyncio
async def chunk():
    w = lambda a, i: [a, a]
    a = ()
    b = 'x'
    for i in range(5000):
        a = w(a, i)
        b = w(b, i)
    print(repr(a) == repr(b))
    print(id(a) > 0)
asyncio.run(chunk())
