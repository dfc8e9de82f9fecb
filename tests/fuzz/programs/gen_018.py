# proggen: max-steps 200000 max-memory 33554432
import sys
C = int
for i in range(0):
    C = type('C%d' % i, (C,), {'__repr__': lambda s: 'c'})
print(len(C.__mro__))
try:
    sys.setrecursionlimit(2**63)
    def nxt(n):
        if n:
            x = yield next(nxt(n - 1))
        else:
            raise ValueError('bottom')
    g = nxt(600000)
    del g
finally:
    print('finally')
