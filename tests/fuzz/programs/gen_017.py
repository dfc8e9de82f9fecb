# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(2**31 - 1)
def chunk():
    e = ExceptionGroup('g', [TypeError()])
    for i in range(0):
        e = ExceptionGroup('g', [e] + [ValueError(j) for j in range(i % 20)])
    print(len(e.exceptions))
try:
    chunk()
except RecursionError as e:
    print('recursion', e)
