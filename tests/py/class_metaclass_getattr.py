# A metaclass's __getattr__ runs only when the class lookup fails.
class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name.upper()
        raise AttributeError(name)

class A(metaclass=Meta):
    x = 1
    def f(self):
        return 2

print(A.x, A.dyn_thing, A().f(), A.f.__name__, A.__name__)
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A().dyn_x
except AttributeError as e:
    print(type(e).__name__, e)
