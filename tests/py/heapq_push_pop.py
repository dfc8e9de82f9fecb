# heappush/heappop keep CPython's list layout at every step.
import heapq

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 3, 5, 0, 6, 4]:
    heapq.heappush(h, v)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

h = []
for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c")]:
    heapq.heappush(h, item)
print(h, [heapq.heappop(h) for _ in range(len(h))])

h = []
for w in "the quick brown fox jumps over the lazy dog".split():
    heapq.heappush(h, w)
print(h)
print(heapq.heappop(h), heapq.heappop(h), h)
