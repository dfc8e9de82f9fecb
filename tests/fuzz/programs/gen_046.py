# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
def chunk():
    import itertools
    m = []
    for i in range(20000):
        m = map(reversed, m)
    print(list(itertools.islice(m, 2)))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
def chunk():
    x = 1
    f = lambda *a: 1
    y = (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield (yield x))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
    print(type(y).__name__)
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
