# PEP 442: a __del__ that resurrects its object (stores it somewhere)
# keeps it alive, and never runs again for that object.
import gc
saved = []
class R:
    def __init__(self, n): self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
a = R(1); a.me = a
del a
print("collect", gc.collect())
print(len(saved), saved[0].n, gc.is_finalized(saved[0]))
saved[0].me = None
saved.clear()
print("cleared")
print("collect", gc.collect())
b = R(2)
del b
print(len(saved))
saved.clear()
print("end")
