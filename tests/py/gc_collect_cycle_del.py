# A reference cycle is freed by gc.collect(): the finalizers run then,
# and collect() returns the number of unreachable objects it found.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name)

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("dropped the names: nothing freed yet")
n = gc.collect()
print("collect() found", n)
print("again", gc.collect())

c = Node("c")
c.peer = c
c = None
print("self cycle", gc.collect())
