# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
C = list
for i in range(999):
    C = type('C%d' % i, (C,), {'__repr__': lambda s: 'c'})
x = C()
x.a = 1
print(x.a)
