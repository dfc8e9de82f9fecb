# proggen: max-steps 200000 max-memory 4194304
import sys
sys.setrecursionlimit(50)
for _ in range(2):
    x = [1, 2] * 0
    print(bool(x))
    print(len(x))
