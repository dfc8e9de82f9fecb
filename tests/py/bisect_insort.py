# insort_left/insort_right keep a list sorted; equal items go before or after.
import bisect

a = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, v)
print(a)
b = [(1, "x"), (2, "x"), (3, "x")]
bisect.insort_left(b, (2, "a"))
bisect.insort_right(b, (2, "z"))
bisect.insort(b, (0, "q"), 0, 1)
print(b)
c = [1, 3, 3, 5]
bisect.insort_left(c, 3.0)
bisect.insort_right(c, 3.0)
print(c, [type(v).__name__ for v in c])
d = [10, 20, 30]
bisect.insort(d, 25, lo=1, hi=2)
print(d)

class Log(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)

g = Log([1, 2, 3])
bisect.insort(g, 2)
print(g)
