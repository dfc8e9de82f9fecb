# Recursion that goes through C code each level (a class's __init__, a
# __repr__, __eq__, a key function) stops with RecursionError, never a
# crash: each of these levels also runs the interpreter again from C.
# (A low limit keeps it quick for the runs that pause at every event.)
import sys
sys.setrecursionlimit(150)
class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n > 0 else None


try:
    Node(100000)
except RecursionError as e:
    print("__init__:", e)


class R:
    def __repr__(self):
        return repr(R())


try:
    repr(R())
except RecursionError as e:
    print("__repr__:", e)


class E:
    def __eq__(self, other):
        return E() == E()


try:
    E() == E()
except RecursionError as e:
    print("__eq__:", e)


def key(x):
    return sorted([1, 2], key=key)


try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print("sort key:", e)

deep = Node(40)
depth = 0
while deep:
    depth += 1
    deep = deep.child
print("built", depth)
