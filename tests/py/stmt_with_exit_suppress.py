class Ctx:
    def __init__(self, name, suppress):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, repr(v), tb is not None)
        return self.suppress

with Ctx("a", False) as v:
    print("body", v)
with Ctx("b", True):
    raise KeyError("gone")
print("after suppressed")
with Ctx("outer", False) as o, Ctx("inner", True) as i:
    print("two", o, i)
    1 / 0
print("inner suppressed it")
def f():
    with Ctx("ret", False):
        return "returned"
print(f())
try:
    with Ctx("c", False):
        raise ValueError("kept")
except ValueError as e:
    print("caught", e)
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
with Ctx("d", False):
    raise RuntimeError("escapes")
