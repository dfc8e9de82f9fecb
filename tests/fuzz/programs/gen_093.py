# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    import json
    w = lambda a, i: (a, a)
    a = []
    b = [1, 2]
    for i in range(50000):
        a = w(a, i)
        pass
    print(repr(a)[:40])
    print(a < b)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    import math
    x = 2 ** 10**6
    print(divmod(x, 12345)[1])
    print(math.isqrt(abs(x)).bit_length())
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
def chunk():
    e = None
    for i in range(4000):
        try:
            raise e.with_traceback(None) if e else ValueError(i)
        except Exception as x:
            e = x
    try:
        raise e
    except Exception as z:
        print(type(z).__name__)
    yield
for _ in chunk():
    pass
