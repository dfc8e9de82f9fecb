# An exception printed inside a group is not printed again as the context
# of a later one.
def f():
    try:
        raise ExceptionGroup("first", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise ExceptionGroup("second", [KeyError(3), e.exceptions[0]])

f()
