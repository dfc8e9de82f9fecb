# A class's __name__, __qualname__, __module__ and __doc__ can be set;
# a built-in type's cannot.
class A:
    """old doc"""

A.__doc__ = "new doc"
A.__module__ = "shapes"
A.__qualname__ = "Outer.A"
print(A.__doc__, A.__module__, A.__qualname__, A.__name__, A)
A.__name__ = "B"
print(A.__name__, A.__qualname__, repr(A), A().__class__.__name__)
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("name int", lambda: setattr(A, "__name__", 3))
attempt("qualname int", lambda: setattr(A, "__qualname__", 3))
attempt("int doc", lambda: setattr(int, "__doc__", "x"))
attempt("list name", lambda: setattr(list, "__name__", "x"))
attempt("del doc", lambda: delattr(A, "__doc__"))
attempt("del module", lambda: delattr(A, "__module__"))
attempt("doc None", lambda: setattr(A, "__doc__", None))
print(A.__doc__, A.__dict__["__module__"])
