# Errors raised while matching, with CPython's messages.
def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["a"]
class BadName:
    __match_args__ = ("a", 2)
    a = 1
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

def not_a_class():
    match 1:
        case len():
            return "matched"
def too_many_positional():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def match_args_list():
    match ListArgs():
        case ListArgs(1):
            return "matched"
def match_args_not_str():
    match BadName():
        case BadName(1, 2):
            return "matched"
def builtin_too_many():
    match 5:
        case int(5, 6):
            return "matched"
def repeated_attribute():
    match Two():
        case Two(1, a=1):
            return "matched"
def plural():
    match Two():
        case Two(1, 2, 3):
            return "matched"

class Keys:
    A = "k"
    B = "k"
def duplicate_key_at_run_time():
    match {"k": 1, "j": 2}:
        case {Keys.A: 1, Keys.B: 2}:
            return "matched"

class BadEq:
    def __eq__(self, other):
        raise RuntimeError("no comparing")
def eq_raises():
    match BadEq():
        case 1:
            return "matched"

class BadAttr:
    @property
    def x(self):
        raise KeyError("x")
def attribute_raises():
    match BadAttr():
        case BadAttr(x=1):
            return "matched"

class BadLen(list):
    def __len__(self):
        raise ValueError("no length")
def len_raises():
    match BadLen([1]):
        case [x]:
            return x

def unhashable_key():
    class L:
        key = []
    match {"a": 1}:
        case {L.key: 1}:
            return "matched"

def no_match_returns_none():
    match 3:
        case 1 | 2:
            return "small"

for f in [not_a_class, too_many_positional, match_args_list, match_args_not_str,
          builtin_too_many, repeated_attribute, plural, duplicate_key_at_run_time,
          eq_raises, attribute_raises, len_raises, unhashable_key, no_match_returns_none]:
    attempt(f.__name__, f)

# an error in a class pattern can be caught around the match statement
not_a_type = "a string"
try:
    match 1:
        case not_a_type.upper():
            pass
except TypeError as e:
    print("caught", e)
