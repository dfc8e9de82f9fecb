# functools.wraps/update_wrapper (__wrapped__) and cached_property
import functools

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Return a greeting."""
    return 'Hello, ' + name

print(greet('World'), greet.__name__, greet.__doc__, greet.__wrapped__('raw'), greet.__qualname__)

def plain(*a):
    return a
def target():
    """target doc"""
target.extra = 'attr'
functools.update_wrapper(plain, target)
print(plain.__name__, plain.__doc__, plain.extra, plain.__wrapped__ is target)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print('  computing area')
        return 3 * self.r ** 2

c = Circle(2)
print(c.area, c.area, 'area' in c.__dict__)
del c.area
print(c.area)
c.area = 0
print(c.area, type(Circle.area).__name__)
