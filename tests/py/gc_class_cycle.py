# Classes are collectable: a class holding an instance of itself (a
# cycle through the class) is freed by gc.collect(), __del__ included.
import gc

def make():
    class Local:
        def __del__(self):
            print("Local instance freed")
    Local.instance = Local()

make()
print("made")
gc.collect()
print("collected")

class Registry:
    items = []

    def __init__(self, name):
        self.name = name
        Registry.items.append(self)

    def __del__(self):
        print("del", self.name)

Registry("x")
Registry("y")
print("end")
