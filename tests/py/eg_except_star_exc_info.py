# Inside an except* clause the handled exception (sys.exc_info()) is the
# part that clause matched; afterwards the one handled before comes back.
import sys

def show(where):
    print(where, repr(sys.exc_info()[1]))

try:
    raise RuntimeError("outer")
except RuntimeError:
    show("before:")
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        show("ValueError clause:")
    except* TypeError:
        show("TypeError clause:")
    show("after:")
show("outside:")
