class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        print("eq called")
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x
print(V(1) == V(1), V(1) != V(2), V(1) == 1)
print(V(3) in [V(1), V(3)])
try:
    hash(V(1))
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, H) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
print(len({H(1), H(1), H(2)}), {H(5): "v"}[H(5)])
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
