# What no except* clause matches is raised again at the end, in the
# group's own structure (the same traceback, a group of the same message).
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2),
                                   ExceptionGroup("n", [OSError(3), ValueError(4)])])
    except* ValueError as e:
        print("handled", repr(e))
except ExceptionGroup as rest:
    print("rest:", repr(rest))
    print(type(rest.exceptions[1]).__name__, rest.exceptions[1].message)

eg = ExceptionGroup("same", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg
    except* OSError:
        print("not reached")
except ExceptionGroup as rest:
    print("nothing matched: the same group", rest is eg)
