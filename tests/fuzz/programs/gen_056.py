# proggen: max-steps 200000 max-memory 268435456
import sys
import functools, contextlib
sys.setrecursionlimit(500)
def f(n):
    return list(map(f, [n - 1])) if n > 0 else 0
print(repr(f(1500))[:30])
try:
    n = 50000
    s = '{1: ' * n + '1' + '}' * n
    r = eval(s)
    print(type(r).__name__)
finally:
    print('finally')
