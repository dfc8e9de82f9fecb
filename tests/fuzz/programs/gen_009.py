# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**5)
try:
    import math
    x = -(3 ** 3 * 10**5)
    print(x // (x - 1) if x > 1 else 0)
    print(bin(x)[:10])
except Exception as e:
    print('caught', type(e).__name__)
def chunk():
    y = {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{1}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}}
    print(len(repr(y)))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
