# dir() of a class and of an instance; every class has its own __doc__.
class Base:
    """Base docs."""
    x = 1
    def f(self):
        pass

class Child(Base):
    y = 2

class Meta(type):
    def __dir__(cls):
        return ["custom", "listing"]

class WithMeta(metaclass=Meta):
    z = 3

class Inst:
    def __dir__(self):
        return ["b", "a"]

print([n for n in dir(Child) if not n.startswith("__")])
c = Child()
c.w = 0
print([n for n in dir(c) if not n.startswith("__")])
print(dir(WithMeta), dir(Inst()))
print(Base.__doc__, Child.__doc__, "__doc__" in Child.__dict__, Child.__dict__["__doc__"])
print(sorted(k for k in vars(Child)))
print("upper" in dir(str), "append" in dir([]))
