# A metaclass: its methods apply to the classes it makes.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registered = True
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def __iter__(cls):
        return iter(cls.items)

    def __getitem__(cls, key):
        return cls.items[key]

    def __len__(cls):
        return len(cls.items)

    def __contains__(cls, x):
        return x in cls.items

    def __repr__(cls):
        return "<Meta class " + cls.__name__ + ">"

    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

    @property
    def size(cls):
        return len(cls.items)


class Box(metaclass=Meta, tag="x"):
    items = [10, 20, 30]

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(" + repr(self.v) + ")"


class Small(Box):
    items = [1]


print(type(Box).__name__, type(Small).__name__, Box.registered)
print(list(Box), Box[1], len(Box), 20 in Box, 5 in Box, Box.size)
print(repr(Box), repr(Small), list(Small))
print(Box(7), Small(8))
print(isinstance(Box, Meta), isinstance(Box, type), issubclass(Meta, type))
print(Meta.__mro__)
print(type(Meta), Meta.__name__, Meta.__qualname__)
