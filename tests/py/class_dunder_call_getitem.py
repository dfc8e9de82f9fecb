class Adder:
    def __init__(self, base):
        self.base = base
    def __call__(self, x, *, scale=1):
        return (self.base + x) * scale
a = Adder(10)
print(a(5), a(5, scale=2), callable(a), callable(Adder))
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.data[key]
    def __len__(self):
        return len(self.data)
    def __contains__(self, key):
        return key in self.data
g = Grid()
g[1, 2] = "a"
print(g[1, 2], g[0:3], g[::2])
g[1, 2] += "b"
print((1, 2) in g, (3, 3) in g, len(g))
del g[1, 2]
print(len(g), bool(g))
try:
    Adder(1)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(a)
except TypeError as e:
    print("TypeError:", e)
try:
    Grid()()
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(Seq()), 4 in Seq(), 5 in Seq())
