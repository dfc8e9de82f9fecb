# A naked exception raised in the try body is wrapped in
# ExceptionGroup("", [exc]) for the except* clause that matches it; an
# unmatched naked exception goes on unwrapped.
try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg), repr(eg.message))
    print(eg.exceptions[0].args, eg.__traceback__, eg.__context__, eg.__cause__)

try:
    try:
        raise KeyError("not matched")
    except* ValueError:
        print("not reached")
except KeyError as e:
    print("plain except got", repr(e))

try:
    raise KeyboardInterrupt
except* KeyboardInterrupt as eg:
    print(type(eg).__name__, repr(eg))

try:
    try:
        raise ValueError("raised again")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("bare raise of a naked match:", repr(e))
