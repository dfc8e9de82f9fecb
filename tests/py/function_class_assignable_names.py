# __name__, __qualname__, __doc__ and __module__ of functions and classes
# can be assigned.
def f():
    'original doc'
f.__name__ = 'renamed'
f.__qualname__ = 'Holder.renamed'
f.__doc__ = 'new doc'
f.__module__ = 'somewhere'
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(repr(f).startswith('<function Holder.renamed at '))
try:
    f.__name__ = 5
except TypeError as e:
    print('TypeError:', e)
try:
    f.__qualname__ = None
except TypeError as e:
    print('TypeError:', e)
del f.__doc__
print(f.__doc__)

class Widget:
    'widget doc'
    def method(self):
        pass
Widget.__name__ = 'Gadget'
Widget.__qualname__ = 'ns.Gadget'
Widget.__doc__ = 'gadget doc'
print(Widget, Widget.__name__, Widget.__qualname__, Widget.__doc__)
print(repr(Widget()).startswith('<__main__.ns.Gadget object at '))
Widget.__module__ = 'lib'
print(Widget, Widget.method.__qualname__)
for value in (5, None):
    try:
        Widget.__name__ = value
    except TypeError as e:
        print('TypeError:', e)
try:
    Widget.__qualname__ = 3
except TypeError as e:
    print('TypeError:', e)
for attr in ('__name__', '__doc__', '__module__', '__qualname__'):
    try:
        setattr(int, attr, 'x')
    except TypeError as e:
        print('TypeError:', e)

class NoDoc:
    pass
print(NoDoc.__doc__, NoDoc().__doc__, '__doc__' in NoDoc.__dict__)

# a function's __dict__, __defaults__ and __kwdefaults__
def g(a, b=2, *, c=3):
    return a, b, c
g.tag = 'tagged'
print(g.__dict__, g.__defaults__, g.__kwdefaults__)
g.__defaults__ = (20,)
g.__kwdefaults__ = {'c': 30}
print(g(1))
