# Exception chains that loop (made with __context__ =) never hang raising:
# the chain walk stops at a cycle, as CPython's does; a non-exception
# context is refused.
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except ValueError:
        raise KeyError("c")
except KeyError as e:
    print("two-cycle:", repr(e.__context__), repr(e.__context__.__context__))

s = ValueError("s")
s.__context__ = s
try:
    try:
        raise s
    except ValueError:
        raise KeyError("d")
except KeyError as e:
    print("self-cycle:", repr(e.__context__), e.__context__.__context__ is e.__context__)

x = ValueError("x")
for bad in (5, "str", ValueError):
    try:
        x.__context__ = bad
    except TypeError as e:
        print(type(bad).__name__, "->", e)
try:
    del x.__context__
except TypeError as e:
    print("del ->", e)
x.__context__ = None
print(x.__context__)
