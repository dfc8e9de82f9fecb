# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(2**31 - 1)
try:
    e = None
    for i in range(100):
        try:
            try:
                1 / 0
            finally:
                raise ValueError(i)
        except Exception as x:
            e = x
    del e
except Exception as e:
    print('caught', type(e).__name__)
