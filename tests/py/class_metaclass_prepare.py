# __prepare__ gives the class body its namespace; a dict subclass sees
# every assignment in order.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError("duplicate name " + repr(key))
        self.order.append(key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, bases, kw)
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        print("order", [k for k in ns.order if not k.startswith('__')])
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))


class A(metaclass=Meta, option=1):
    b = 1
    a = 2
    def c(self):
        return 3
    b2 = a + b

print(A.b2, A().c())
try:
    class B(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print(type(e).__name__, e)

class NotAMapping(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42
try:
    class C(metaclass=NotAMapping):
        pass
except TypeError as e:
    print(type(e).__name__, e)
