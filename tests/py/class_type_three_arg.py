# type(name, bases, dict) makes a class like a class statement.
def init(self, v):
    self.v = v
Point = type('Point', (), {'__init__': init, 'dims': 2, '__doc__': 'a point'})
p = Point(5)
print(Point, Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(p.v, p.dims, type(p) is Point, Point.__bases__)

Point3 = type('Point3', (Point,), {'dims': 3})
print(Point3.__mro__, Point3(1).dims, issubclass(Point3, Point))
Multi = type('Multi', (Point, dict), {})
print([k.__name__ for k in Multi.__mro__])
Q = type('Q', (), {'__qualname__': 'Outer.Q', '__module__': 'elsewhere'})
print(Q, Q.__qualname__)

class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print('init_subclass', cls.__name__, tag)
T = type('T', (Base,), {}, tag='made')
print(T.tag)

class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
S = type('S', (), {'d': D()})

print(type(1), type('a'), type(None), type(type))
for args in [('A',), ('A', (), {}, 1), (1, (), {}), ('A', 1, {}), ('A', (), []),
             ('A', (int, str), {}), ('A', (bool,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    type()
except TypeError as e:
    print('TypeError:', e)
