# heapq: the list layout after each operation, and the comparisons made
# (in order), match CPython's sift algorithm.
import heapq

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"

def show(label, h):
    print(label, h, log[:])
    log.clear()

vals = [7, 3, 9, 3, 1, 8, 2, 6, 5, 4, 0, 9, 7]
h = []
for v in vals:
    heapq.heappush(h, K(v))
show("push", h)
print(heapq.heappop(h)); show("pop", h)
print(heapq.heapreplace(h, K(6))); show("replace", h)
print(heapq.heappushpop(h, K(0))); show("pushpop small", h)
print(heapq.heappushpop(h, K(10))); show("pushpop big", h)
h2 = [K(v) for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3]]
heapq.heapify(h2)
show("heapify", h2)
while h2:
    heapq.heappop(h2)
show("drain", h2)

# plain ints, many operations
h = []
x = 12345
for i in range(200):
    x = (x * 1103515245 + 12345) % 2**31
    if x % 3:
        heapq.heappush(h, x % 100)
    elif h:
        heapq.heappop(h)
print(h)
heapq._heapify_max(h)
print(h)
print(heapq._heappop_max(h), heapq._heapreplace_max(h, 50), h)
