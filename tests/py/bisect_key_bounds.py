# bisect with key, lo and hi (hi=-1 and None mean the end), and the
# comparisons it makes, in order.
import bisect

log = []

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"V{self.v}"

a = [V(v) for v in [1, 2, 2, 2, 3, 5, 8]]
for x in (0, 2, 4, 9):
    print(x, bisect.bisect_left(a, V(x)), bisect.bisect_right(a, V(x)), log[:])
    log.clear()
nums = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect(nums, 2, 2), bisect.bisect_left(nums, 2, 2, 3), bisect.bisect(nums, 2, hi=-1))
print(bisect.bisect(nums, 9, hi=-5), bisect.bisect(nums, 2, lo=True), bisect.bisect(nums, 9, 0, None))
recs = [("b", 2), ("a", 5), ("c", 7)]
bisect.insort(recs, ("z", 5), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 5), key=lambda r: r[1])
bisect.insort_right(recs, ("w", 0), key=lambda r: r[1])
print(recs)
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 5, key=lambda r: r[1]))
s = []
for w in "one two three four five six".split():
    bisect.insort(s, w)
print(s)
