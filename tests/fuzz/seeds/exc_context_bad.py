a = ValueError("a")
try:
    a.__context__ = 5
except TypeError as e:
    print(e)
try:
    a.__cause__ = 5
except TypeError as e:
    print(e)
try:
    a.__traceback__ = 5
except TypeError as e:
    print(e)
try:
    try:
        raise a
    except ValueError:
        raise KeyError("c")
except KeyError as e:
    print("ok", repr(e.__context__))
raise a
