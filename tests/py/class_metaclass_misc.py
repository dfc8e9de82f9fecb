# Metaclass conflicts, type(name, bases, ns) with a metaclass base,
# __init_subclass__ keywords, __mro_entries__, __instancecheck__.
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class C(A, metaclass=M2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

D = type('D', (A,), {'x': 1})
print(type(D).__name__, D.x, D.__module__)

class Base:
    def __init_subclass__(cls, /, flavour=None, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, flavour)
        cls.flavour = flavour

class Sweet(Base, flavour="sugar"):
    pass
E = type('E', (Base,), {}, flavour="salt")
print(Sweet.flavour, E.flavour)

class Alias:
    def __init__(self, origin):
        self.origin = origin
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (self.origin,)

class F(Alias(Base), flavour="x"):
    pass
print(F.__bases__, F.__orig_bases__[0].origin is Base)

class Checker(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int)
    def __subclasscheck__(cls, sub):
        return sub is bool
class Number(metaclass=Checker):
    pass
print(isinstance(3, Number), isinstance("3", Number), issubclass(bool, Number), issubclass(str, Number))
print(isinstance(3, (str, Number)))

def func_meta(name, bases, ns):
    print("func_meta", name, sorted(k for k in ns if not k.startswith('__')))
    return 42
class G(metaclass=func_meta):
    y = 1
print(G)

try:
    type.__init__(A, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('X', (), {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
