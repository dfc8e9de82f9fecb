# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
def chunk():
    n = 10
    s = '1 ** ' * n + '1'
    print(repr(eval(s))[:20])
chunk()
try:
    import itertools
    m = (x for x in [1])
    for i in range(4000):
        m = map(lambda *a: a, m, m)
    print(dict(enumerate(m)))
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
