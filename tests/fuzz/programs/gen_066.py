# proggen: max-steps 200000 max-memory 33554432
import sys
sys.setrecursionlimit(10**5)
for _ in range(2):
    print(float(2**31 - 1) ** 2)
    print(float(2**100) ** 2)
