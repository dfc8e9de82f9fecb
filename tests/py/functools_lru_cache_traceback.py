# An error inside an lru_cache'd recursive function: the traceback shows
# only the program's lines (CPython's lru_cache wrapper is written in C)
from functools import lru_cache

@lru_cache(maxsize=None)
def depth(n):
    if n == 0:
        raise ValueError('reached the bottom')
    return depth(n - 1)

print(depth.cache_info())
depth(3)
