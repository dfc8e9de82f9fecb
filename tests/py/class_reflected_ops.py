class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.v + 1000)
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"

print(V(1) + 2, 2 + V(1))
print(sorted([V(3), V(1), V(2)]))
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) > 3
except TypeError as e:
    print("TypeError:", e)
x = V(5)
x += 1
print(x)
