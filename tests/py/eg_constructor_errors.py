# BaseExceptionGroup / ExceptionGroup refuse bad arguments with CPython's
# messages: each check in the order __new__ makes them, then __init__'s.
def attempt(label, make):
    try:
        r = make()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("None", lambda: ExceptionGroup("m", None))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("empty list", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: ExceptionGroup("m", ()))
attempt("item 0 an int", lambda: ExceptionGroup("m", [1]))
attempt("item 1 an int", lambda: ExceptionGroup("m", [ValueError(), 1]))
attempt("a class, not an instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("a str of chars", lambda: ExceptionGroup("m", "abc"))
attempt("a range", lambda: ExceptionGroup("m", range(3)))
attempt("BaseException in ExceptionGroup", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("message not a str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("no arguments", lambda: BaseExceptionGroup())
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keywords only", lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
attempt("an extra keyword", lambda: ExceptionGroup("m", [ValueError()], x=3))

class MyEG(ExceptionGroup):
    pass

attempt("BaseException in a subclass", lambda: MyEG("m", [SystemExit(1)]))
attempt("a tuple is fine", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))
