# merge yields the sorted union lazily, ties from the earlier input first.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([1, 2])))
print(list(heapq.merge("ace", "bdf")))

def gen(name, values):
    for v in values:
        print("  pull", name, v)
        yield v

m = heapq.merge(gen("a", [1, 4]), gen("b", [2, 3]))
print(type(m).__name__)
for v in m:
    print("got", v)

class V:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"

xs = [V(1, "a"), V(2, "a"), V(2, "a2")]
ys = [V(1, "b"), V(2, "b")]
zs = [V(2, "c")]
print(list(heapq.merge(xs, ys, zs)))
