# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    bases = [type('B%d' % i, (), {}) for i in range(1001)]
    C = type('C', tuple(bases), {})
    print(len(C.__mro__))
chunk()
try:
    n = 4000
    s = '1' + ', 1' * n
    print(eval(s, {}) is not None)
except Exception as e:
    print('caught', type(e).__name__)
for _ in range(2):
    e = None
    for i in range(998):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    del e
