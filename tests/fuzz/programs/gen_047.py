# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
try:
    w = lambda a, i: {a: 1}
    a = [1, 2]
    b = [1, 2]
    for i in range(10):
        a = w(a, i)
        b = w(b, i)
    print(sorted([a, b]) == [a, b])
    print(repr(a) == repr(b))
except Exception as e:
    print('caught', type(e).__name__)
for _ in range(2):
    e = None
    for i in range(20000):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    try:
        raise e
    except Exception as z:
        print(type(z).__name__)
