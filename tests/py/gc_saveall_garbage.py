# gc.set_debug(gc.DEBUG_SAVEALL): collected objects go to gc.garbage
# instead of being freed.
import gc

class Node:
    pass

gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())
print(len(gc.garbage), sorted(type(x).__name__ for x in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
