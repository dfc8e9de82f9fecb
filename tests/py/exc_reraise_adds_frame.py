# `raise e` of a caught exception adds its line to the traceback again, as
# CPython does; a bare `raise` does not.
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e


def g():
    try:
        f()
    except ZeroDivisionError:
        raise


def h():
    try:
        g()
    except ZeroDivisionError as err:
        tb = err.__traceback__
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        print(lines)
        raise err from None


h()
