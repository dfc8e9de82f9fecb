# Errors while defining enums.
from enum import Enum, IntEnum, StrEnum, auto

def attempt(label, build):
    try:
        cls = build()
        print(label, "->", list(cls))
    except Exception as e:
        print(label, type(e).__name__, e)

class Base(Enum):
    A = 1

def extend():
    class More(Base):
        B = 2
    return More
attempt("extend", extend)

def reuse():
    class Twice(Enum):
        X = 1
        X = 2
    return Twice
attempt("reuse", reuse)

def method_then_member():
    class M(Enum):
        def f(self):
            pass
        f = 3
    return M
attempt("member over method", method_then_member)

def sunder():
    class S(Enum):
        _secret_ = 1
    return S
attempt("sunder", sunder)

def mro_name():
    class N(Enum):
        mro = 1
    return N
attempt("mro name", mro_name)

def not_a_string():
    class T(StrEnum):
        A = 1
    return T
attempt("StrEnum int", not_a_string)

def not_an_int():
    class I(IntEnum):
        A = "x"
    return I
attempt("IntEnum str", not_an_int)

def late_generate():
    class G(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
    return G
attempt("late _generate_next_value_", late_generate)

def bad_order():
    class O(Enum):
        _order_ = "B A"
        A = 1
        B = 2
    return O
attempt("_order_", bad_order)

def good_order():
    class O(Enum):
        _order_ = "A B"
        A = 1
        B = 2
    return O
attempt("good _order_", good_order)

def ignore():
    class W(Enum):
        _ignore_ = "tmp"
        tmp = 5
        A = 1
    return W
attempt("_ignore_", ignore)

def bad_base():
    class X(Enum, int):
        A = 1
    return X
attempt("data type last", bad_base)
