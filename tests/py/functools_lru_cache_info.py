# functools.lru_cache/cache: hits and misses, eviction, typed, cache_clear
from functools import lru_cache, cache

@lru_cache(maxsize=2)
def square(x):
    print('  computing', x)
    return x * x

for n in [1, 2, 1, 3, 2, 1]:
    print(n, square(n))
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__(10))

@cache
def add(a, b=0):
    return a + b

add(1); add(1); add(1, b=0); add(1, 0); add(1.0)
print(add.cache_info())

@lru_cache(typed=True)
def ident(x):
    return x

ident(1); ident(1.0); ident(True); ident(1)
print(ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1); nocache(1)
print(nocache.cache_info())
try:
    add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache('big')
except TypeError as e:
    print(type(e).__name__, e)

class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, x):
        return self.k * x

c = Calc(3)
print(c.times(2), c.times(2), Calc.times.cache_info())
