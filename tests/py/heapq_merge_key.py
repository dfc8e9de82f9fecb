# merge with key= and reverse=.
import heapq

print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 6, 2], [9], reverse=True)))
print(list(heapq.merge(["kangaroo", "fish", "cat"], ["horse", "dog"], key=len, reverse=True)))
a = [(1, "a"), (3, "a"), (5, "a")]
b = [(1, "b"), (3, "b"), (4, "b")]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(a[::-1], b[::-1], key=lambda t: t[0], reverse=True)))
print(list(heapq.merge([], ["x"], key=str.upper)))
print(list(heapq.merge(["B", "a"], ["A", "c"], key=str.lower)))
