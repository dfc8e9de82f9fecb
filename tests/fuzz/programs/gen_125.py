# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**6)
try:
    import functools, contextlib
    def f(n):
        return f(n - 1) if n > 0 else f
    r = f(2)
    print(type(r).__name__)
finally:
    print('finally')
def chunk():
    class A:
        def __init__(self):
            pass
    B = A
    for i in range(1001):
        class B(B):
            def __init__(self):
                super().__init__()
    print(type(B()).__name__)
chunk()
def chunk():
    import json
    w = lambda a, i: [a, i]
    a = frozenset()
    b = [1, 2]
    for i in range(1500):
        a = w(a, i)
        pass
    del a
    print(a in [b])
    yield
for _ in chunk():
    pass
