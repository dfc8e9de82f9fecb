# Enum lookups by value and by name, and CPython's errors.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = "blue"
    LIST = [1, 2]

def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("Color(1)", lambda: Color(1))
attempt("Color('blue')", lambda: Color("blue"))
attempt("Color([1, 2])", lambda: Color([1, 2]))
attempt("Color(Color.RED)", lambda: Color(Color.RED))
attempt("Color['GREEN']", lambda: Color["GREEN"])
attempt("Color(3)", lambda: Color(3))
attempt("Color('RED')", lambda: Color("RED"))
attempt("Color(None)", lambda: Color(None))
attempt("Color['PURPLE']", lambda: Color["PURPLE"])
attempt("Color[1]", lambda: Color[1])
attempt("Color.PURPLE", lambda: Color.PURPLE)
attempt("Color.name", lambda: Color.name)
attempt("Color.RED.nope", lambda: Color.RED.nope)
attempt("RED < BLUE", lambda: Color.RED < Color.GREEN)
attempt("RED + 1", lambda: Color.RED + 1)
attempt("Color()", lambda: Color())
def reassign():
    Color.RED = 5
attempt("reassign", reassign)
def delete():
    del Color.GREEN
attempt("delete", delete)
def set_name():
    Color.RED.name = "x"
attempt("set name", set_name)
def set_value():
    Color.RED.value = 9
attempt("set value", set_value)
attempt("Enum(1)", lambda: Enum(1))
attempt("getattr default", lambda: getattr(Color, "PINK", "none"))
attempt("hasattr", lambda: hasattr(Color, "RED"))
