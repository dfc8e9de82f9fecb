# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
import contextlib
with contextlib.suppress(Exception):
    import math
    x = int('9' * 693)
    print(x & (x - 1) == 0)
    print((x + 1) * (x - 1) == x * x - 1)
