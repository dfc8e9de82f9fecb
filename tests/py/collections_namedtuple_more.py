# namedtuple: the class it makes (docs, defaults, descriptors, methods),
# rename=, module=, _make/_replace/_asdict and immutability
from collections import namedtuple

Point = namedtuple('Point', 'x, y z', defaults=[0])
p = Point(1, 2)
print(p, p.x, p[1], p.z, p._fields, p._field_defaults, Point.__match_args__)
print(Point.__doc__, '|', Point.__new__.__doc__, '|', Point.x.__doc__, '|', Point.__qualname__)
print(Point.x, Point.__new__.__defaults__, Point.__new__.__qualname__, Point._make.__qualname__)
print(Point._make([4, 5, 6]), p._replace(z=9, x=0), p._asdict(), tuple(p), p == (1, 2, 0))
print(p.__getnewargs__(), hash(p) == hash((1, 2, 0)), Point.__module__, Point.__slots__)
q = Point(y=7, x=8)
print(q, Point(*range(3)), isinstance(q, tuple), type(q).__mro__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    p.w = 5
except AttributeError as e:
    print('AttributeError', e)
R = namedtuple('R', ['ok', 'def', '_hidden', 'ok', '2x'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
M = namedtuple('M', '', module='somewhere')
print(M(), M.__module__, M._fields, repr(M.__new__.__defaults__))
One = namedtuple('One', 'only')
print(One(1), One._make('a'), One.__doc__)
print(Point.__dict__['_replace'].__doc__, '|', Point.__dict__['_make'].__func__.__doc__)
class Sub(Point):
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Sub(3, -4), Sub(3, -4).norm(), Sub._make([1, 1, 1]))
