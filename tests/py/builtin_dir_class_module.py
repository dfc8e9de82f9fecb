# dir() of classes, instances, modules and the current scope, sorted.
import math
import types

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Derived(Base):
    derived_attr = 2
    def __init__(self):
        self.inst = 3

public = lambda names: [n for n in names if not n.startswith('__')]
print(public(dir(Derived)))
print(public(dir(Derived())))
print(dir(Derived) == sorted(dir(Derived)), len(dir(Derived)) == len(set(dir(Derived))))
print(dir(Base))
print(dir(object))
print([n for n in dir(Derived()) if n not in dir(Derived)])

class Mixin:
    def mixed(self):
        pass

class Multi(Derived, Mixin):
    pass
print(public(dir(Multi)))

# __dir__ may be defined by the class; dir() sorts what it returns
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))

class Slotted:
    __slots__ = ('a', 'b')
print(public(dir(Slotted())), '__dict__' in dir(Slotted()))

# modules: their namespace
m = types.ModuleType('fresh')
print(dir(m))
m.value = 1
m.func = len
print(dir(m))
print('sqrt' in dir(math), 'pi' in dir(math))

# no argument: the names of the current scope
def scope(a, b=2):
    c = a + b
    print(dir())
scope(1)

class InBody:
    x = 1
    def f(self):
        pass
    print(dir())

print(dir())
print([n for n in dir() if not n.startswith('__')])

try:
    dir(1, 2)
except TypeError as e:
    print('TypeError:', e)
