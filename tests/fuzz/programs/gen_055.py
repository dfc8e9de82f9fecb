# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
try:
    import math
    x = 2 ** 64 * 3 ** 40
    print(divmod(x, 12345)[1])
    print(x & (x - 1) == 0)
except BaseException as e:
    print('caught', type(e).__name__, str(e)[:60])
