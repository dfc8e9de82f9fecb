# N method calls on an instance.
class Counter:
    def __init__(self):
        self.count = 0

    def add(self, k):
        self.count += k

c = Counter()
for i in range(N):
    c.add(1)
print(c.count)
