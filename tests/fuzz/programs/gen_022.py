# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**5)
try:
    l = []
    for i in range(100):
        l.insert(0, i)
    print(l[:1])
    print(len({frozenset([i]) for i in range(2)}))
finally:
    print('finally')
