# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**5)
def chunk():
    sys.setrecursionlimit(100)
    def nxt(n):
        if n:
            yield list(nxt(n - 1))[0]
        else:
            raise ValueError('bottom')
    g = nxt(100)
    print(list(g))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
for _ in range(2):
    n = 1000
    s = '1' + ' < 1' * n
    print(eval(s) == eval(s))
