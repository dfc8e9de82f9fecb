# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
import contextlib
with contextlib.suppress(Exception):
    x = list(range(65536)) * 1000
    print(len(x * 7))
    print(len(x[100:]))
def chunk():
    w = lambda a, i: {a}
    a = ()
    b = {}
    for i in range(1500):
        a = w(a, i)
        pass
    print(len(str(a)))
    print(f'{a!r:.30}')
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
