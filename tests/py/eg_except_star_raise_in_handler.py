# Exceptions raised in except* clauses are raised at the end together
# with the unmatched rest, in a new ExceptionGroup("", [...]); each one's
# context is the part its clause handled.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from the ValueError clause")
    except* TypeError:
        raise IndexError("from the TypeError clause")
except ExceptionGroup as e:
    print(repr(e))
    for sub in e.exceptions:
        print(" ", repr(sub), "context:", repr(sub.__context__))

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("alone")
except KeyError as e:
    print("one raised, nothing left: it goes on alone:", repr(e))

try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise TypeError("replacement") from e
except TypeError as e:
    print(repr(e), "cause:", repr(e.__cause__))
