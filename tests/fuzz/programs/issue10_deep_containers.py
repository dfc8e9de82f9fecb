# issue 10 reproducer: max-steps 2000000 max-memory 268435456
# hash of a 100,000-deep tuple (CPython computes it), repr, == and del of
# 100,000-deep lists, with and without a raised recursion limit.
import sys
for limit in (1000, 10**6):
    sys.setrecursionlimit(limit)
    t = ()
    a = []
    b = []
    for i in range(100000):
        t = (t,)
        a = [a]
        b = [b]
    for name, f in (('hash', lambda: hash(t)), ('repr', lambda: len(repr(a))),
                    ('==', lambda: a == b), ('str', lambda: len(str(t)))):
        try:
            print(name, f())
        except RecursionError as e:
            print(name, 'RecursionError')
    del t, a, b
print('freed')
