# namedtuple: fields, defaults, rename, _make/_replace/_asdict, tuple behaviour
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], len(p), tuple(p), p == (11, 22))
x, y = p
print(x, y, Point._fields, Point.__name__, Point)
print(Point._make([3, 4]), p._replace(x=100), p._asdict())
print(isinstance(p, tuple), hash(p) == hash((11, 22)), sorted([Point(2, 1), Point(1, 2)]))
Color = namedtuple('Color', 'red green blue')
print(Color(1, 2, 3), Color._fields)
Csv = namedtuple('Csv', 'a, b ,c')
print(Csv(1, 2, 3))
Opt = namedtuple('Opt', 'host port debug', defaults=[8080, False])
print(Opt('localhost'), Opt('h', 1, True), Opt._field_defaults)
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x'], rename=True)
print(R._fields)
One = namedtuple('One', 'only')
print(One(5), One._make([6]))
Empty = namedtuple('Empty', '')
print(Empty(), Empty._fields)
print(Point.x, Point.__doc__, Point.x.__doc__)

class Vector(namedtuple('Vector', 'dx dy')):
    __slots__ = ()
    @property
    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5
    def __add__(self, other):
        return Vector(self.dx + other.dx, self.dy + other.dy)

v = Vector(3, 4)
print(v, v.length, v + Vector(1, 1), type(v).__mro__[1].__name__)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(namedtuple('M', 'a', module='mymod'))
