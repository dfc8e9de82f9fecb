# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    import math
    x = 2 ** 1000
    print(x ^ (x >> 1) > 0)
    print(x.__format__('x')[-4:])
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
