# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(50)
r = range(10**18, 0, -1)
print(sum(r))
print(list(zip(r, r))[:2])
