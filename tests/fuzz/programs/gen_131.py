# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
try:
    e = None
    for i in range(1000):
        try:
            try:
                raise e or KeyError(i)
            except BaseException as x:
                raise TypeError(i)
        except Exception as x:
            e = x
    print(e.__traceback__ is not None)
finally:
    print('finally')
try:
    import itertools
    m = range(3)
    for i in range(998):
        m = [*m]
    print(all(m))
except Exception as e:
    print('caught', type(e).__name__)
