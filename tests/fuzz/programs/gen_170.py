# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(50)
import contextlib
with contextlib.suppress(Exception):
    import math
    x = int('9' * 79)
    print(round(x, -5) % 10)
    print(math.gcd(x, 6))
