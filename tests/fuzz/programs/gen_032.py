# proggen: max-steps 200000 max-memory 268435456
import sys
import math
x = -(3 ** 2)
print(abs(-x) == x)
print(x > 0, x == x + 0)
def chunk():
    n = 999
    s = '~' * n + '1'
    print(eval(s, {}) is not None)
    yield
for _ in chunk():
    pass
