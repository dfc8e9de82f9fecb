# Where a traceback points: the failing operation's span, drawn with
# CPython 3.11's carets, for the statements whose positions the compiler
# sets in particular ways.
import sys


def show(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, tb.tb_lineno)


def deco(f):
    raise ValueError("no")


def assert_cmp():
    x = 3
    assert x > 5, f"x is {x}"


def augassign():
    d = {}
    d["k"] += 1


def attribute():
    obj = None
    return obj.missing


def with_bad():
    with 42:
        pass


def for_bad():
    for x in 5:
        pass


def multiline():
    value = (
        1 +
        undefined_name
    )
    return value


show(assert_cmp)
show(augassign)
show(attribute)
show(with_bad)
show(for_bad)
show(multiline)


@deco
def decorated():
    pass
