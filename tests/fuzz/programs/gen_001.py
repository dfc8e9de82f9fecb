# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
try:
    w = lambda a, i: {a}
    a = []
    b = 'x'
    for i in range(0):
        a = w(a, i)
        b = w(b, i)
    print(list.__eq__([a], [b]))
    print(a < b)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
