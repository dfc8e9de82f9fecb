# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    l = [[]] * 100000
    l[0].append(l)
    print(len(repr(l)))
    l = list(range(100000))
    l.sort(key=lambda v: -v)
    print(l[:2])
except Exception as e:
    print('caught', type(e).__name__)
try:
    class A:
        def f(self):
            return 0
    B = A
    for i in range(3000):
        class B(B):
            def f(self):
                return super().f() + 1
    print(B().f())
except Exception as e:
    print('caught', type(e).__name__)
