# __slots__ = () gives instances no __dict__ (subclasses without it do).
class A:
    __slots__ = ()
a = A()
try:
    a.x = 1
except AttributeError as e: print(type(e).__name__, e)
class T(tuple):
    __slots__ = ()
t = T((1,))
try:
    t.x = 1
except AttributeError as e: print(type(e).__name__, e)
class B(A):
    pass
b = B(); b.y = 2; print(b.y, vars(b))
print(hasattr(a, '__dict__'))
