# heapify's result layout, small and large (CPython's C heapify changes
# its visiting order above 2500 items; the result is the same).
import heapq

for data in [[], [1], [2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
             list("heapify"), [(1, "b"), (0, "c"), (1, "a")]]:
    heapq.heapify(data)
    print(data)

big = [(i * 7919) % 10007 for i in range(6000)]
heapq.heapify(big)
print(big[:20], big[2999:3005], big[-5:])
print(all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))))
print([heapq.heappop(big) for _ in range(10)])
