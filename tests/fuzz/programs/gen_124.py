# proggen: max-steps 200000 max-memory 268435456
import sys
try:
    import math
    x = 2**31
    print(-x // 7 % 5)
    print(x % 1000007)
except Exception as e:
    print('caught', type(e).__name__)
