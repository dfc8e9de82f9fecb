# typing.NamedTuple: class syntax (with defaults and methods) and the
# functional form; a real named tuple with CPython's repr and errors.
from typing import NamedTuple, List

class Employee(NamedTuple):
    """An employee record."""
    __annotations__ = {"name": str, "id": int, "tags": List[str]}
    id = 3
    tags = []

    def describe(self):
        return f"{self.name}#{self.id}"

e = Employee("Guido")
print(e, repr(e), e.describe(), e.name, e[1], len(e), e == ("Guido", 3, []), tuple(e))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
print(e._asdict(), e._replace(id=7), Employee._make(["Ann", 1, ["x"]]), Employee.__doc__)
print(Employee.__mro__, isinstance(e, tuple), Employee.__new__.__doc__)
name, ident, tags = e
print(name, ident, tags, sorted([Employee("b", 2), Employee("a", 9)]))
print(Employee.name, Employee.name.__doc__, hash(Employee("x", 1, ())) == hash(("x", 1, ())))

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as err:
        print(label, type(err).__name__, err)

attempt("no args", lambda: Employee())
attempt("too many", lambda: Employee("a", 1, [], 4))
attempt("unknown kw", lambda: Employee("a", oops=1))
attempt("set field", lambda: setattr(e, "name", "x"))
attempt("new attr", lambda: setattr(e, "other", 1))
attempt("_replace bad", lambda: e._replace(salary=1))
attempt("_make short", lambda: Employee._make(["a"]))

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(1, y=2)
print(p, p.x + p.y, Point.__annotations__, Point, p._replace(x=5), Point._fields)
Color = NamedTuple("Color", r=int, g=int, b=int)
print(Color(1, 2, 3), Color._fields)

def bad_order():
    class Bad(NamedTuple):
        __annotations__ = {"a": int, "b": int}
        a = 1
attempt("default order", bad_order)
def overwrite():
    class Bad(NamedTuple):
        __annotations__ = {"a": int}
        _asdict = 1
attempt("overwrite", overwrite)
def bad_name():
    return NamedTuple("P", [("_x", int)])
attempt("underscore field", bad_name)
def keyword_name():
    return NamedTuple("P", [("def", int)])
attempt("keyword field", keyword_name)
def dup_name():
    return NamedTuple("P", [("a", int), ("a", str)])
attempt("duplicate", dup_name)
attempt("both forms", lambda: NamedTuple("P", [("a", int)], b=int))
