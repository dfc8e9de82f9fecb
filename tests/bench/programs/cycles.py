# N reference cycles made and dropped: only the cycle collector frees
# them (its collections run as the loop goes, as CPython's do).
class Node:
    def __init__(self, i):
        self.i = i
        self.me = self

for i in range(N):
    Node(i)
print(N)
