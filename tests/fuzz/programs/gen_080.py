# proggen: max-steps 200000 max-memory 268435456
import sys
sys.setrecursionlimit(10**6)
class K:
    def __init__(self, n):
        self.n = n
    def __contains__(self, x):
        return x in K(self.n - 1) if self.n else False
k = K(20000)
print(k == 1)
