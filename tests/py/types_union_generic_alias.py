# X | Y makes a types.UnionType; list[int] a types.GenericAlias.
import types

u = int | str
print(u, type(u), type(u) is types.UnionType)
print(u.__args__, (int | None).__args__)
print(int | None, None | int, int | str | None, (int | str) | float)
print(int | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(1, u), isinstance('a', u), isinstance(1.5, u), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(isinstance(True, (float, int | str)))

class Animal: pass
class Dog(Animal): pass
print(Animal | Dog, isinstance(Dog(), Animal | None))

try:
    int | 1
except TypeError as e:
    print('TypeError:', e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int | str)
except TypeError as e:
    print('TypeError:', e)

g = list[int]
print(g, type(g), type(g) is types.GenericAlias)
print(g.__origin__, g.__args__, g.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(g == list[int], g == list[str], g == list, hash(g) == hash(list[int]))
print(g([1, 2]), g('ab'), dict[str, int](a=1))
print(g.append, g.__name__)
print(list[int] | None, int | dict[str, int])
try:
    isinstance([], list[int])
except TypeError as e:
    print('TypeError:', e)
try:
    list[int][str]
except TypeError as e:
    print('TypeError:', e)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))

# a class may define __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__} of {item!r}'
print(Box[int], Box['x'])
try:
    object[int]
except TypeError as e:
    print('TypeError:', e)

# subclassing an alias subclasses its origin
class IntList(list[int]):
    pass
print(IntList.__bases__, IntList.__orig_bases__, IntList([1, 2]))
