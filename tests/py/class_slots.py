# __slots__: fixed attributes without a per-instance __dict__.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.__slots__)
print(Point.x, type(Point.x).__name__)
print(hasattr(p, '__dict__'), '__dict__' in dir(p), '__weakref__' in Point.__dict__)
p.x = 10
print(p.x)
for action in ('set z', 'get z', 'del y twice', 'unset'):
    try:
        if action == 'set z':
            p.z = 3
        elif action == 'get z':
            p.z
        elif action == 'del y twice':
            del p.y
            del p.y
        else:
            q = Point.__new__(Point)
            q.x
    except AttributeError as e:
        print(action, '->', type(e).__name__ + ':', e)
try:
    p.y
except AttributeError as e:
    print(e)

# the descriptor only applies to instances of its class
try:
    Point.x.__get__(42)
except TypeError as e:
    print('TypeError:', e)
try:
    Point.x.__set__('s', 1)
except TypeError as e:
    print('TypeError:', e)

# a single string, a list, private names (mangled), and sorted members
class Single:
    __slots__ = 'only'
class Listed:
    __slots__ = ['b', 'a', '__hidden']
    def __init__(self):
        self.__hidden = 'h'
    def reveal(self):
        return self.__hidden
print([k for k in Single.__dict__ if not k.startswith('__')])
print([k for k in Listed.__dict__ if not k.startswith('__')], Listed().reveal())

# inheritance: a subclass without __slots__ gets a __dict__ again
class Point3(Point):
    __slots__ = ('z',)
class Loose(Point):
    pass
p3 = Point3(1, 2)
p3.z = 3
print(p3.x, p3.y, p3.z, hasattr(p3, '__dict__'))
lo = Loose(1, 2)
lo.extra = 'ok'
print(lo.extra, lo.__dict__)

# '__dict__' in __slots__ gives a dict as well
class Both:
    __slots__ = ('a', '__dict__')
bo = Both()
bo.a = 1
bo.b = 2
print(bo.a, bo.__dict__)

# class variables are read-only on instances of slotted classes
class WithDefault:
    __slots__ = ()
    kind = 'const'
w = WithDefault()
print(w.kind)
try:
    w.kind = 'other'
except AttributeError as e:
    print(e)

# errors when the class is made
def make(body):
    try:
        exec(body, {})
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

make("class A:\n    __slots__ = ('x',)\n    x = 1")
make("class A:\n    __slots__ = (1,)")
make("class A:\n    __slots__ = ('not valid',)")
make("class A:\n    __slots__ = 5")
make("class A:\n    __slots__ = ('__dict__', '__dict__')")
make("class B: pass\nclass A(B):\n    __slots__ = ('__dict__',)")
make("class B: pass\nclass A(B):\n    __slots__ = ('__weakref__',)")
make("class A(int):\n    __slots__ = ('x',)")
make("class A(tuple):\n    __slots__ = ()")
make("class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass")
make("class A:\n    __slots__ = ('a',)\nclass B: pass\nclass C(A, B): pass\nC().x = 1")
