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
    print("ok", repr(e.__context__))
