def f():
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2.__context__)
try:
    try:
        raise ValueError("b")
    except ValueError:
        raise
except ValueError as e3:
    print(e3, e3.__context__)
f()
