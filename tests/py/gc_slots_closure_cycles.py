# Cycles through __slots__, closures (a function and its cell), bound
# methods and a class's own attribute are all found.
import gc

class Slotted:
    __slots__ = ("other", "name")

    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del slotted", self.name)

a = Slotted("a")
b = Slotted("b")
a.other = b
b.other = a
del a, b
print("slots:", gc.collect())

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_recursive()
print(f(5))
del f
print("closure:", gc.collect())

class Holder:
    def __init__(self):
        self.callback = self.method

    def method(self):
        pass

    def __del__(self):
        print("del holder")

h = Holder()
del h
print("bound method:", gc.collect())

d = {}
d["self"] = d
l = [d]
d["list"] = l
del d, l
print("dict and list:", gc.collect())
