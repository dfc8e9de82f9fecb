# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
try:
    y = (lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)((lambda x: x)(1))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
    print(type(y).__name__)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
try:
    e = None
    for i in range(1001):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    raise e
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
