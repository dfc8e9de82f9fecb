# __init_subclass__ with class keywords, __set_name__, __class_getitem__
# and class decorators.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class CsvExport(Plugin, name='csv'):
    pass
class JsonExport(Plugin):
    pass
class Pretty(JsonExport, name='pretty'):
    pass
print(sorted(Plugin.registry), CsvExport.plugin_name, Pretty.plugin_name)
print(Plugin.__dict__.get('plugin_name'), type(Plugin.__dict__['__init_subclass__']).__name__)

try:
    class Bad(Plugin, colour='red'):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print('TypeError:', e)

# __init_subclass__ along the MRO of multiple bases
class A:
    def __init_subclass__(cls, **kw):
        print('A hook for', cls.__name__, kw)
        super().__init_subclass__(**kw)
class B:
    def __init_subclass__(cls, **kw):
        print('B hook for', cls.__name__, kw)
        super().__init_subclass__()
class AB(A, B, extra=1):
    pass

# __set_name__ tells a descriptor its attribute name, in definition order
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name} must be an int')
        setattr(obj, self.private, value)

class Record:
    width = Field()
    height = Field()
r = Record()
r.width = 3
print(r.width, r.height, Record.width.name, sorted(vars(r)))
try:
    r.height = 'tall'
except TypeError as e:
    print('TypeError:', e)
later = Field()
Record.depth = later
print(hasattr(later, 'name'))

# __class_getitem__ is an implicit classmethod
class Registry:
    def __class_getitem__(cls, key):
        return (cls.__name__, key)
print(Registry[int], Registry['a', 'b'], type(Registry.__dict__['__class_getitem__']).__name__)

# class decorators get the class and may replace it
def add_repr(cls):
    def __repr__(self):
        fields = ', '.join(f'{k}={v!r}' for k, v in vars(self).items())
        return f'{cls.__name__}({fields})'
    cls.__repr__ = __repr__
    return cls

def count_instances(cls):
    cls.count = 0
    orig = cls.__init__
    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls

@add_repr
@count_instances
class Item:
    def __init__(self, name, qty=1):
        self.name = name
        self.qty = qty
print(Item('pen'), Item('ink', qty=2), Item.count)

def replace(cls):
    return 'replaced'
@replace
class Gone:
    pass
print(Gone)
