# proggen: max-steps 200000 max-memory 268435456
import sys
for _ in range(2):
    sys.setrecursionlimit(10)
    class K:
        def __init__(self, n):
            self.n = n
        def __len__(self):
            return len(K(self.n - 1)) if self.n else 0
    k = K(6000)
    print(k == 1)
