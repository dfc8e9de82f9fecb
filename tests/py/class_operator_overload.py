class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __repr__(self):
        return f"V({self.x})"
    def __bool__(self):
        return self.x != 0
    def __neg__(self):
        return V(-self.x)
print(V(1) + V(2), V(1) + 5, 5 + V(1), sum([V(1), V(2)], V(0)), sorted([V(3), V(1)]), -V(4))
print(V(1) != V(1), V(1) != V(2), max(V(1), V(5)), bool(V(0)), V(2) > V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) * 2
except TypeError as e:
    print("TypeError:", e)
class W(V):
    def __repr__(self):
        return "W:" + super().__repr__()
print(W(3), W(1) + W(2), isinstance(W(1) + 1, W))
class L:
    def __len__(self):
        return 0
print(bool(L()), not L())
