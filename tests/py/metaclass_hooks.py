# metaclasses: __new__ and __call__ of a metaclass, inherited metaclass,
# __instancecheck__/__subclasscheck__, class keywords, metaclass conflicts
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        cls.label = kwargs.get('label', name.lower())
        return cls
    def describe(cls):
        return 'class %s labelled %s' % (cls.__name__, cls.label)

class Model(metaclass=Registry):
    pass

class User(Model, label='people'):
    def who(self):
        return __class__.__name__

print(Registry.classes, type(User).__name__, User.describe(), User().who())
print(isinstance(User, Registry), isinstance(User, type), User)

class Singleton(type):
    def __call__(cls, *args, **kwargs):
        if 'instance' not in cls.__dict__:
            cls.instance = super().__call__(*args, **kwargs)
        return cls.instance

class Config(metaclass=Singleton):
    def __init__(self, value):
        print('init', value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, b.value)

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return 'quack'

print(isinstance(Mallard(), Quacker), isinstance(3, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)))

class Other(type):
    pass
try:
    class Mixed(User, metaclass=Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)
Made = Registry('Made', (), {'x': 1})
print(Made.x, Made.label, type(Made).__name__)
