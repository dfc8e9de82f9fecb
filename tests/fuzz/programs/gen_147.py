# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    import math
    x = -(3 ** 1000)
    print(float(x))
    print(hash(x))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    x = 'a' * 2**63
    print(x == x[:])
    print(sorted(x)[:1])
finally:
    print('finally')
