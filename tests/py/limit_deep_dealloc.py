# Freeing very deep structures never overflows the C stack (CPython uses its
# "trashcan"): nested lists, tuples, dicts and a chain of instances.
x = []
for i in range(300000):
    x = [x]
del x
print("list chain freed")
t = ()
for i in range(300000):
    t = (t, i)
t = None
print("tuple chain freed")


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


n = None
for i in range(100000):
    n = Node(n)
n = None
print("instance chain freed")
d = {}
for i in range(100000):
    d = {"k": d}
d = 0
print("dict chain freed")


def gen(inner):
    yield inner


g = None
for i in range(100000):
    g = gen(g)
g = None
print("generator chain freed")
