# heapreplace pops first; heappushpop pushes first.
import heapq

h = [1, 3, 5, 7, 9, 11]
heapq.heapify(h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop(h, 3), h)
print(heapq.heappushpop([], 4))

# A fixed-size heap of the 3 largest values seen.
top = []
for v in [4, 1, 7, 3, 8, 5, 9, 2, 6]:
    if len(top) < 3:
        heapq.heappush(top, v)
    elif v > top[0]:
        heapq.heapreplace(top, v)
    print(v, top)
