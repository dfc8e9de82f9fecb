# Finalizers run once per object even when a collection sees the object
# again (a __del__ that resurrects a whole cycle).
import gc

keep = []

class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        keep.append(self)

a = Phoenix("a")
b = Phoenix("b")
a.peer = b
b.peer = a
del a, b
print(gc.collect())
print(len(keep))
keep.clear()
print(gc.collect())
print("end")
