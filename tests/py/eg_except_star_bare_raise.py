# A bare raise in an except* clause re-raises the part it handled: it goes
# back into the original group's structure, beside the unmatched rest;
# `raise e` (a new traceback) counts as a new exception.
def bare():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise KeyError("new")

def named():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e

def everything():
    eg = ExceptionGroup("all", [ValueError(1), TypeError(2)])
    eg.add_note("kept")
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise

for f in (bare, named, everything):
    try:
        f()
    except BaseException as e:
        print(f.__name__, "->", repr(e), getattr(e, "__notes__", None))
