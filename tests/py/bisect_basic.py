# bisect_left/bisect_right around duplicates, with lo and hi.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect(a, 4, 1, 4))
print(bisect.bisect_left(a, 4, lo=5), bisect.bisect_right(a, 4, hi=2))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect(a, 4, 0, -1), bisect.bisect(a, 4, 0, -2), bisect.bisect(a, 4, 0, None))
print(bisect.bisect(a, 4, 10), bisect.bisect(range(0, 100, 5), 42), bisect.bisect("acegi", "d"))
print(bisect.bisect([1.5, 2.5, 3.5], 2), bisect.bisect_left([(1, "a"), (2, "b")], (2, "a")))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
