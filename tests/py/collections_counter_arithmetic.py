# Counter arithmetic: + - & | and the unary forms keep positive counts
from collections import Counter

a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a & b)
print(a | b)
print(+a, -a)
x = Counter(a=1)
x += Counter(a=2, b=-1)
print(x)
x -= Counter(a=5)
print(x)
y = Counter(a=2, b=2)
y |= Counter(b=5)
y &= Counter(a=1, b=9)
print(y)
try:
    Counter(a=1) + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Counter(a=1) - {'a': 1}
except TypeError as e:
    print(type(e).__name__, e)
