# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
def chunk():
    w = lambda a, i: (a,) if i % 2 else [a]
    a = 0
    b = {}
    for i in range(1500):
        a = w(a, i)
        b = w(b, i)
    print((a, a) == (b, b))
    print(ascii(a)[:10])
chunk()
try:
    class K:
        def __init__(self, n):
            self.n = n
        def __call__(self):
            return K(self.n - 1)() if self.n else 0
    k = K(6000)
    print(str(k))
except Exception as e:
    print('caught', type(e).__name__)
