# proggen: max-steps 200000 max-memory 268435456
import sys
def chunk():
    import functools, contextlib
    def f(n):
        return (f(n - 1),) if n else ()
    print(len(str(f(100))))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
