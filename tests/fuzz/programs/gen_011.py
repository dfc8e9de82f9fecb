# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
class K:
    def __init__(self, n):
        self.n = n
    def __bool__(self):
        return bool(K(self.n - 1)) if self.n else True
k = K(1500)
print(hash(k))
