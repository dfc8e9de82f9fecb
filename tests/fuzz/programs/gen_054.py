# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
s = '{:>{}}'.format('x', 10**7)
print(len(s.join(['a', 'b'])))
print(len(ascii(s)))
def chunk():
    sys.setrecursionlimit(2**31 - 1)
    class K:
        def __init__(self, n):
            self.n = n
        def __eq__(self, o):
            return K(self.n - 1) == o if self.n else True
    k = K(3000)
    print(str(k))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
