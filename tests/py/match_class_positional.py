# Class patterns: isinstance, then attributes by keyword or, positionally,
# by __match_args__; builtins like int(x) and str(x) match the subject itself.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3D point on the plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere else"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 0, 1), "point"]:
    print(where(p))

# builtins that match themselves positionally
for v in [5, True, 2.5, "text", [1, 2], (3,), {"k": 1}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f):
            print("float", f)
        case str(s):
            print("str", s)
        case list(l):
            print("list", l)
        case tuple(t):
            print("tuple", t)
        case dict(d):
            print("dict", d)
        case set(s):
            print("set", s)
        case frozenset(fs):
            print("frozenset", sorted(fs))
        case _:
            print("other", v)

# a subclass of a builtin keeps matching itself unless it sets __match_args__
class Celsius(float):
    pass
class Money(int):
    __match_args__ = ("real", "imag")
match Celsius(21.5):
    case float(t):
        print(type(t).__name__, t)
match Money(7):
    case Money(amount, zero):
        print(type(amount).__name__, amount, zero)

# a missing attribute means no match; properties are read like attributes
class Account:
    __match_args__ = ("owner", "balance")
    def __init__(self, owner):
        self.owner = owner
    @property
    def balance(self):
        print("  reading balance")
        return 10
class Empty:
    __match_args__ = ("missing",)
match Account("ann"):
    case Account("ann", b):
        print("ann has", b)
match Empty():
    case Empty(x):
        print("found", x)
    case Empty():
        print("Empty() with no attribute 'missing' does not match Empty(x)")

# keyword patterns need no __match_args__; dotted class names work
class Shapes:
    class Circle:
        def __init__(self, r):
            self.r = r
match Shapes.Circle(3):
    case Shapes.Circle(r=radius):
        print("circle of radius", radius)

# __match_args__ is inherited
class Base:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a
class Derived(Base):
    pass
match Derived(9):
    case Derived(value):
        print("inherited __match_args__:", value)
    case Base(value):
        print("via the base", value)

# exceptions are classes too
try:
    int("x")
except Exception as e:
    match e:
        case ValueError(args=(message,)):
            print("ValueError:", message)
