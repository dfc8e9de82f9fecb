# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**5)
try:
    print(next(iter(range(10**12, 2**63 - 1 + 2))))
    print(dict.fromkeys(range(4096)).__len__())
except Exception as e:
    print('caught', type(e).__name__)
