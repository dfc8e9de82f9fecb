class X:
    pass
class Y(X):
    class Inner:
        pass
print(type(X()), X, type(X), type(Y.Inner()), Y.Inner)
print(type(1), type("s"), type(None), type([]), type(len), type(type))
print(type(X()).__name__, Y.__qualname__, Y.Inner.__qualname__, X.__module__)
def gen():
    yield
print(type(gen()), type(gen), type(lambda: 0), type(range(1)), type(print))
print(type(X()) is X, type(True) is bool, type(1.0) == float)
print(str(X), repr(Y), f"{X}")
T = type("T", (X,), {"a": 1})
print(T, T.a, isinstance(T(), X), T.__bases__)
print(type(ValueError()), ValueError, type(iter([])), type({}.items()))
