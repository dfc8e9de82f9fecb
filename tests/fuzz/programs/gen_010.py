# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
import functools, contextlib
def f(n):
    return (lambda: f(n - 1))() if n else 0
print(len(str(f(500))))
x = [x for x in range(10**6)]
print(list(reversed(x))[:1])
print(hash(str(x)[:10]))
try:
    import json
    w = lambda a, i: frozenset([a])
    a = ()
    b = {}
    for i in range(10000):
        a = w(a, i)
        pass
    print([a].count(b))
    print([a].count(b))
except Exception as e:
    print('caught', type(e).__name__)
