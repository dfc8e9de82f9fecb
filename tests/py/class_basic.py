class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(1, 2)
q = Point(3, 4)
print(p, repr(q), p + q, [p])
print(p == Point(1, 2), p != q, Point.dims, p.dims)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
print(type(p).__name__, isinstance(p, Point), Point.__qualname__)
print(Point)
