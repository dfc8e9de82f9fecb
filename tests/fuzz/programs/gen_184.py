# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(10**6)
try:
    import itertools
    m = [1, 2, 3]
    for i in range(999):
        m = sorted(m)
    print(set(m))
except Exception as e:
    print('caught', type(e).__name__)
