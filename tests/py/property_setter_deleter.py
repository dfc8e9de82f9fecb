# property with getter, setter and deleter; the getter's docstring.
class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        'The radius, non-negative.'
        print('get')
        return self._r

    @radius.setter
    def radius(self, value):
        print('set', value)
        if value < 0:
            raise ValueError('radius must be >= 0')
        self._r = value

    @radius.deleter
    def radius(self):
        print('delete')
        del self._r

c = Circle(2)
print(c.radius)
c.radius = 5
print(c.radius)
try:
    c.radius = -1
except ValueError as e:
    print('ValueError:', e)
del c.radius
try:
    c.radius
except AttributeError as e:
    print('AttributeError:', e)
print(Circle.radius.__doc__)
p = Circle.__dict__['radius']
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)

class ReadOnly:
    @property
    def value(self):
        return 42
ro = ReadOnly()
print(ro.value)
for action in ('set', 'del'):
    try:
        if action == 'set':
            ro.value = 1
        else:
            del ro.value
    except AttributeError as e:
        print('AttributeError:', e)

# property() called directly, and the doc argument
def get_x(self): return 'x'
x = property(get_x, doc='explicit doc')
print(x.__doc__, x.fget is get_x, x.fset, x.fdel)
bare = property()
class UsesBare:
    attr = bare
try:
    UsesBare().attr
except AttributeError as e:
    print('AttributeError:', e)

# setter/getter/deleter return new properties; the original is unchanged
base = property(get_x)
with_set = base.setter(lambda self, v: None)
print(base.fset, with_set.fset is not None, base is not with_set)

# a subclass may extend a property of its base
class Base:
    @property
    def name(self):
        return 'base'
class Child(Base):
    @Base.name.setter
    def name(self, v):
        print('child set', v)
ch = Child()
ch.name = 'n'
print(ch.name)

# an instance __dict__ entry does not shadow a property
ch.__dict__['name'] = 'shadow'
print(ch.name)
