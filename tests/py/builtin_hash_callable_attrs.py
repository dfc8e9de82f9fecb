# hash, id, callable, getattr/setattr/delattr/hasattr, isinstance/issubclass.
print(hash(1) == hash(1.0) == hash(True), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(0.5), hash(float('inf')))
print(hash(None) == hash(None), hash(int) == hash(int), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
for bad in ([], {}, set(), ([1],)):
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
class Big:
    def __hash__(self):
        return 2**70
class Bad:
    def __hash__(self):
        return 'x'
print(hash(Big()))
try:
    hash(Bad())
except TypeError as e:
    print('TypeError:', e)

a = object()
print(id(a) == id(a), id(a) != id(object()), isinstance(id(a), int))

class Callme:
    def __call__(self):
        return 'called'
print(callable(len), callable(Callme), callable(Callme()), callable(1), callable(lambda: 0),
      callable(int.__add__), callable('x'.upper), callable(None))

class Box:
    pass
b = Box()
setattr(b, 'size', 3)
print(getattr(b, 'size'), getattr(b, 'colour', 'none'), hasattr(b, 'size'))
delattr(b, 'size')
print(hasattr(b, 'size'), getattr(b, 'size', None))
for bad in (lambda: getattr(b, 'size'), lambda: delattr(b, 'size'), lambda: getattr(b, 1),
            lambda: setattr(1, 'x', 2), lambda: getattr(b), lambda: setattr(b, 'x')):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ':', e)

print(isinstance(True, (str, (list, int))), isinstance(1, ()), issubclass(bool, (str, int)))
print(issubclass(bool, bool), issubclass(Box, object), isinstance(Box, type), isinstance(type, object))
for bad in (lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: isinstance(1, (int, [str])), lambda: isinstance(1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

# __instancecheck__ / __subclasscheck__ on the second argument's type
class AnyEven:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(self, cls):
        return cls is int
print(isinstance(4, AnyEven()), isinstance(3, AnyEven()), issubclass(int, AnyEven()))
